using System.Globalization;
using Indikator.Core.Internal;

namespace Indikator.Core.Reporting.Charts;

/// <summary>
/// A horizontal bar chart for scorecards (målkort): one bar per provider or unit, the national average as
/// a reference line, the reader's own result highlighted and each previous result as a marker.
/// </summary>
/// <remarks>
/// <para>Bars are drawn in the given order and start at zero; long labels are shortened with an ellipsis (the full label is in the tooltip).</para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class BarChart : ReportChart
{
    private const double ChartWidth = 760;
    private const double RowHeight = 26;
    private const double BarHeight = 16;
    private const double MaxLabelWidth = 230;

    // The own bar's label is bold, and bold glyphs of common sans-serif fonts are about a tenth wider; without
    // this the label area was sized for regular text and a long bold label was cut off at the chart's left edge.
    private const double BoldWidthFactor = 1.12;
    private const string BarFill = "fill=\"#7FB1E3\"";
    private const string OwnFill = "fill=\"#C77300\"";
    private const string ReferenceStyle = "stroke=\"#262626\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"";
    private const string PreviousStyle = "fill=\"#262626\" stroke=\"#FFFFFF\" stroke-width=\"1\"";

    /// <summary>Creates a bar chart.</summary>
    /// <param name="title">The chart's title.</param>
    /// <param name="items">The bars, in display order; labels must not be empty and values must be finite.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException">The title is empty, there are no bars, a label is empty or a value is not finite.</exception>
    public BarChart(string title, IReadOnlyList<BarChartItem> items)
        : base(title)
    {
        Guard.NotNull(items);
        if (items.Count == 0)
        {
            throw new ArgumentException("A bar chart needs at least one bar.", nameof(items));
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (string.IsNullOrEmpty(item.Label) || !double.IsFinite(item.Value) || (item.Previous is { } p && !double.IsFinite(p)))
            {
                throw new ArgumentException($"Bar {i} needs a label and finite values.", nameof(items));
            }
        }

        Items = [.. items];
    }

    /// <summary>Gets the bars in display order.</summary>
    public IReadOnlyList<BarChartItem> Items { get; }

    /// <summary>Gets the reference value drawn as a vertical line, usually the national average; null for none.</summary>
    public double? ReferenceValue { get; init; }

    /// <summary>Gets the legend text of the reference line.</summary>
    /// <value>The default is "National average" (or "Landsgjennomsnitt").</value>
    public string? ReferenceLabel { get; init; }

    /// <summary>Gets the label of the reader's own bar to highlight (ordinal comparison).</summary>
    public string? HighlightLabel { get; init; }

    /// <summary>Gets the title of the value axis; none when null.</summary>
    public string? ValueAxisTitle { get; init; }

    internal PlotArea Layout(ReportLanguage language, double legendHeight)
    {
        var min = 0.0;
        var max = 0.0;
        foreach (var item in Items)
        {
            min = Math.Min(min, Math.Min(item.Value, item.Previous ?? item.Value));
            max = Math.Max(max, Math.Max(item.Value, item.Previous ?? item.Value));
        }

        if (ReferenceValue is { } reference)
        {
            min = Math.Min(min, reference);
            max = Math.Max(max, reference);
        }

        var labelWidth = 0.0;
        foreach (var item in Items)
        {
            var bold = IsOwn(item);
            labelWidth = Math.Max(labelWidth, LabelWidth(Shorten(item.Label, bold), bold));
        }

        var left = Math.Min(labelWidth, MaxLabelWidth) + 16;
        var x = NiceTicks.Compute(min, max, 7);

        // Room on the right (and left, for negative bars) for value labels at the bar ends.
        var right = ChartWidth - 64;
        var plotLeft = left + (x.First < 0 ? 56 : 0);
        var y = new TickScale(0, 1, 0, Items.Count + 1);
        return new PlotArea(plotLeft, 12 + legendHeight, right - plotLeft, Items.Count * RowHeight, x, y);
    }

    internal override string Summarize(ReportLanguage language)
    {
        var best = Items.MaxBy(i => i.Value);
        var text = language == ReportLanguage.Norwegian
            ? string.Create(CultureInfo.InvariantCulture, $"Stolpediagram med {Items.Count} stolper; høyest er {best.Label} med {FormatValue(best.Value, language)}.")
            : string.Create(CultureInfo.InvariantCulture, $"Bar chart of {Items.Count} bars; the highest is {best.Label} at {FormatValue(best.Value, language)}.");
        if (ReferenceValue is { } reference)
        {
            text += " " + (ReferenceLabel ?? ReportText.NationalAverage(language)) + ": " + FormatValue(reference, language) + ".";
        }

        if (HighlightLabel is not null && Items.FirstOrDefault(i => string.Equals(i.Label, HighlightLabel, StringComparison.Ordinal)) is { Label: not null } own)
        {
            text += " " + own.Label + ": " + FormatValue(own.Value, language) + ".";
        }

        return text;
    }

    internal override string Render(ReportLanguage language, string id)
    {
        var legend = BuildLegend(language);
        var legendHeight = legend.Height(16, ChartWidth - 32);
        var plot = Layout(language, legendHeight);
        var height = plot.Bottom + (ValueAxisTitle is null ? 30 : 48);
        var svg = new SvgWriter(ChartWidth, height, id, Title, DescriptionOrSummary(language));
        legend.Draw(svg, 16, 8, ChartWidth - 32);

        svg.OpenGroup("x-axis");
        for (var i = 0; i < plot.X.Count; i++)
        {
            var x = plot.MapX(plot.X[i]);
            svg.Line(x, plot.Top, x, plot.Bottom, ChartAxes.Grid);
            svg.Text(x, plot.Bottom + 18, NumberText.Tick(plot.X[i], plot.X.Step, ValueKind, language), "middle", ChartAxes.Muted);
        }

        svg.Line(plot.Left, plot.Bottom, plot.Right, plot.Bottom, ChartAxes.Axis);
        if (ValueAxisTitle is not null)
        {
            svg.Text(plot.Left + (plot.Width / 2), plot.Bottom + 38, ValueAxisTitle, "middle", "font-weight=\"600\"");
        }

        svg.CloseGroup();
        svg.Rect(plot.Left, plot.Top, plot.Width, plot.Height, "fill=\"none\" stroke=\"none\"", "plot-area");

        var zero = plot.MapX(0);
        svg.OpenGroup("bars");
        for (var i = 0; i < Items.Count; i++)
        {
            DrawBar(svg, plot, i, zero, language);
        }

        svg.CloseGroup();
        svg.Line(zero, plot.Top, zero, plot.Bottom, ChartAxes.Axis);
        if (ReferenceValue is { } reference)
        {
            var x = plot.MapX(reference);
            svg.Line(x, plot.Top - 4, x, plot.Bottom, ReferenceStyle, "reference");
        }

        // Values last, so their halo masks the reference line rather than the line crossing them.
        svg.OpenGroup("values");
        for (var i = 0; i < Items.Count; i++)
        {
            DrawValue(svg, plot, i, language);
        }

        svg.CloseGroup();
        return svg.ToString();
    }

    private static void Diamond(SvgWriter svg, double x, double y)
        => svg.Polygon([(x, y - 6), (x + 5, y), (x, y + 6), (x - 5, y)], PreviousStyle, "previous");

    private static double LabelWidth(string label, bool bold) => SvgWriter.TextWidth(label, 12) * (bold ? BoldWidthFactor : 1);

    private static string Shorten(string label, bool bold)
    {
        if (LabelWidth(label, bold) <= MaxLabelWidth)
        {
            return label;
        }

        var keep = (int)(MaxLabelWidth / LabelWidth("x", bold)) - 1;
        return label[..Math.Max(keep, 1)] + "…";
    }

    private bool IsOwn(BarChartItem item) => HighlightLabel is not null && string.Equals(item.Label, HighlightLabel, StringComparison.Ordinal);

    private void DrawBar(SvgWriter svg, PlotArea plot, int index, double zero, ReportLanguage language)
    {
        var item = Items[index];
        var own = IsOwn(item);
        var rowTop = plot.Top + (index * RowHeight);
        var centre = rowTop + (RowHeight / 2);
        var end = plot.MapX(item.Value);
        var tooltip = item.Label + ": " + FormatValue(item.Value, language)
            + (item.Previous is { } prev ? " (" + ReportText.Previous(language) + ": " + FormatValue(prev, language) + ")" : string.Empty);
        svg.Text(plot.Left - (plot.X.First < 0 ? 64 : 8), centre + 4, Shorten(item.Label, own), "end", own ? "font-weight=\"700\"" : null);
        svg.Rect(Math.Min(zero, end), centre - (BarHeight / 2), Math.Abs(end - zero), BarHeight, own ? OwnFill : BarFill, own ? "bar own" : "bar", tooltip);
        if (item.Previous is { } previous)
        {
            Diamond(svg, plot.MapX(previous), centre);
        }
    }

    private void DrawValue(SvgWriter svg, PlotArea plot, int index, ReportLanguage language)
    {
        var item = Items[index];
        var own = IsOwn(item);
        var centre = plot.Top + (index * RowHeight) + (RowHeight / 2);
        var end = plot.MapX(item.Value);
        var valueText = FormatValue(item.Value, language);
        var textWidth = SvgWriter.TextWidth(valueText, 12);
        var labelX = item.Value >= 0 ? end + 6 : end - 6;
        if (item.Previous is { } previous)
        {
            var px = plot.MapX(previous);

            // Move the value label past a previous-result marker that would sit under it.
            if (item.Value >= 0 && px > end - 6 && px < end + 12 + textWidth)
            {
                labelX = px + 9;
            }
            else if (item.Value < 0 && px < end + 6 && px > end - 12 - textWidth)
            {
                labelX = px - 9;
            }
        }

        // A white halo keeps the value readable where it crosses the reference line or grid.
        var halo = "stroke=\"#FFFFFF\" stroke-width=\"3\" paint-order=\"stroke\"";
        svg.Text(labelX, centre + 4, valueText, item.Value >= 0 ? "start" : "end", own ? "font-weight=\"700\" " + halo : ChartAxes.Muted + " " + halo, cssClass: "value");
    }

    private ChartLegend BuildLegend(ReportLanguage language)
    {
        var legend = new ChartLegend();
        if (ReferenceValue is { } reference)
        {
            legend.Add((ReferenceLabel ?? ReportText.NationalAverage(language)) + ": " + FormatValue(reference, language), static (s, x, y) => s.Line(x - 10, y, x + 10, y, ReferenceStyle));
        }

        if (Items.Any(i => i.Previous is not null))
        {
            legend.Add(ReportText.Previous(language), static (s, x, y) => Diamond(s, x, y));
        }

        if (HighlightLabel is not null && Items.Any(i => string.Equals(i.Label, HighlightLabel, StringComparison.Ordinal)))
        {
            legend.Add(HighlightLabel, static (s, x, y) => s.Rect(x - 10, y - 6, 20, 12, OwnFill));
        }

        return legend;
    }
}
