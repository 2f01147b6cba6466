using Indikator.Core.Reporting;

namespace Indikator.Core.Tests.Reporting;

public class NumberTextTests
{
    [Theory]
    [InlineData(1234567.0, ReportColumnKind.WholeNumber, 0, "1,234,567", "1\u00A0234\u00A0567")]
    [InlineData(0.4521, ReportColumnKind.Percent, 1, "45.2%", "45,2\u00A0%")]
    [InlineData(0.4521, ReportColumnKind.Share, 3, "0.452", "0,452")]
    [InlineData(31.25, ReportColumnKind.Hours, 1, "31.3", "31,3")]
    [InlineData(-0.0189, ReportColumnKind.PercentagePoints, 1, "-1.9\u00A0pp", "-1,9\u00A0pp")]
    [InlineData(-1234.5678, ReportColumnKind.Number, 2, "-1,234.57", "-1\u00A0234,57")]
    [InlineData(-0.0004, ReportColumnKind.Number, 2, "0.00", "0,00")]
    public void Formats_by_kind_and_language_without_the_current_culture(double value, ReportColumnKind kind, int decimals, string english, string norwegian)
    {
        using var scope = new CultureScope("de-DE");

        Assert.Equal(english, NumberText.Format(value, kind, decimals, ReportLanguage.English));
        Assert.Equal(norwegian, NumberText.Format(value, kind, decimals, ReportLanguage.Norwegian));
    }

    [Theory]
    [InlineData(500, 0)]
    [InlineData(1, 0)]
    [InlineData(0.5, 1)]
    [InlineData(0.1, 1)]
    [InlineData(0.05, 2)]
    [InlineData(0.002, 3)]
    public void Tick_decimals_follow_the_step(double step, int expected)
        => Assert.Equal(expected, NumberText.DecimalsFor(step));

    [Fact]
    public void Percent_ticks_are_scaled_before_choosing_decimals()
    {
        Assert.Equal("5%", NumberText.Tick(0.05, 0.05, ReportColumnKind.Percent, ReportLanguage.English));
        Assert.Equal("2.5%", NumberText.Tick(0.025, 0.005, ReportColumnKind.Percent, ReportLanguage.English));
        Assert.Equal("-2\u00A0pp", NumberText.Tick(-0.02, 0.01, ReportColumnKind.PercentagePoints, ReportLanguage.English));
        Assert.Equal("0.30000000000000004", NumberText.RoundTrip(0.1 + 0.2));
    }
}
