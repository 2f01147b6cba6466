using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Data;

namespace Indikator.Core.Tests.Data;

public partial class CsvLoaderTests
{
    private static readonly CsvSchema PanelSchema = new CsvSchema()
        .WithPersonKey("id").WithPeriod("month").WithWeights("w").AddNumeric("age").AddCategorical("office");

    private static CsvDataException LoadPanelError(string csv, string source = "panel.csv")
        => Assert.Throws<CsvDataException>(() => CsvLoader.LoadPanel(new StringReader(csv), PanelSchema, sourceName: source));

    private static void AssertLocation(CsvDataException ex, string file, int line, string? column, string reason)
    {
        Assert.Equal(file, ex.FileName);
        Assert.Equal(line, ex.LineNumber);
        Assert.Equal(column, ex.ColumnName);
        Assert.Contains(file, ex.Message, StringComparison.Ordinal);
        Assert.Contains($"line {line}", ex.Message, StringComparison.Ordinal);
        if (column is not null)
        {
            Assert.Contains($"column '{column}'", ex.Message, StringComparison.Ordinal);
        }

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_header_absent_from_the_file_names_the_file_and_the_header()
    {
        var ex = LoadPanelError("id,month,w,office\n1,2024-01,1,a\n", "data/input.csv");
        AssertLocation(ex, "data/input.csv", 1, "age", "the header 'age' is not in the file");
    }

    [Fact]
    public void A_mapped_header_that_occurs_twice_is_an_error()
        => AssertLocation(LoadPanelError("id,month,w,age,office,age\n"), "panel.csv", 1, "age", "occurs more than once");

    [Fact]
    public void An_empty_file_is_an_error()
        => AssertLocation(LoadPanelError(string.Empty), "panel.csv", 1, null, "no header line");

    [Fact]
    public void Not_a_number_names_line_column_and_the_expected_type_but_not_the_text()
    {
        var ex = LoadPanelError("id,month,w,age,office\n1,2024-01,1,30,a\n2,2024-01,1,thirty,a\n");
        AssertLocation(ex, "panel.csv", 3, "age", "not a number (expected a number such as 12.5");
        Assert.DoesNotContain("thirty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_text_is_never_quoted()
    {
        var ex = LoadPanelError($"id,month,w,age,office\n1,2024-01,1,{new string('z', 100)},a\n");
        Assert.DoesNotContain("zz", ex.Message, StringComparison.Ordinal);
        Assert.Contains("the value is not shown", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_number_of_fields_names_the_line()
        => AssertLocation(LoadPanelError("id,month,w,age,office\n1,2024-01,1,30,a\n1,2024-02,1,30\n"), "panel.csv", 3, null, "wrong number of fields: expected 5, found 4");

    [Fact]
    public void Unterminated_quote_names_the_line_where_the_record_starts()
        => AssertLocation(LoadPanelError("id,month,w,age,office\n1,2024-01,1,30,a\n1,2024-02,1,30,\"Oslo\n2,2024-03,1,30,b\n"), "panel.csv", 3, "office", "unterminated quote");

    [Fact]
    public void Text_after_a_closing_quote_is_an_error()
        => AssertLocation(LoadPanelError("id,month,w,age,office\n1,2024-01,1,\"30\"x,a\n"), "panel.csv", 2, "age", "closing quote");

    [Fact]
    public void Line_numbers_count_line_breaks_inside_quoted_fields()
        => AssertLocation(LoadPanelError("id,month,w,age,office\n1,2024-01,1,30,\"two\nlines\"\n1,2024-02,1,x,a\n"), "panel.csv", 4, "age", "not a number");

    [Fact]
    public void Not_a_month_names_the_period_column()
        => AssertLocation(LoadPanelError("id,month,w,age,office\n1,2024-13,1,30,a\n"), "panel.csv", 2, "month", "not a month (expected yyyy-MM");

    [Theory]
    [InlineData("", "the period is missing")]
    [InlineData("NA", "the period is missing")]
    public void Missing_period_is_an_error(string period, string reason)
        => AssertLocation(LoadPanelError($"id,month,w,age,office\n1,{period},1,30,a\n"), "panel.csv", 2, "month", reason);

    [Theory]
    [InlineData("-1", "finite, non-negative")]
    [InlineData("Infinity", "finite, non-negative")]
    [InlineData("NA", "the weight is missing")]
    [InlineData("heavy", "not a number")]
    public void Bad_weights_are_errors(string weight, string reason)
        => AssertLocation(LoadPanelError($"id,month,w,age,office\n1,2024-01,{weight},30,a\n"), "panel.csv", 2, "w", reason);

    [Theory]
    [InlineData("", "the person key is missing")]
    [InlineData("12x", "not an integer person key")]
    [InlineData("1.5", "not an integer person key")]
    public void Bad_person_keys_are_errors(string key, string reason)
        => AssertLocation(LoadPanelError($"id,month,w,age,office\n{key},2024-01,1,30,a\n"), "panel.csv", 2, "id", reason);

    [Fact]
    public void Errors_from_a_file_path_name_the_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"indikator-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, "x\n1\noops\n");
            var ex = Assert.Throws<CsvDataException>(() => CsvLoader.LoadTable(path, new CsvSchema().AddNumeric("x")));
            AssertLocation(ex, path, 3, "x", "not a number");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Csv_data_exception_is_an_input_data_exception_with_the_line()
    {
        InputDataException ex = LoadPanelError("id,month,w,age,office\n1,2024-01,1,x,a\n");
        Assert.IsAssignableFrom<DataSourceException>(ex);
        Assert.Equal(("panel.csv", "age", 2, -1L), (ex.SourceName, ex.ColumnName, ex.LineNumber, ex.Row));
    }

    [Fact]
    public void Person_key_values_never_appear_in_error_messages()
    {
        // Keys of ten or more digits cannot collide with line numbers or counts in the messages.
        var cases =
            from key in Gen.Choose(1_000_000, int.MaxValue).Select(k => (k * 10_000L) + 7)
            from kind in Gen.Choose(0, 7)
            select (key, kind);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var k = c.key.ToString(CultureInfo.InvariantCulture);
            var good = $"{k},2024-01,1,30,a";
            var bad = c.kind switch
            {
                0 => $"{k}x,2024-01,1,30,a",
                1 => $"\"{k} {k}\",2024-01,1,30,a",
                2 => $"{k},2024-01,1,thirty,a",
                3 => $"{k},2024-1,1,30,a",
                4 => $"{k},2024-01,-1,30,a",
                5 => $"{k},2024-01,1,30",
                6 => $"{k},2024-01,1,30,\"a",
                _ => $"{k},2024-01,1,\"30\"{k},a",
            };
            var ex = LoadPanelError($"id,month,w,age,office\n{good}\n{bad}\n{good}\n");
            return !ex.Message.Contains(k, StringComparison.Ordinal) && ex.LineNumber == 3;
        }).QuickCheckThrowOnFailure();
    }
}
