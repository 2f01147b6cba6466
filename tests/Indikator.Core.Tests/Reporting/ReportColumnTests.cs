using Indikator.Core.Reporting;

namespace Indikator.Core.Tests.Reporting;

public class ReportColumnTests
{
    [Theory]
    [InlineData(ReportColumnKind.Text, 0)]
    [InlineData(ReportColumnKind.WholeNumber, 0)]
    [InlineData(ReportColumnKind.Number, 4)]
    [InlineData(ReportColumnKind.Percent, 1)]
    [InlineData(ReportColumnKind.Share, 3)]
    [InlineData(ReportColumnKind.Hours, 1)]
    public void Decimals_follow_the_kind_and_only_numbers_take_the_callers_value(ReportColumnKind kind, int expected)
    {
        var column = new ReportColumn("c", "Header", kind, decimals: 4);

        Assert.Equal(expected, column.Decimals);
        Assert.Equal(kind != ReportColumnKind.Text, column.IsNumeric);
    }

    [Fact]
    public void Invalid_arguments_are_rejected_with_the_parameter_name()
    {
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new ReportColumn(" ", "H", ReportColumnKind.Text)).ParamName);
        Assert.Equal("header", Assert.Throws<ArgumentNullException>(() => new ReportColumn("n", null!, ReportColumnKind.Text)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => new ReportColumn("n", "H", ReportColumnKind.Number, 11)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new ReportColumn("n", "H", (ReportColumnKind)99)).ParamName);
    }
}
