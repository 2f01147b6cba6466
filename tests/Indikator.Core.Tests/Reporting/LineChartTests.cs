using System.Globalization;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Charts;

namespace Indikator.Core.Tests.Reporting;

public class LineChartTests
{
    [Fact]
    public void A_NaN_value_splits_the_line_and_the_band()
    {
        var chart = new LineChart("L", ["1", "2", "3", "4", "5"],
        [
            new LineSeries("Office", [0.1, 0.2, double.NaN, 0.2, 0.3], [0, 0.1, double.NaN, 0.1, 0.2], [0.2, 0.3, double.NaN, 0.3, 0.4]),
            new LineSeries("National", [0.15, 0.15, 0.15, 0.15, 0.15], isReference: true),
        ]);

        var root = SvgParts.Parse(chart.ToSvg());

        var series = SvgParts.WithClass(root, "series").ToArray();
        Assert.Equal(2, series[0].Elements(HtmlChecks.Svg + "polyline").Count());
        Assert.Single(series[1].Elements(HtmlChecks.Svg + "polyline"));
        Assert.Equal("6 4", (string?)series[1].Elements(HtmlChecks.Svg + "polyline").Single().Attribute("stroke-dasharray"));
        Assert.Equal(2, SvgParts.WithClass(root, "band").Count());
        Assert.Equal(4, series[0].Elements(HtmlChecks.Svg + "circle").Count());
    }

    [Fact]
    public void Period_labels_are_thinned_so_they_never_overlap()
    {
        var periods = Enumerable.Range(0, 120).Select(i => new DateTime(2016, 1, 1).AddMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToArray();
        var chart = new LineChart("L", periods, [new LineSeries("S", periods.Select((_, i) => Math.Sin(i / 10.0)).ToArray())]);

        var root = SvgParts.Parse(chart.ToSvg());

        var labels = SvgParts.WithClass(root, "x-axis").Single().Elements(HtmlChecks.Svg + "text").Select(t => SvgParts.Number(t, "x")).ToArray();
        Assert.InRange(labels.Length, 5, 20);
        Assert.All(labels.Zip(labels.Skip(1)), pair => Assert.True(pair.Second - pair.First > 7 * 12 * 0.56, "labels overlap"));
    }

    [Fact]
    public void Values_and_bands_map_inside_the_plot_area()
    {
        var chart = new LineChart("L", ["a", "b", "c"], [new LineSeries("S", [1, 5, 3], [0, 4, 2], [2, 6, 4])]) { ValueKind = ReportColumnKind.Hours };

        var root = SvgParts.Parse(chart.ToSvg());
        var (left, top, right, bottom) = SvgParts.PlotArea(root);

        foreach (var c in SvgParts.WithClass(root, "marker"))
        {
            Assert.InRange(SvgParts.Number(c, "cx"), left, right);
            Assert.InRange(SvgParts.Number(c, "cy"), top, bottom);
        }

        Assert.Contains("Line chart over 3 periods from a to c. S c: 3.0.", chart.Summarize(ReportLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_period_still_draws()
    {
        var root = SvgParts.Parse(new LineChart("L", ["2026-06"], [new LineSeries("S", [0.4])]).ToSvg());

        Assert.Single(SvgParts.WithClass(root, "marker"));
    }

    [Fact]
    public void Invalid_series_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new LineChart("L", ["a", "b"], [new LineSeries("S", [1])]));
        Assert.Throws<ArgumentException>(() => new LineChart("L", ["a"], [new LineSeries("S", [double.NaN])]));
        Assert.Throws<ArgumentException>(() => new LineChart("L", [""], [new LineSeries("S", [1])]));
        Assert.Throws<ArgumentException>(() => new LineSeries("S", [1, 2], [0, 1], null));
        Assert.Throws<ArgumentException>(() => new LineSeries("S", [1, 2], [0], [1]));
    }
}
