using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Data;

namespace Indikator.Core.Tests.Data;

public partial class CsvLoaderTests
{
    private sealed record GeneratedTable(double[][] Numeric, string?[][] Labels, int Rows, string Newline, bool Bom, bool FinalNewline);

    private static Gen<GeneratedTable> Tables =>
        from rows in Gen.Choose(0, 25)
        from numericCount in Gen.Choose(0, 3)
        from categoricalCount in Gen.Choose(numericCount == 0 ? 1 : 0, 3)
        from numeric in Gen.ArrayOf(Gen.ArrayOf(CsvText.Number, rows), numericCount)
        from labels in Gen.ArrayOf(Gen.ArrayOf(CsvText.Label, rows), categoricalCount)
        from newline in Gen.Elements("\n", "\r\n")
        from bom in Gen.Elements(false, true)
        from finalNewline in Gen.Elements(false, true)
        select new GeneratedTable(numeric, labels, rows, newline, bom, finalNewline);

    private static (string Csv, CsvSchema Schema) Write(GeneratedTable t)
    {
        // An ignored column first and between the others checks that unmapped columns are skipped.
        var header = new List<string> { "ignored" };
        var schema = new CsvSchema();
        for (var j = 0; j < t.Numeric.Length; j++)
        {
            header.Add($"n{j}");
            schema = schema.AddNumeric($"n{j}", $"num{j}");
        }

        for (var j = 0; j < t.Labels.Length; j++)
        {
            header.Add($"c{j}");
            schema = schema.AddCategorical($"c{j}");
        }

        var lines = new List<IReadOnlyList<string>> { header };
        for (var r = 0; r < t.Rows; r++)
        {
            var line = new List<string> { CsvText.Field("x,\"y\"") };
            line.AddRange(t.Numeric.Select(c => CsvText.FormatNumber(c[r])));
            line.AddRange(t.Labels.Select(c => CsvText.Field(c[r])));
            lines.Add(line);
        }

        var csv = CsvText.Join(lines, t.Newline, finalNewline: t.FinalNewline);
        return ((t.Bom ? "\uFEFF" : string.Empty) + csv, schema);
    }

