using Indikator.Core.Reporting.Charts;

namespace Indikator.Core.Tests.Reporting;

public class FunnelChartLimitsTests
{
    [Fact]
    public void FromFunction_samples_evenly_between_the_bounds()
    {
        var limits = FunnelChartLimits.FromFunction("95 %", n => (-n, n), 10, 20, points: 3);

        Assert.Equal([10.0, 15.0, 20.0], limits.Sizes);
        Assert.Equal([-10.0, -15.0, -20.0], limits.Lower);
        Assert.Equal([10.0, 15.0, 20.0], limits.Upper);
        Assert.Equal("95 %", limits.Label);
    }

    [Fact]
    public void At_interpolates_linearly_and_is_NaN_outside_the_range()
    {
        var limits = new FunnelChartLimits("95 %", [10, 20], [-1, -0.5], [1, 0.5]);

        Assert.Equal((-0.75, 0.75), limits.At(15));
        Assert.Equal((-1.0, 1.0), limits.At(10));
        Assert.True(double.IsNaN(limits.At(9.99).Lower));
        Assert.True(double.IsNaN(limits.At(20.01).Upper));
    }

    [Fact]
    public void Arrays_are_copied_and_checked()
    {
        var persons = new double[] { 1, 2 };
        var limits = new FunnelChartLimits("L", persons, [0, 0], [1, 1]);
        persons[1] = 100;

        Assert.Equal(2, limits.Sizes[1]);
        Assert.Throws<ArgumentException>(() => new FunnelChartLimits("L", [1], [0], [1]));
        Assert.Throws<ArgumentException>(() => new FunnelChartLimits("L", [1, 2], [0], [1, 1]));
        Assert.Throws<ArgumentException>(() => new FunnelChartLimits("L", [2, 2], [0, 0], [1, 1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => FunnelChartLimits.FromFunction("L", n => (0, 1), 5, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => FunnelChartLimits.FromFunction("L", n => (0, 1), 1, 5, points: 1));
    }

    [Fact]
    public void Missing_limits_at_tiny_sizes_leave_a_gap_instead_of_breaking_the_plot()
    {
        var limits = FunnelChartLimits.FromFunction("95 %", n => n < 5 ? (double.NaN, double.NaN) : (-1 / Math.Sqrt(n), 1 / Math.Sqrt(n)), 1, 100, points: 100);
        var plot = new FunnelPlot("F", [new FunnelChartPoint("a", 3, 0.9), new FunnelChartPoint("b", 50, 0)], 0) { Limits = [limits] };

        var root = SvgParts.Parse(plot.ToSvg());

        Assert.Equal([0, 0], plot.Classify());
        Assert.Equal(2, SvgParts.WithClass(root, "limits").Single().Elements(HtmlChecks.Svg + "polyline").Count());
    }
}
