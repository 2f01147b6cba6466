using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Reporting.Charts;

namespace Indikator.Core.Tests.Reporting;

public class NiceTicksTests
{
    private static readonly Arbitrary<(double Min, double Max, int MaxTicks)> Ranges =
        (from exponent in Gen.Choose(-6, 7)
         from a in Gen.Choose(-100_000, 100_000)
         from b in Gen.Choose(-100_000, 100_000)
         from maxTicks in Gen.Choose(2, 12)
         select (Math.Min(a, b) * Math.Pow(10, exponent) / 1000, Math.Max(a, b) * Math.Pow(10, exponent) / 1000, maxTicks)).ToArbitrary();

    [Fact]
    public void Ticks_cover_the_data_range()
        => Prop.ForAll(Ranges, r =>
        {
            var ticks = NiceTicks.Compute(r.Min, r.Max, r.MaxTicks);
            Assert.True(ticks.First <= r.Min, $"first {ticks.First} > min {r.Min}");
            Assert.True(ticks.Last >= r.Max, $"last {ticks.Last} < max {r.Max}");
            Assert.True(ticks.Count >= 2 && ticks.Count <= r.MaxTicks + 2, $"count {ticks.Count}");
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Ticks_are_evenly_spaced()
        => Prop.ForAll(Ranges, r =>
        {
            var ticks = NiceTicks.Compute(r.Min, r.Max, r.MaxTicks);
            for (var i = 1; i < ticks.Count; i++)
            {
                var gap = ticks[i] - ticks[i - 1];
                Assert.True(Math.Abs(gap - ticks.Step) <= ticks.Step * 1e-9, $"gap {gap} vs step {ticks.Step}");
            }
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Steps_are_one_two_or_five_times_a_power_of_ten()
        => Prop.ForAll(Ranges, r =>
        {
            var step = NiceTicks.Compute(r.Min, r.Max, r.MaxTicks).Step;
            var mantissa = step / Math.Pow(10, Math.Floor(Math.Log10(step) + 1e-12));
            Assert.Contains(Math.Round(mantissa, 9), new[] { 1.0, 2.0, 5.0 });
        }).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData(0, 2500, 8, 0, 2500, 500)]
    [InlineData(-0.287, 0.118, 7, -0.3, 0.2, 0.1)]
    [InlineData(-0.287, 0.118, 10, -0.3, 0.15, 0.05)]
    [InlineData(0.35, 0.55, 7, 0.35, 0.55, 0.05)]
    [InlineData(3, 97, 6, 0, 100, 20)]
    public void Known_ranges_get_the_expected_ticks(double min, double max, int maxTicks, double first, double last, double step)
    {
        var ticks = NiceTicks.Compute(min, max, maxTicks);

        Assert.Equal((first, last, step), (ticks.First, ticks.Last, ticks.Step));
    }

    [Fact]
    public void Tick_values_are_the_nearest_doubles_to_their_decimal_values()
    {
        var ticks = NiceTicks.Compute(0, 0.9, 10);

        Assert.Equal(0.3, ticks[3]);
        Assert.Equal(0.7, ticks[7]);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(5.0)]
    [InlineData(-0.25)]
    public void A_single_value_gets_a_range_around_it(double value)
    {
        var ticks = NiceTicks.Compute(value, value);

        Assert.True(ticks.First < value && ticks.Last > value);
    }

    [Fact]
    public void Non_finite_ranges_are_rejected()
        => Assert.Throws<ArgumentOutOfRangeException>(() => NiceTicks.Compute(0, double.PositiveInfinity));
}
