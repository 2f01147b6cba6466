using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Charts;

namespace Indikator.Core.Tests.Reporting;

public class FunnelPlotTests
{
    private static readonly FunnelChartLimits[] Limits =
    [
        FunnelChartLimits.FromFunction("95 %", n => (-1.96 * 0.5 / Math.Sqrt(n), 1.96 * 0.5 / Math.Sqrt(n)), 1, 2000),
        FunnelChartLimits.FromFunction("99.8 %", n => (-3.09 * 0.5 / Math.Sqrt(n), 3.09 * 0.5 / Math.Sqrt(n)), 1, 2000),
    ];

    [Fact]
    public void Points_map_inside_the_plot_area()
    {
        var point = from persons in Gen.Choose(0, 100_000)
                    from value in Gen.Choose(-1_000_000, 1_000_000)
                    from scale in Gen.Elements(1e-6, 1e-3, 1.0)
                    select new FunnelChartPoint("u", persons, value * scale);
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
        var root = SvgParts.Parse(new FunnelPlot("F", [new FunnelChartPoint("small", 100, -0.1), new FunnelChartPoint("big", 900, 0.1)], 0).ToSvg());

        var circles = SvgParts.WithClass(root, "point").ToArray();

        Assert.True(SvgParts.Number(circles[1], "cx") > SvgParts.Number(circles[0], "cx"));
        Assert.True(SvgParts.Number(circles[1], "cy") < SvgParts.Number(circles[0], "cy"));
    }

    [Fact]
    public void Points_are_classified_against_the_innermost_and_outermost_limits()
    {
        // At n = 100 the limits are +-0.098 (95 %) and +-0.1545 (99.8 %).
        var plot = new FunnelPlot("F", [new FunnelChartPoint("in", 100, 0.05), new FunnelChartPoint("95", 100, -0.12), new FunnelChartPoint("99.8", 100, 0.2), new FunnelChartPoint("beyond", 5000, 1)], 0) { Limits = Limits };

        Assert.Equal([0, 1, 2, 0], plot.Classify());
        Assert.Equal("Funnel plot of 4 units; the centre line is at 0.00. 2 lie outside the 95 % limits; 1 lie outside the 99.8 % limits.", plot.Summarize(ReportLanguage.English));
    }

    [Fact]
    public void The_legend_says_which_limits_are_drawn_and_how_many_units_lie_outside_each()
    {
        // At n = 100 the limits are +-0.098 (95 %) and +-0.1545 (99.8 %): "95" and "99.8" lie outside the 95 % limits, "99.8" also outside the 99.8 % ones.
        var plot = new FunnelPlot("F", [new FunnelChartPoint("in", 100, 0.05), new FunnelChartPoint("95", 100, -0.12), new FunnelChartPoint("99.8", 100, 0.2)], 0)
        {
            Limits = Limits,
            Overdispersion = FunnelOverdispersion.Additive,
        };

        var english = SvgParts.Texts(SvgParts.Parse(plot.ToSvg()));
        var norwegian = SvgParts.Texts(SvgParts.Parse(plot.ToSvg(ReportLanguage.Norwegian)));

        Assert.Equal([2, 1], plot.OutsideCounts());
        Assert.Contains("95 % control limit (2 of 3 outside)", english);
        Assert.Contains("99.8 % control limit (1 of 3 outside)", english);
        Assert.Contains(english, t => t.Contains("additive random effects", StringComparison.Ordinal));
        Assert.Contains("95 % kontrollgrense (2 av 3 utenfor)", norwegian);
        Assert.Contains(norwegian, t => t.Contains("tilfeldige effekter", StringComparison.Ordinal));
        Assert.Contains("additive random effects", plot.Summarize(ReportLanguage.English), StringComparison.Ordinal);
        var unstated = SvgParts.Texts(SvgParts.Parse(new FunnelPlot("F", plot.Points, 0) { Limits = Limits }.ToSvg()));
        Assert.DoesNotContain(unstated, t => t.Contains("random effects", StringComparison.Ordinal));
    }

