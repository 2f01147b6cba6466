using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Charts;

namespace Indikator.Core.Tests.Reporting;

public class BarChartTests
{
    private static BarChart Scorecard() => new("Placement into work", [
        new BarChartItem("Provider A", 0.41, 0.39),
        new BarChartItem("Provider B", 0.30),
        new BarChartItem("Own provider", 0.26, 0.23),
    ])
    {
        ValueKind = ReportColumnKind.Percent,
        ReferenceValue = 0.318,
        HighlightLabel = "Own provider",
    };

    [Fact]
    public void Bars_start_at_zero_and_end_at_their_value()
    {
        var root = SvgParts.Parse(Scorecard().ToSvg());
        var bars = SvgParts.WithClass(root, "bar").ToArray();
        var (left, _, right, _) = SvgParts.PlotArea(root);

        Assert.Equal(3, bars.Length);
        Assert.All(bars, b => Assert.Equal(left, SvgParts.Number(b, "x"), 2));

        // The axis runs 0 to 0.5, so a bar of 0.41 covers 82 % of the plot width.
        Assert.Equal(0.82 * (right - left), SvgParts.Number(bars[0], "width"), 1);
    }

    [Fact]
    public void Own_result_reference_line_and_previous_markers_are_drawn()
    {
        var root = SvgParts.Parse(Scorecard().ToSvg());
        var (left, _, right, _) = SvgParts.PlotArea(root);

        Assert.Equal(["bar own"], SvgParts.WithClass(root, "own").Select(b => (string)b.Attribute("class")!));
        var reference = Assert.Single(SvgParts.WithClass(root, "reference"));
        Assert.Equal(left + (0.318 / 0.5 * (right - left)), SvgParts.Number(reference, "x1"), 1);
        Assert.Equal(2, SvgParts.WithClass(SvgParts.WithClass(root, "bars").Single(), "previous").Count());
        Assert.Single(SvgParts.WithClass(SvgParts.WithClass(root, "legend").Single(), "previous"));
        Assert.Contains("National average: 31.8%", SvgParts.Texts(root));
        Assert.Contains("Previous result", SvgParts.Texts(root));
    }

    [Fact]
    public void A_value_label_moves_past_a_previous_marker_just_beyond_the_bar()
    {
        var root = SvgParts.Parse(new BarChart("B", [new BarChartItem("A", 0.377, 0.401), new BarChartItem("B", 0.5)]) { ValueKind = ReportColumnKind.Percent }.ToSvg());

        var marker = SvgParts.WithClass(SvgParts.WithClass(root, "bars").Single(), "previous").Single();
        var markerRight = marker.Attribute("points")!.Value.Split(' ').Select(p => double.Parse(p.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture)).Max();
        var label = SvgParts.WithClass(root, "value").First();

        Assert.Equal("37.7%", label.Value);
        Assert.True(SvgParts.Number(label, "x") > markerRight, "the value label must start right of the marker");
    }

    [Fact]
    public void Negative_values_extend_left_of_zero()
    {
        var root = SvgParts.Parse(new BarChart("B", [new BarChartItem("Up", 0.02), new BarChartItem("Down", -0.03)]).ToSvg());
        var bars = SvgParts.WithClass(root, "bar").ToArray();
        var zero = SvgParts.Number(bars[0], "x");

        Assert.Equal(zero, SvgParts.Number(bars[1], "x") + SvgParts.Number(bars[1], "width"), 1);
        Assert.True(SvgParts.Number(bars[1], "x") > SvgParts.PlotArea(root).Left - 0.01);
    }

    [Fact]
    public void Long_labels_are_shortened_with_the_full_label_in_the_tooltip()
    {
        var label = "Vekstbedrift D Vest-Agder avdeling Kristiansand og omegn med en svært lang avdelingsbetegnelse";
        var root = SvgParts.Parse(new BarChart("B", [new BarChartItem(label, 1)]).ToSvg());

        Assert.Contains(SvgParts.Texts(root), t => t.EndsWith('…') && label.StartsWith(t[..^1], StringComparison.Ordinal));
        Assert.StartsWith(label, SvgParts.WithClass(root, "bar").Single().Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bold_own_label_gets_room_for_its_wider_glyphs()
    {
        // Found by the rendering check: the label area was sized for regular text, so "12. Leverandør 24" in bold was cut off.
        BarChartItem[] items = [new("1. Leverandør 05", 0.5), new("12. Leverandør 24", 0.2)];
        var regular = SvgParts.Parse(new BarChart("B", items).ToSvg());
        var bold = SvgParts.Parse(new BarChart("B", items) { HighlightLabel = "12. Leverandør 24" }.ToSvg());

        Assert.True(SvgParts.PlotArea(bold).Left > SvgParts.PlotArea(regular).Left + 10);

        var label = new string('x', 80);
        BarChartItem[] longItems = [new(label, 1)];
        var shortRegular = SvgParts.Texts(SvgParts.Parse(new BarChart("B", longItems).ToSvg())).Single(t => t.EndsWith('…'));
        var shortBold = SvgParts.Texts(SvgParts.Parse(new BarChart("B", longItems) { HighlightLabel = label }.ToSvg())).Single(t => t.EndsWith('…'));
        Assert.True(shortBold.Length < shortRegular.Length, $"bold '{shortBold}' should be shorter than regular '{shortRegular}'");
    }

    [Fact]
    public void Invalid_bars_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new BarChart("B", []));
        Assert.Throws<ArgumentException>(() => new BarChart("B", [new BarChartItem("", 1)]));
        Assert.Throws<ArgumentException>(() => new BarChart("B", [new BarChartItem("A", 1, double.NaN)]));
    }
}
