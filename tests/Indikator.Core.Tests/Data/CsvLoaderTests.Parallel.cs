using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Data;

namespace Indikator.Core.Tests.Data;

public partial class CsvLoaderTests
{
    private static readonly CsvReadOptions Sequential = new() { MaxDegreeOfParallelism = 1 };

    private static CsvReadOptions Chunked(int chunkSize) => new() { MaxDegreeOfParallelism = 4, ChunkSize = chunkSize };

    private static bool SameBits(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (BitConverter.DoubleToInt64Bits(a[i]) != BitConverter.DoubleToInt64Bits(b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameTable(ColumnTable a, ColumnTable b)
        => a.RowCount == b.RowCount
            && a.NumericColumns.Count == b.NumericColumns.Count
            && a.CategoricalColumns.Count == b.CategoricalColumns.Count
            && a.NumericColumns.Zip(b.NumericColumns).All(p => p.First.Name == p.Second.Name && SameBits(p.First.Values.Span, p.Second.Values.Span))
            && a.CategoricalColumns.Zip(b.CategoricalColumns).All(p => p.First.Name == p.Second.Name
                && p.First.Levels.SequenceEqual(p.Second.Levels, StringComparer.Ordinal)
                && p.First.Codes.Span.SequenceEqual(p.Second.Codes.Span));

    private static bool SamePanel(PersonMonthPanel a, PersonMonthPanel b)
        => a.PersonKeys.Span.SequenceEqual(b.PersonKeys.Span)
            && a.Periods.Span.SequenceEqual(b.Periods.Span)
            && a.HasWeights == b.HasWeights
            && SameBits(a.Weights.Span, b.Weights.Span)
            && SameTable(a.Columns, b.Columns);

    private sealed record PanelText(string Csv, int[] Lines);

    /// <summary>A panel as CSV with awkward labels (quoted separators, quotes and line breaks), blank lines and a
    /// random line ending; <see cref="PanelText.Lines"/> holds the line on which each data row starts.</summary>
    private static Gen<PanelText> PanelTexts =>
        from rows in Gen.ArrayOf(
            from key in Gen.Choose(0, 1_000_000).Select(k => (10_000_000_000L + k) * (k % 3 == 0 ? -1 : 1))
            from period in Gen.Choose(12, (2100 * 12) + 11)
            from weight in Gen.Choose(0, 1_000_000).Select(w => w / 1000.0)
            from x in CsvText.Number
            from office in CsvText.Label
            from blank in Gen.Frequency((5, Gen.Constant(0)), (1, Gen.Choose(1, 2)))
            select (key, period: YearMonth.FromIndex(period), weight, x, office, blank))
        from newline in Gen.Elements("\n", "\r\n", "\r")
        from bom in Gen.Elements(false, true)
        select Render(rows, newline, bom);

    private static PanelText Render((long key, YearMonth period, double weight, double x, string? office, int blank)[] rows, string newline, bool bom)
    {
        var text = new StringBuilder(bom ? "\uFEFF" : string.Empty).Append("id,month,w,x,office").Append(newline);
        var lines = new int[rows.Length];
        var line = 2;
        for (var r = 0; r < rows.Length; r++)
        {
            var row = rows[r];
            for (var b = 0; b < row.blank; b++)
            {
                text.Append(newline);
            }

            line += row.blank;
            lines[r] = line;
            var office = CsvText.Field(row.office);
            text.Append(row.key.ToString(CultureInfo.InvariantCulture)).Append(',').Append(row.period.ToString())
                .Append(',').Append(CsvText.FormatNumber(row.weight)).Append(',').Append(CsvText.FormatNumber(row.x))
                .Append(',').Append(office).Append(newline);

            // Line breaks inside the quoted label: CRLF counts once.
            line += 1 + office.Replace("\r\n", "\n", StringComparison.Ordinal).Count(c => c is '\n' or '\r');
        }

        return new PanelText(text.ToString(), lines);
    }

    private static readonly CsvSchema ParallelSchema = new CsvSchema()
        .WithPersonKey("id").WithPeriod("month").WithWeights("w").AddNumeric("x").AddCategorical("office");

    [Fact]
    public void Results_are_identical_for_one_thread_and_four_threads_with_small_chunks()
    {
        Prop.ForAll(Tables.ToArbitrary(), Gen.Choose(1, 96).ToArbitrary(), (t, chunk) =>
        {
            var (csv, schema) = Write(t);
            var bytes = Encoding.UTF8.GetBytes(csv);
            var sequential = CsvLoader.LoadTable(new MemoryStream(bytes), schema, Sequential);
            var parallel = CsvLoader.LoadTable(new MemoryStream(bytes), schema, Chunked(chunk));
            var textSequential = CsvLoader.LoadTable(new StringReader(csv), schema, Sequential);
            var textParallel = CsvLoader.LoadTable(new StringReader(csv), schema, Chunked(chunk));
            return SameTable(sequential, parallel) && SameTable(textSequential, textParallel);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Panels_are_identical_for_any_thread_count_and_chunk_size_from_bytes_and_from_text()
    {
        Prop.ForAll(PanelTexts.ToArbitrary(), Gen.Choose(1, 128).ToArbitrary(), Gen.Choose(1, 4).ToArbitrary(), (p, chunk, threads) =>
        {
            var bytes = Encoding.UTF8.GetBytes(p.Csv);
            var options = new CsvReadOptions { MaxDegreeOfParallelism = threads, ChunkSize = chunk };
            var reference = CsvLoader.LoadPanel(new StringReader(p.Csv), ParallelSchema, Sequential);
            return reference.RowCount == p.Lines.Length
                && SamePanel(reference, CsvLoader.LoadPanel(new MemoryStream(bytes), ParallelSchema, Sequential))
                && SamePanel(reference, CsvLoader.LoadPanel(new MemoryStream(bytes), ParallelSchema, options))
                && SamePanel(reference, CsvLoader.LoadPanel(new StringReader(p.Csv), ParallelSchema, options));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Errors_name_the_same_physical_line_and_column_after_the_chunk_split()
    {
        // One bad row among rows whose labels hold line breaks, after blank lines, with any chunk size and thread count.
        var cases =
            from p in PanelTexts.Where(p => p.Lines.Length > 0)
            from bad in Gen.Choose(0, 10_000)
            from kind in Gen.Choose(0, 4)
            from chunk in Gen.Choose(1, 128)
            from threads in Gen.Choose(1, 4)
            select (p, bad, kind, chunk, threads);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var row = c.bad % c.p.Lines.Length;
            var csv = Corrupt(c.p.Csv, c.p.Lines[row], c.kind, out var column, out var reason);
            var options = new CsvReadOptions { MaxDegreeOfParallelism = c.threads, ChunkSize = c.chunk };
            var fromBytes = Assert.Throws<CsvDataException>(() => CsvLoader.LoadPanel(new MemoryStream(Encoding.UTF8.GetBytes(csv)), ParallelSchema, options, "p.csv"));
            var fromText = Assert.Throws<CsvDataException>(() => CsvLoader.LoadPanel(new StringReader(csv), ParallelSchema, options, "p.csv"));
            return fromBytes.LineNumber == c.p.Lines[row] && fromBytes.ColumnName == column && fromBytes.Message.Contains(reason, StringComparison.Ordinal)
                && fromText.Message == fromBytes.Message;
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>Spoils the record that starts on <paramref name="line"/>: its first field, or appends a field.</summary>
    private static string Corrupt(string csv, int line, int kind, out string? column, out string reason)
    {
        // Find the start of the physical line (a CRLF is one line break).
        var position = 0;
        for (var l = 1; l < line; l++)
        {
            var i = csv.IndexOfAny(['\r', '\n'], position);
            position = csv[i] == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n' ? i + 2 : i + 1;
        }

        var end = csv.IndexOf(',', position);
        (string replacement, column, reason) = kind switch
        {
            0 => ("12x", "id", "not an integer person key"),
            1 => (csv[position..end] + ",extra", (string?)null, "wrong number of fields: expected 5, found 6"),
            2 => ("\"1\"x", "id", "closing quote"),
            3 => (string.Empty, "id", "the person key is missing"),
            _ => ("\"", "id", "unterminated quote"),
        };
        if (kind == 4)
        {
            // An unterminated quote swallows the rest of the file: the error is at this record.
            return csv[..position] + "\"" + csv[position..].Replace("\"", string.Empty, StringComparison.Ordinal);
        }

        return csv[..position] + replacement + csv[end..];
    }

    [Fact]
    public void Person_key_values_never_appear_in_error_messages_from_the_parallel_path()
    {
        var options = Chunked(8);
        var csv = "id,month,w,x,office\n12345678901,2024-01,1,1,a\n98765432109x,2024-01,1,1,a\n";
        var ex = Assert.Throws<CsvDataException>(() => CsvLoader.LoadPanel(new MemoryStream(Encoding.UTF8.GetBytes(csv)), ParallelSchema, options));
        Assert.DoesNotContain("98765432109", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, ex.LineNumber);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Max_degree_of_parallelism_must_be_minus_one_or_positive(int threads)
        => Assert.Throws<ArgumentOutOfRangeException>(() => CsvLoader.LoadTable(new StringReader("x\n1\n"), new CsvSchema().AddNumeric("x"), new CsvReadOptions { MaxDegreeOfParallelism = threads }));

    [Fact]
    public void Invalid_utf8_in_a_label_is_an_error_at_its_line_and_valid_labels_read_as_a_stream_reader_decodes_them()
    {
        // Bytes that are not UTF-8 would become U+FFFD and merge distinct labels: the first such row is an error naming
        // its line, whatever the chunking; files without one read as a stream reader decodes them.
        var labels = Gen.ArrayOf(Gen.Elements<byte>(0x41, 0xC3, 0xA5, 0xE2, 0x82, 0xAC, 0xFF, 0x80, 0xF0, 0x9F), Gen.Choose(1, 6).Sample(1)[0]);
        var cases = Gen.NonEmptyListOf(labels).Select(l => l.ToArray());
        Prop.ForAll(cases.ToArbitrary(), Gen.Choose(1, 32).ToArbitrary(), (rows, chunk) =>
        {
            var bytes = new List<byte>(Encoding.ASCII.GetBytes("x,c\n"));
            foreach (var label in rows)
            {
                bytes.AddRange(Encoding.ASCII.GetBytes("1,"));
                bytes.AddRange(label);
                bytes.Add((byte)'\n');
            }

            var schema = new CsvSchema().AddNumeric("x").AddCategorical("c");
            var firstInvalid = Array.FindIndex(rows, l => !System.Text.Unicode.Utf8.IsValid(l));
            if (firstInvalid >= 0)
            {
                var ex = Assert.Throws<CsvDataException>(() => CsvLoader.LoadTable(new MemoryStream([.. bytes]), schema, Chunked(chunk)));
                return ex.LineNumber == firstInvalid + 2 && ex.ColumnName == "c" && ex.Message.Contains("not valid UTF-8", StringComparison.Ordinal);
            }

            var viaText = CsvLoader.LoadTable(new StreamReader(new MemoryStream([.. bytes]), Encoding.UTF8), schema, Sequential);
            var viaBytes = CsvLoader.LoadTable(new MemoryStream([.. bytes]), schema, Chunked(chunk));
            return SameTable(viaText, viaBytes);
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void Streams_with_a_utf16_or_utf32_byte_order_mark_are_decoded(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("x,c\n1.5,Ærø\n2,\"a,b\"\n")).ToArray();
        var table = CsvLoader.LoadTable(new MemoryStream(bytes), new CsvSchema().AddNumeric("x").AddCategorical("c"));
        Assert.Equal([1.5, 2], table.Numeric("x").Values.ToArray());
        Assert.Equal(["a,b", "Ærø"], table.Categorical("c").Levels);
    }

    [Fact]
    public void A_non_ascii_separator_reads_from_a_stream()
    {
        var bytes = Encoding.UTF8.GetBytes("x§c\n1§a\n2§b\n");
        var table = CsvLoader.LoadTable(new MemoryStream(bytes), new CsvSchema().AddNumeric("x").AddCategorical("c"), new CsvReadOptions { Separator = '§' });
        Assert.Equal([1.0, 2], table.Numeric("x").Values.ToArray());
    }

    [Fact]
    public void Simple_decimals_read_exactly_as_double_parse_reads_them()
    {
        var text = Gen.OneOf(
            Gen.Choose(0, int.MaxValue).Select(i => i.ToString(CultureInfo.InvariantCulture)),
            from i in Gen.Choose(-99999, 99999)
            from f in Gen.Choose(0, int.MaxValue)
            from digits in Gen.Choose(1, 12)
            select i.ToString(CultureInfo.InvariantCulture) + "." + f.ToString(CultureInfo.InvariantCulture).PadLeft(10, '0')[..Math.Min(digits, 10)],
            Gen.Elements("-0", "-0.0", "0.1", "9007199254740993", "900719925474099.3", "123456789012345678", "1.7976931348623157", "007.50"));
        Prop.ForAll(Gen.NonEmptyListOf(text).ToArbitrary(), values =>
        {
            var csv = "x\n" + string.Join('\n', values) + "\n";
            var table = CsvLoader.LoadTable(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new CsvSchema().AddNumeric("x"), Sequential);
            var expected = values.Select(v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
            return SameBits(expected, table.Numeric("x").Values.Span);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_failing_stream_throws_its_own_exception_not_an_aggregate()
    {
        var csv = "x,c\n" + string.Concat(Enumerable.Range(0, 2000).Select(i => $"{i},a\n"));
        using var stream = new FailingStream(Encoding.UTF8.GetBytes(csv), failAfter: 5000);
        var ex = Assert.Throws<IOException>(() => CsvLoader.LoadTable(stream, new CsvSchema().AddNumeric("x"), Chunked(64)));
        Assert.Equal("disk gone", ex.Message);
    }

    [Fact]
    public void A_data_error_before_a_failing_read_is_reported_first()
    {
        var csv = "x,c\n1,a\noops,b\n" + string.Concat(Enumerable.Range(0, 2000).Select(i => $"{i},a\n"));
        using var stream = new FailingStream(Encoding.UTF8.GetBytes(csv), failAfter: 5000);
        var ex = Assert.Throws<CsvDataException>(() => CsvLoader.LoadTable(stream, new CsvSchema().AddNumeric("x"), new CsvReadOptions { MaxDegreeOfParallelism = 1, ChunkSize = 64 }));
        Assert.Equal(3, ex.LineNumber);
    }

    /// <summary>A stream that gives some bytes and then fails, as a lost network share does.</summary>
    private sealed class FailingStream(byte[] data, int failAfter) : MemoryStream(data)
    {
        public override int Read(Span<byte> buffer)
        {
            var bytes = new byte[Math.Min(buffer.Length, 100)];
            var n = Read(bytes, 0, bytes.Length);
            bytes.AsSpan(0, n).CopyTo(buffer);
            return n;
        }

        public override int Read(byte[] buffer, int offset, int count)
            => Position >= failAfter ? throw new IOException("disk gone") : base.Read(buffer, offset, Math.Min(count, 100));
    }
}