    [Fact]
    public void The_statement_of_the_limits_fits_on_one_legend_row_in_both_languages()
    {
        foreach (var mode in Enum.GetValues<FunnelOverdispersion>())
        {
            foreach (var language in Enum.GetValues<ReportLanguage>())
            {
                var plot = new FunnelPlot("F", [new FunnelChartPoint("a", 500, 0.01)], 0) { Limits = Limits, Overdispersion = mode };
                var first = SvgParts.Texts(SvgParts.Parse(plot.ToSvg(language)))[0];

                // The chart is 760 wide; a legend text starts at x = 66 and SvgWriter estimates 12 px text at 6.72 px a character.
                Assert.True(66 + SvgWriter.TextWidth(first, 12) <= 760 - 24, $"{mode} {language}: '{first}' is too long for one row");
            }
        }
    }

    [Fact]
    public void Tooltips_name_the_size_measure_and_the_persons_behind_person_months()
    {
        FunnelChartPoint[] points = [new("NAV Frogn", 4500, 0.02, Persons: 380)];
        var byPersons = new FunnelPlot("F", [new FunnelChartPoint("NAV Frogn", 380, 0.02)], 0);
        var byMonths = new FunnelPlot("F", points, 0) { SizeMeasure = FunnelSizeMeasure.PersonMonths };

        Assert.Equal("NAV Frogn: 0.02 (380 persons)", byPersons.Tooltip(byPersons.Points[0], ReportLanguage.English));
        Assert.Equal("NAV Frogn: 0.02 (4,500 person-months, 380 persons)", byMonths.Tooltip(byMonths.Points[0], ReportLanguage.English));
        Assert.Equal("NAV Frogn: 0,02 (4\u00A0500 personmåneder, 380 personer)", byMonths.Tooltip(byMonths.Points[0], ReportLanguage.Norwegian));
        Assert.Contains("Person-months", SvgParts.Texts(SvgParts.Parse(byMonths.ToSvg())));
        Assert.Contains("Personmåneder", SvgParts.Texts(SvgParts.Parse(byMonths.ToSvg(ReportLanguage.Norwegian))));
        Assert.Contains("Number of persons", SvgParts.Texts(SvgParts.Parse(byPersons.ToSvg())));
    }

    [Fact]
    public void The_highlighted_unit_gets_a_ring_a_label_and_a_legend_entry()
    {
        var plot = new FunnelPlot("F", [new FunnelChartPoint("NAV Frogn", 400, 0.02), new FunnelChartPoint("NAV Alna", 800, -0.01)], 0) { HighlightLabel = "NAV Frogn" };

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
        var root = SvgParts.Parse(new FunnelPlot("F", [new FunnelChartPoint("a", 500, 0.01)], 0) { Limits = Limits }.ToSvg());

        var group = Assert.Single(SvgParts.WithClass(root, "limits"));
        Assert.Equal("url(#chart-clip)", (string?)group.Attribute("clip-path"));
        Assert.Equal(4, group.Elements(HtmlChecks.Svg + "polyline").Count());
        Assert.All(group.Elements(HtmlChecks.Svg + "polyline"), l => Assert.NotNull(l.Attribute("stroke-dasharray")));
    }

    [Fact]
    public void Axis_ticks_use_the_value_kind_and_the_language()
    {
        var plot = new FunnelPlot("F", [new FunnelChartPoint("a", 1200, 0.05), new FunnelChartPoint("b", 300, -0.05)], 0) { ValueKind = ReportColumnKind.Percent };

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
        var error = Assert.Throws<ArgumentException>(() => new FunnelPlot("F", [new FunnelChartPoint("a", 1, 0), new FunnelChartPoint("b", -1, 0)], 0));
        Assert.Contains("Point 1", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new FunnelPlot("F", [new FunnelChartPoint("a", 1, double.NaN)], 0));
        Assert.Throws<ArgumentException>(() => new FunnelPlot("F", [new FunnelChartPoint("a", 1, 0)], double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FunnelPlot("F", [new FunnelChartPoint("a", 1, 0)], 0) { ValueKind = ReportColumnKind.Text });
    }

    [Fact]
    public void ToSvg_uses_the_given_id_for_the_chart_and_its_clip_path()
    {
        var plot = new FunnelPlot("F", [new FunnelChartPoint("a", 10, 0)], 0);

        var root = SvgParts.Parse(plot.ToSvg(id: "office-funnel"));

        Assert.Equal("office-funnel", (string?)root.Attribute("id"));
        Assert.Equal("url(#office-funnel-clip)", (string?)SvgParts.WithClass(root, "limits").Single().Attribute("clip-path"));
        Assert.Throws<ArgumentException>(() => plot.ToSvg(id: "1st"));
        Assert.Throws<ArgumentException>(() => plot.ToSvg(id: "a\"b"));
    }
}
