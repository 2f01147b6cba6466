using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Charts;

namespace Indikator.Core.Tests.Reporting;

public class FunnelPlotTests
{
    private static readonly FunnelLimits[] Limits =
    [
        FunnelLimits.FromFunction("95 %", n => (-1.96 * 0.5 / Math.Sqrt(n), 1.96 * 0.5 / Math.Sqrt(n)), 1, 2000),
        FunnelLimits.FromFunction("99.8 %", n => (-3.09 * 0.5 / Math.Sqrt(n), 3.09 * 0.5 / Math.Sqrt(n)), 1, 2000),
    ];

    [Fact]
    public void Points_map_inside_the_plot_area()
    {
        var point = from persons in Gen.Choose(0, 100_000)
                    from value in Gen.Choose(-1_000_000, 1_000_000)
                    from scale in Gen.Elements(1e-6, 1e-3, 1.0)
                    select new FunnelPoint("u", persons, value * scale);
        var points = from count in Gen.Choose(1, 40) from p in Gen.ArrayOf(point, count) select p;
        Prop.ForAll(points.ToArbitrary(), Gen.Choose(-1000, 1000).ToArbitrary(), (data, centre) =>
        {
            var root = SvgParts.Parse(new FunnelPlot("F", data, centre / 1000.0) { Limits = Limits }.ToSvg());
            var (left, top, right, bottom) = SvgParts.PlotArea(root);
            var circles = SvgParts.WithClass(root, "point").ToArray();

            Assert.Equal(data.Length, circles.Length);
            foreach (var c in circles)
            {
                var (x, y) = (SvgParts.Number(c, "cx"), SvgParts.Number(c, "cy"));
                Assert.True(x >= left - 0.01 && x <= right + 0.01 && y >= top - 0.01 && y <= bottom + 0.01, $"({x}, {y}) outside [{left}, {right}] x [{top}, {bottom}]");
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Larger_units_lie_further_right_and_larger_values_higher()
    {
        var root = SvgParts.Parse(new FunnelPlot("F", [new FunnelPoint("small", 100, -0.1), new FunnelPoint("big", 900, 0.1)], 0).ToSvg());

        var circles = SvgParts.WithClass(root, "point").ToArray();

        Assert.True(SvgParts.Number(circles[1], "cx") > SvgParts.Number(circles[0], "cx"));
        Assert.True(SvgParts.Number(circles[1], "cy") < SvgParts.Number(circles[0], "cy"));
    }

    [Fact]
    public void Points_are_classified_against_the_innermost_and_outermost_limits()
    {
        // At n = 100 the limits are +-0.098 (95 %) and +-0.1545 (99.8 %).
        var plot = new FunnelPlot("F", [new FunnelPoint("in", 100, 0.05), new FunnelPoint("95", 100, -0.12), new FunnelPoint("99.8", 100, 0.2), new FunnelPoint("beyond", 5000, 1)], 0) { Limits = Limits };

        Assert.Equal([0, 1, 2, 0], plot.Classify());
        Assert.Equal("Funnel plot of 4 units; the centre line is at 0.00. 2 lie outside the 95 % limits; 1 lie outside the 99.8 % limits.", plot.Summarize(ReportLanguage.English));
    }

    [Fact]
    public void The_highlighted_unit_gets_a_ring_a_label_and_a_legend_entry()
    {
        var plot = new FunnelPlot("F", [new FunnelPoint("NAV Frogn", 400, 0.02), new FunnelPoint("NAV Alna", 800, -0.01)], 0) { HighlightLabel = "NAV Frogn" };

        var root = SvgParts.Parse(plot.ToSvg());

        var ring = Assert.Single(SvgParts.WithClass(root, "highlight-ring"));
        var point = SvgParts.WithClass(root, "point").First();
        Assert.Equal(SvgParts.Number(point, "cx"), SvgParts.Number(ring, "cx"));
        Assert.Equal(2, SvgParts.Texts(root).Count(t => t == "NAV Frogn"));
        var missing = new FunnelPlot("F", plot.Points, 0) { HighlightLabel = "NAV Other" };
        Assert.Empty(SvgParts.WithClass(SvgParts.Parse(missing.ToSvg()), "highlight-ring"));
    }

    [Fact]
    public void Limit_curves_are_clipped_to_the_plot_area_and_drawn_dashed()
    {
        var root = SvgParts.Parse(new FunnelPlot("F", [new FunnelPoint("a", 500, 0.01)], 0) { Limits = Limits }.ToSvg());

        var group = Assert.Single(SvgParts.WithClass(root, "limits"));
        Assert.Equal("url(#chart-clip)", (string?)group.Attribute("clip-path"));
        Assert.Equal(4, group.Elements(HtmlChecks.Svg + "polyline").Count());
        Assert.All(group.Elements(HtmlChecks.Svg + "polyline"), l => Assert.NotNull(l.Attribute("stroke-dasharray")));
    }

    [Fact]
    public void Axis_ticks_use_the_value_kind_and_the_language()
    {
        var plot = new FunnelPlot("F", [new FunnelPoint("a", 1200, 0.05), new FunnelPoint("b", 300, -0.05)], 0) { ValueKind = ReportColumnKind.Percent };

        var english = SvgParts.Texts(SvgParts.Parse(plot.ToSvg()));
        var norwegian = SvgParts.Texts(SvgParts.Parse(plot.ToSvg(ReportLanguage.Norwegian)));

        Assert.Contains("-4%", english);
        Assert.Contains("1,200", english);
        Assert.Contains("-4\u00A0%", norwegian);
        Assert.Contains("1\u00A0200", norwegian);
        Assert.Contains("Antall personer", norwegian);
    }

    [Fact]
    public void Invalid_points_are_rejected_with_their_index()
    {
        Assert.Throws<ArgumentException>(() => new FunnelPlot("F", [], 0));
        var error = Assert.Throws<ArgumentException>(() => new FunnelPlot("F", [new FunnelPoint("a", 1, 0), new FunnelPoint("b", -1, 0)], 0));
        Assert.Contains("Point 1", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new FunnelPlot("F", [new FunnelPoint("a", 1, double.NaN)], 0));
        Assert.Throws<ArgumentException>(() => new FunnelPlot("F", [new FunnelPoint("a", 1, 0)], double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FunnelPlot("F", [new FunnelPoint("a", 1, 0)], 0) { ValueKind = ReportColumnKind.Text });
    }

    [Fact]
    public void ToSvg_uses_the_given_id_for_the_chart_and_its_clip_path()
    {
        var plot = new FunnelPlot("F", [new FunnelPoint("a", 10, 0)], 0);

        var root = SvgParts.Parse(plot.ToSvg(id: "office-funnel"));

        Assert.Equal("office-funnel", (string?)root.Attribute("id"));
        Assert.Equal("url(#office-funnel-clip)", (string?)SvgParts.WithClass(root, "limits").Single().Attribute("clip-path"));
        Assert.Throws<ArgumentException>(() => plot.ToSvg(id: "1st"));
        Assert.Throws<ArgumentException>(() => plot.ToSvg(id: "a\"b"));
    }
}
