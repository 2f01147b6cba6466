using Indikator.Core.Data;
using Indikator.Core.Synthetic;

namespace Indikator.Core.Tests.Synthetic;

public sealed class SyntheticOptionsTests
{
    [Fact]
    public void Defaults_match_the_documentation()
    {
        var options = new SyntheticOptions();
        Assert.Equal(42, options.Seed);
        Assert.Equal(36, options.Months);
        Assert.Equal(new YearMonth(2022, 1), options.StartMonth);
        Assert.Equal(12, options.ExtraMonths);
        Assert.Equal(-1, options.MaxDegreeOfParallelism);
        Assert.Equal(1_000_000, options.ResolvedTargetPersonMonths);
    }

    [Fact]
    public void Monthly_stock_overrides_the_person_month_target()
    {
        var options = new SyntheticOptions { TargetPersonMonths = 5_000, MonthlyStock = 1_000, Months = 24 };
        Assert.Equal(24_000, options.ResolvedTargetPersonMonths);
    }

    [Theory]
    [InlineData(0, 12, 10_000L, -1, "Months")]
    [InlineData(601, 12, 10_000L, -1, "Months")]
    [InlineData(12, -1, 10_000L, -1, "ExtraMonths")]
    [InlineData(12, 121, 10_000L, -1, "ExtraMonths")]
    [InlineData(12, 12, 999L, -1, "TargetPersonMonths")]
    [InlineData(12, 12, 100_000_001L, -1, "TargetPersonMonths")]
    [InlineData(12, 12, 10_000L, 0, "MaxDegreeOfParallelism")]
    [InlineData(12, 12, 10_000L, -2, "MaxDegreeOfParallelism")]
    public void Out_of_range_options_are_rejected_naming_the_option(int months, int extra, long target, int threads, string name)
    {
        var options = new SyntheticOptions { Months = months, ExtraMonths = extra, TargetPersonMonths = target, MaxDegreeOfParallelism = threads };
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticNavData.Generate(options));
        Assert.Equal(name, error.ParamName);
    }

    [Fact]
    public void A_start_month_too_early_for_the_burn_in_is_rejected()
    {
        var options = new SyntheticOptions { StartMonth = new YearMonth(3, 1), TargetPersonMonths = 5_000 };
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticNavData.Generate(options));
        Assert.Equal("StartMonth", error.ParamName);
    }

    [Fact]
    public void A_non_positive_monthly_stock_is_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticNavData.Generate(new SyntheticOptions { MonthlyStock = 0 }));
        Assert.Equal("MonthlyStock", error.ParamName);
    }
}
