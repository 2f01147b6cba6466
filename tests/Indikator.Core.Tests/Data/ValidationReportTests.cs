using Indikator.Core.Data;

namespace Indikator.Core.Tests.Data;

public class ValidationReportTests
{
    private static ValidationReport Report() => DataValidator.Validate(
        new ColumnTableBuilder()
            .AddNumeric("age", [30, double.NaN, 15, double.PositiveInfinity])
            .AddNumeric("income", [1, 2, 3, -4])
            .AddCategorical("office", ["a", "b", null, "a"])
            .Build(),
        new ValidationRules { Ranges = new Dictionary<string, ValueRange> { ["age"] = new(16, 67), ["income"] = new(0, double.PositiveInfinity) } });

    [Fact]
    public void ThrowIfInvalid_names_the_first_invalid_column_and_row()
    {
        var ex = Assert.Throws<DataValidationException>(Report().ThrowIfInvalid);
        Assert.Equal("age", ex.ColumnName);
        Assert.Equal(2, ex.Row);
        Assert.Contains("column 'age', first invalid row 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("1 non-finite, 1 outside [16, 67]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'income'", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.Report);
    }

    [Fact]
    public void A_valid_report_does_not_throw()
    {
        var report = DataValidator.Validate(new ColumnTableBuilder().AddNumeric("x", [1, double.NaN]).Build());
        Assert.True(report.IsValid);
        report.ThrowIfInvalid();
        Assert.Equal("valid", report.Column("x").DescribeProblems());
    }

    [Fact]
    public void ToString_prints_one_aligned_line_per_column()
    {
        var lines = Report().ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Validation of 4 rows: INVALID", lines[0]);
        Assert.StartsWith("Column  ", lines[1], StringComparison.Ordinal);
        Assert.Equal(5, lines.Length);
        Assert.Matches(@"^age\s+numeric\s+1\s+1\s+1\s+-\s+2\s+2, 3$", lines[2]);
        Assert.Matches(@"^income\s+numeric\s+0\s+0\s+1\s+-\s+1\s+3$", lines[3]);
        Assert.Matches(@"^office\s+categorical\s+1\s+-\s+-\s+2\s+0\s+-$", lines[4]);
    }

    [Fact]
    public void Listed_rows_end_with_an_ellipsis_when_more_are_invalid()
    {
        var table = new ColumnTableBuilder().AddNumeric("x", Enumerable.Repeat(double.NegativeInfinity, 7).ToArray()).Build();
        Assert.Contains("0, 1, 2, 3, 4, ...", DataValidator.Validate(table).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_column_lookup_throws()
        => Assert.Throws<KeyNotFoundException>(() => Report().Column("nope"));
}