    private static bool SameValues(double[] expected, ReadOnlySpan<double> actual)
    {
        if (expected.Length != actual.Length)
        {
            return false;
        }

        for (var i = 0; i < expected.Length; i++)
        {
            if (!expected[i].Equals(actual[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static IReadOnlyList<string?> Labels(CategoricalColumn column)
        => [.. Enumerable.Range(0, column.Length).Select(column.LabelAt)];

    [Fact]
    public void Round_trip_of_a_generated_table_preserves_values_and_levels()
    {
        Prop.ForAll(Tables.ToArbitrary(), t =>
        {
            var (csv, schema) = Write(t);
            var table = CsvLoader.LoadTable(new StringReader(csv), schema);
            var numericOk = Enumerable.Range(0, t.Numeric.Length)
                .All(j => SameValues(t.Numeric[j], table.Numeric($"num{j}").Values.Span));
            var categoricalOk = Enumerable.Range(0, t.Labels.Length).All(j =>
            {
                var column = table.Categorical($"c{j}");

                // Levels in ordinal order of the labels (not of appearance), and every label back in its row.
                var expectedLevels = t.Labels[j].Where(l => l is not null).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
                return column.Levels.SequenceEqual(expectedLevels) && Labels(column).SequenceEqual(t.Labels[j]);
            });
            return table.RowCount == t.Rows
                && table.NumericColumns.Count == t.Numeric.Length
                && table.CategoricalColumns.Count == t.Labels.Length
                && numericOk
                && categoricalOk;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Round_trip_through_a_utf8_stream_with_byte_order_mark()
    {
        Prop.ForAll(Tables.ToArbitrary(), t =>
        {
            var (csv, schema) = Write(t with { Bom = false });
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
            using var stream = new MemoryStream(bytes);
            var fromStream = CsvLoader.LoadTable(stream, schema);
            var fromText = CsvLoader.LoadTable(new StringReader(csv), schema);
            return fromStream.RowCount == fromText.RowCount
                && fromStream.NumericColumns.Zip(fromText.NumericColumns).All(p => SameValues(p.Second.Values.ToArray(), p.First.Values.Span))
                && fromStream.CategoricalColumns.Zip(fromText.CategoricalColumns).All(p => Labels(p.First).SequenceEqual(Labels(p.Second)));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Round_trip_of_a_generated_panel_preserves_keys_periods_and_weights()
    {
        var rows =
            from key in ArbMap.Default.ArbFor<long>().Generator
            from period in Gen.Choose(12, (9999 * 12) + 11)
            from weight in Gen.Choose(0, 1_000_000).Select(w => w / 1000.0)
            from age in CsvText.Number
            from office in CsvText.Label
            select (key, period: YearMonth.FromIndex(period), weight, age, office);
        Prop.ForAll(Gen.ArrayOf(rows).ToArbitrary(), data =>
        {
            var lines = new List<IReadOnlyList<string>> { new[] { "kontor", "w", "maaned", "alder", "id" } };
            lines.AddRange(data.Select(d => (IReadOnlyList<string>)
                [CsvText.Field(d.office), CsvText.FormatNumber(d.weight), d.period.ToString(), CsvText.FormatNumber(d.age), d.key.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
            var schema = new CsvSchema().WithPersonKey("id").WithPeriod("maaned").WithWeights("w")
                .AddNumeric("alder", "age").AddCategorical("kontor", "office");
            var panel = CsvLoader.LoadPanel(new StringReader(CsvText.Join(lines)), schema);
            return panel.PersonKeys.Span.SequenceEqual(data.Select(d => d.key).ToArray())
                && panel.Periods.Span.SequenceEqual(data.Select(d => d.period).ToArray())
                && panel.HasWeights
                && SameValues([.. data.Select(d => d.weight)], panel.Weights.Span)
                && SameValues([.. data.Select(d => d.age)], panel.Numeric("age").Values.Span)
                && Labels(panel.Categorical("office")).SequenceEqual(data.Select(d => d.office));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Quoted_fields_hold_separators_doubled_quotes_and_line_breaks()
    {
        const string csv = "id,label,x\n1,\"a,b\",1.5\n2,\"say \"\"hi\"\"\",2\n3,\"two\r\nlines\",\"3\"\n4,\"\",4\n";
        var table = CsvLoader.LoadTable(new StringReader(csv), new CsvSchema().AddCategorical("label").AddNumeric("x"));
        Assert.Equal(["a,b", "say \"hi\"", "two\r\nlines", null], Labels(table.Categorical("label")));
        Assert.Equal([1.5, 2, 3, 4], table.Numeric("x").Values.ToArray());
    }

    [Fact]
    public void Byte_order_mark_at_the_start_of_a_text_reader_is_skipped()
    {
        var table = CsvLoader.LoadTable(new StringReader("\uFEFFx,y\n1,2\n"), new CsvSchema().AddNumeric("x"));
        Assert.Equal([1.0], table.Numeric("x").Values.ToArray());
    }

    [Theory]
    [InlineData("x,c\r\n1,a\r\n2,b\r\n")]
    [InlineData("x,c\n1,a\n2,b\n")]
    [InlineData("x,c\n1,a\r\n2,b")]
    [InlineData("x,c\r1,a\r2,b\r")]
    [InlineData("x,c\n\n1,a\n\r\n2,b\n\n")]
    public void Line_endings_lf_crlf_cr_missing_final_newline_and_blank_lines(string csv)
    {
        var table = CsvLoader.LoadTable(new StringReader(csv), new CsvSchema().AddNumeric("x").AddCategorical("c"));
        Assert.Equal([1.0, 2.0], table.Numeric("x").Values.ToArray());
        Assert.Equal(["a", "b"], Labels(table.Categorical("c")));
    }

    [Fact]
    public void Default_missing_tokens_are_the_empty_field_and_NA()
    {
        const string csv = "x,c\n,\nNA,NA\n\"\",\"\"\n1,na\n";
        var table = CsvLoader.LoadTable(new StringReader(csv), new CsvSchema().AddNumeric("x").AddCategorical("c"),
            new CsvReadOptions());
        Assert.Equal([double.NaN, double.NaN, double.NaN, 1], table.Numeric("x").Values.ToArray());
        Assert.Equal([null, null, null, "na"], Labels(table.Categorical("c")));
    }

    [Fact]
    public void Custom_missing_tokens_replace_the_defaults()
    {
        const string csv = "x,c\n.,.\nNA,NA\n";
        var options = new CsvReadOptions { MissingTokens = ["."] };
        var table = CsvLoader.LoadTable(new StringReader("x,c\n.,.\n7,NA\n"), new CsvSchema().AddNumeric("x").AddCategorical("c"), options);
        Assert.True(double.IsNaN(table.Numeric("x")[0]));
        Assert.Equal(7, table.Numeric("x")[1]);
        Assert.Equal([null, "NA"], Labels(table.Categorical("c")));
        Assert.Throws<CsvDataException>(() => CsvLoader.LoadTable(new StringReader(csv), new CsvSchema().AddNumeric("x"), options));
    }

    [Fact]
    public void Semicolon_separator_keeps_invariant_decimal_points()
    {
        var options = new CsvReadOptions { Separator = ';' };
        var table = CsvLoader.LoadTable(new StringReader("x;c\n1.25;a,b\n-3e2;\"q;r\"\n"), new CsvSchema().AddNumeric("x").AddCategorical("c"), options);
        Assert.Equal([1.25, -300], table.Numeric("x").Values.ToArray());
        Assert.Equal(["a,b", "q;r"], Labels(table.Categorical("c")));
    }

    [Fact]
    public void Headers_are_renamed_and_unmapped_columns_ignored()
    {
        const string csv = " alder ,junk,kontor\n30,\"unterminated? no\",Oslo\n";
        var table = CsvLoader.LoadTable(new StringReader(csv), new CsvSchema().AddNumeric("alder", "age").AddCategorical("kontor", "office"));
        Assert.Equal(["age"], table.NumericColumns.Select(c => c.Name));
        Assert.Equal(["office"], table.CategoricalColumns.Select(c => c.Name));
        Assert.Equal(30, table.Numeric("age")[0]);
    }

    [Fact]
    public void Infinity_and_nan_text_are_read_and_left_for_validation()
    {
        const string csv = "x\nInfinity\n-Infinity\nInf\n-inf\n+INF\nNaN\nnan\n1\n";
        var table = CsvLoader.LoadTable(new StringReader(csv), new CsvSchema().AddNumeric("x"));
        double[] expected = [double.PositiveInfinity, double.NegativeInfinity, double.PositiveInfinity, double.NegativeInfinity, double.PositiveInfinity, double.NaN, double.NaN, 1];
        Assert.Equal(expected, table.Numeric("x").Values.ToArray());
        var report = DataValidator.Validate(table).Column("x");
        Assert.Equal(5, report.NonFiniteCount);
        Assert.Equal(2, report.MissingCount);
    }

    [Fact]
    public void Loads_a_panel_from_a_file_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"indikator-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, "id,month,y\n10,2024-01,1\n10,2024-02,0\n11,2024-01,1\n", new UTF8Encoding(true));
            var panel = CsvLoader.LoadPanel(path, new CsvSchema().WithPersonKey("id").WithPeriod("month").AddNumeric("y"));
            Assert.Equal([10L, 10, 11], panel.PersonKeys.ToArray());
            Assert.Equal([new YearMonth(2024, 1), new YearMonth(2024, 2), new YearMonth(2024, 1)], panel.Periods.ToArray());
            Assert.False(panel.HasWeights);
            Assert.Equal([1.0, 0, 1], panel.Numeric("y").Values.ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Table_schema_must_not_name_a_key_and_panel_schema_must()
    {
        Assert.Throws<ArgumentException>(() => CsvLoader.LoadTable(new StringReader("id\n1\n"), new CsvSchema().WithPersonKey("id")));
        Assert.Throws<ArgumentException>(() => CsvLoader.LoadPanel(new StringReader("id\n1\n"), new CsvSchema().WithPersonKey("id")));
        Assert.Throws<ArgumentException>(() => CsvLoader.LoadTable(new StringReader("x\n1\n"), new CsvSchema().AddNumeric("x"), new CsvReadOptions { Separator = '"' }));
    }

    [Fact]
    public void A_header_only_file_gives_an_empty_table()
    {
        var table = CsvLoader.LoadTable(new StringReader("x,c"), new CsvSchema().AddNumeric("x").AddCategorical("c"));
        Assert.Equal(0, table.RowCount);
        Assert.Equal(0, table.Numeric("x").Length);
        Assert.Equal(0, table.Categorical("c").LevelCount);
    }
}
