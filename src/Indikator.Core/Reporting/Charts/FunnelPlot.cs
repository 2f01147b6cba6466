using System.Globalization;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Internal;

namespace Indikator.Core.Reporting.Charts;

/// <summary>
/// A funnel plot: each unit is a point at (size, value), with a centre line at the national value and
/// control limits that narrow as units grow. Points outside the limits are coloured, and the legend says
/// how many units lie outside each limit.
/// </summary>
/// <remarks>
/// <para>
/// A funnel plot separates real differences from noise: small units scatter widely by chance, so a
/// point is only remarkable when it lies outside the limits for its size (Spiegelhalter 2005,
/// "Funnel plots for comparing institutional performance", Statistics in Medicine 24:1185-1202).
/// The limits are given by the caller (<see cref="Limits"/>, innermost first), typically 95 % and 99.8 %;
/// <see cref="Overdispersion"/> states in the legend which adjustment they include.
/// </para>
/// <para>
/// The value axis covers the points and the centre line; limit curves are clipped to the plot area.
/// The count axis starts at zero.
/// </para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class FunnelPlot : ReportChart
{
    private const double ChartWidth = 760;
    private const double PlotHeight = 330;
    private static readonly string[] Dashes = ["6 4", "2 3", "10 3 2 3"];
    private readonly IReadOnlyList<FunnelChartLimits> limits = [];
    private readonly FunnelSizeMeasure sizeMeasure = FunnelSizeMeasure.Persons;
    private readonly FunnelOverdispersion? overdispersion;

    /// <summary>Creates a funnel plot.</summary>
    /// <param name="title">The chart's title.</param>
    /// <param name="points">The units; sizes must be finite and not negative, values finite.</param>
    /// <param name="centre">The centre line, usually the national value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="points"/> is null.</exception>
    /// <exception cref="ArgumentException">The title is empty, there are no points, a point has no label, or a number is not finite.</exception>
    public FunnelPlot(string title, IReadOnlyList<FunnelChartPoint> points, double centre)
        : base(title)
    {
        Guard.NotNull(points);
        if (points.Count == 0)
        {
            throw new ArgumentException("A funnel plot needs at least one point.", nameof(points));
        }

        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            if (string.IsNullOrEmpty(p.Label) || !double.IsFinite(p.Size) || p.Size < 0 || !double.IsFinite(p.Value) || p.Persons < 0)
            {
                throw new ArgumentException($"Point {i} needs a label, a finite non-negative size, a finite value and no negative number of persons.", nameof(points));
            }
        }

        if (!double.IsFinite(centre))
        {
            throw new ArgumentException("The centre must be finite.", nameof(centre));
        }

        Points = [.. points];
        Centre = centre;
    }

    /// <summary>Gets the units.</summary>
    public IReadOnlyList<FunnelChartPoint> Points { get; }

    /// <summary>Gets the centre line's value.</summary>
    public double Centre { get; }

    /// <summary>Gets the control limits, innermost first (for example 95 % then 99.8 %).</summary>
    /// <value>The default is no limits.</value>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public IReadOnlyList<FunnelChartLimits> Limits
    {
        get => limits;
        init => limits = [.. Guard.NotNull(value)];
    }

    /// <summary>Gets what the size axis counts; it names the axis and the unit in each point's tooltip.</summary>
    /// <value>The default is <see cref="FunnelSizeMeasure.Persons"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public FunnelSizeMeasure SizeMeasure
    {
        get => sizeMeasure;
        init => sizeMeasure = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown size measure.");
    }

    /// <summary>Gets the overdispersion adjustment that the <see cref="Limits"/> include, stated in the legend and the text alternative so readers know which limits are drawn.</summary>
    /// <value>The default is null: the chart does not say.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public FunnelOverdispersion? Overdispersion
    {
        get => overdispersion;
        init => overdispersion = value is not { } mode || Enum.IsDefined(mode) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown overdispersion adjustment.");
    }

    /// <summary>Gets the label of a unit to highlight (ordinal comparison), such as the reader's own office.</summary>
    public string? HighlightLabel { get; init; }

    /// <summary>Gets the title of the size axis.</summary>
    /// <value>The default follows <see cref="SizeMeasure"/>: "Number of persons" (or "Antall personer"), or "Person-months" (or "Personmåneder").</value>
    public string? XAxisTitle { get; init; }

    /// <summary>Gets the title of the value axis.</summary>
    /// <value>The default is "NAV contribution" (or "NAV-bidrag").</value>
    public string? YAxisTitle { get; init; }

    /// <summary>Gets the legend text of the centre line.</summary>
    /// <value>The default is "National" (or "Landet").</value>
    public string? CentreLabel { get; init; }

    /// <summary>Classifies each point: 0 inside all limits, k when outside the k-th limit (1-based) and no further one.</summary>
    internal int[] Classify()
    {
        var levels = new int[Points.Count];
        for (var i = 0; i < Points.Count; i++)
        {
            for (var k = 0; k < limits.Count; k++)
            {
                var (lo, hi) = limits[k].At(Points[i].Size);
                if (Points[i].Value < lo || Points[i].Value > hi)
                {
                    levels[i] = k + 1;
                }
            }
        }

        return levels;
    }

    /// <summary>Lays out the plot area for a language (tick labels differ in width).</summary>
    internal PlotArea Layout(ReportLanguage language, double legendHeight)
    {
        var maxX = 0.0;
        var minY = Centre;
        var maxY = Centre;
        foreach (var p in Points)
        {
            maxX = Math.Max(maxX, p.Size);
            minY = Math.Min(minY, p.Value);
            maxY = Math.Max(maxY, p.Value);
        }

        var pad = (maxY - minY) * 0.05;
        var y = NiceTicks.Compute(minY - pad, maxY + pad, 7);
        var x = NiceTicks.Compute(0, maxX, 8);
        var left = 36 + ChartAxes.YLabelWidth(y, ValueKind, language);
        return new PlotArea(left, 12 + legendHeight, ChartWidth - left - 24, PlotHeight, x, y);
    }

    internal override string Summarize(ReportLanguage language)
    {
        var outside = OutsideCounts();
        var parts = new List<string>();
        for (var k = 0; k < limits.Count; k++)
        {
            parts.Add(language == ReportLanguage.Norwegian
                ? string.Create(CultureInfo.InvariantCulture, $"{outside[k]} ligger utenfor {limits[k].Label}-grensene")
                : string.Create(CultureInfo.InvariantCulture, $"{outside[k]} lie outside the {limits[k].Label} limits"));
        }

        var centre = FormatValue(Centre, language);
        var head = language == ReportLanguage.Norwegian
            ? string.Create(CultureInfo.InvariantCulture, $"Traktplott med {Points.Count} enheter; midtlinjen er {centre}.")
            : string.Create(CultureInfo.InvariantCulture, $"Funnel plot of {Points.Count} units; the centre line is at {centre}.");
        if (overdispersion is { } mode && limits.Count > 0)
        {
            head += " " + ReportText.FunnelAdjustment(language, mode) + ".";
        }

        return parts.Count == 0 ? head : head + " " + string.Join("; ", parts) + ".";
    }

    /// <summary>Counts, for each limit, the points outside it (below its lower or above its upper value at their size).</summary>
    internal int[] OutsideCounts()
    {
        var counts = new int[limits.Count];
        foreach (var point in Points)
        {
            for (var k = 0; k < limits.Count; k++)
            {
                var (lo, hi) = limits[k].At(point.Size);
                if (point.Value < lo || point.Value > hi)
                {
                    counts[k]++;
                }
            }
        }

        return counts;
    }

    internal override string Render(ReportLanguage language, string id)
    {
        var legend = BuildLegend(language);
        var legendHeight = legend.Height(40, ChartWidth - 64);
        var plot = Layout(language, legendHeight);
        var svg = new SvgWriter(ChartWidth, plot.Bottom + 48, id, Title, DescriptionOrSummary(language));
        legend.Draw(svg, 40, 8, ChartWidth - 64);
        ChartAxes.DrawY(svg, plot, ValueKind, language, YAxisTitle ?? ReportText.Contribution(language));
        ChartAxes.DrawX(svg, plot, ReportColumnKind.WholeNumber, language, XAxisTitle ?? ReportText.FunnelSize(language, sizeMeasure));
        svg.Rect(plot.Left, plot.Top, plot.Width, plot.Height, "fill=\"none\" stroke=\"none\"", "plot-area");

        var clip = id + "-clip";
        svg.ClipRect(clip, plot.Left, plot.Top, plot.Width, plot.Height);
        svg.OpenGroup("limits", $"clip-path=\"url(#{Markup.Escape(clip)})\"");
        for (var k = 0; k < limits.Count; k++)
        {
            var style = $"stroke=\"#6F6F6F\" stroke-width=\"1.2\" stroke-dasharray=\"{Dashes[k % Dashes.Length]}\"";
            DrawCurve(svg, plot, limits[k].Sizes, limits[k].Lower, style);
            DrawCurve(svg, plot, limits[k].Sizes, limits[k].Upper, style);
        }

        svg.CloseGroup();
        var centreY = plot.MapY(Centre);
        svg.Line(plot.Left, centreY, plot.Right, centreY, "stroke=\"#262626\" stroke-width=\"1.5\"", "centre");

        var levels = Classify();
        var highlighted = -1;
        svg.OpenGroup("points");
        for (var i = 0; i < Points.Count; i++)
        {
            if (HighlightLabel is not null && string.Equals(Points[i].Label, HighlightLabel, StringComparison.Ordinal))
            {
                highlighted = i;
            }

            svg.Circle(plot.MapX(Points[i].Size), plot.MapY(Points[i].Value), levels[i] == 0 ? 3.5 : 4.5, PointStyle(levels[i]), "point", Tooltip(Points[i], language));
        }

        svg.CloseGroup();
        if (highlighted >= 0)
        {
            DrawHighlight(svg, plot, Points[highlighted], language);
        }

        return svg.ToString();
    }

    private static string PointStyle(int level) => level switch
    {
        0 => "fill=\"#A0A0A0\" fill-opacity=\"0.85\" stroke=\"#6F6F6F\" stroke-width=\"0.5\"",
        1 => "fill=\"#0067C5\" stroke=\"#00347D\" stroke-width=\"0.5\"",
        _ => "fill=\"#00244E\" stroke=\"#00244E\" stroke-width=\"0.5\"",
    };

    private static void DrawCurve(SvgWriter svg, PlotArea plot, IReadOnlyList<double> x, IReadOnlyList<double> y, string style)
    {
        // Keep curves to a band a little beyond the plot so huge limits at tiny sizes stay drawable; the clip path trims the rest.
        var yMin = plot.Y.First - plot.Y.Span;
        var yMax = plot.Y.Last + plot.Y.Span;
        var segment = new List<(double X, double Y)>();
        for (var i = 0; i < x.Count; i++)
        {
            if (!double.IsFinite(y[i]) || x[i] > plot.X.Last + plot.X.Step)
            {
                svg.Polyline(segment, style);
                segment.Clear();
                continue;
            }

            segment.Add((plot.MapX(x[i]), plot.MapY(Math.Clamp(y[i], yMin, yMax))));
        }

        svg.Polyline(segment, style);
    }

    /// <summary>The tooltip: value, then the size in its own unit, and the persons behind a size in person-months when known.</summary>
    internal string Tooltip(FunnelChartPoint point, ReportLanguage language)
    {
        var size = NumberText.Format(point.Size, ReportColumnKind.WholeNumber, 0, language) + " " + ReportText.FunnelSizeShort(language, sizeMeasure);
        if (sizeMeasure != FunnelSizeMeasure.Persons && point.Persons is { } persons)
        {
            size += ", " + NumberText.Format(persons, ReportColumnKind.WholeNumber, 0, language) + " " + ReportText.PersonsShort(language);
        }

        return string.Create(CultureInfo.InvariantCulture, $"{point.Label}: {FormatValue(point.Value, language)} ({size})");
    }

    private void DrawHighlight(SvgWriter svg, PlotArea plot, FunnelChartPoint point, ReportLanguage language)
    {
        var x = plot.MapX(point.Size);
        var y = plot.MapY(point.Value);
        svg.OpenGroup("highlight");
        svg.Circle(x, y, 7.5, "fill=\"none\" stroke=\"#C77300\" stroke-width=\"2.5\"", "highlight-ring", Tooltip(point, language));
        var label = point.Label;
        var width = SvgWriter.TextWidth(label, 12);
        var toRight = x + 12 + width < plot.Right;
        var labelY = y - 10 < plot.Top + 12 ? y + 20 : y - 10;
        svg.Text(toRight ? x + 10 : x - 10, labelY, label, toRight ? "start" : "end", "font-weight=\"700\" fill=\"#7A4500\" stroke=\"#FFFFFF\" stroke-width=\"3\" paint-order=\"stroke\"");
        svg.CloseGroup();
    }

    private ChartLegend BuildLegend(ReportLanguage language)
    {
        var legend = new ChartLegend();
        if (overdispersion is { } mode && limits.Count > 0)
        {
            // Text only: which limits are drawn matters more to the reader than any swatch.
            legend.Add(ReportText.FunnelAdjustment(language, mode), static (_, _, _) => { });
        }

        legend.Add(CentreLabel ?? ReportText.National(language), static (s, x, y) => s.Line(x - 10, y, x + 10, y, "stroke=\"#262626\" stroke-width=\"1.5\""));
        var outside = OutsideCounts();
        for (var k = 0; k < limits.Count; k++)
        {
            var style = $"stroke=\"#6F6F6F\" stroke-width=\"1.2\" stroke-dasharray=\"{Dashes[k % Dashes.Length]}\"";
            legend.Add(ReportText.LimitsWithOutside(language, limits[k].Label, outside[k], Points.Count), (s, x, y) => s.Line(x - 10, y, x + 10, y, style));
        }

        legend.Add(ReportText.InsideLimits(language), static (s, x, y) => s.Circle(x, y, 3.5, PointStyle(0)));
        for (var k = 0; k < limits.Count; k++)
        {
            var level = k + 1;
            legend.Add(ReportText.Outside(language, limits[k].Label), (s, x, y) => s.Circle(x, y, 4.5, PointStyle(level)));
        }

        if (HighlightLabel is not null && Points.Any(p => string.Equals(p.Label, HighlightLabel, StringComparison.Ordinal)))
        {
            legend.Add(HighlightLabel, static (s, x, y) => s.Circle(x, y, 6, "fill=\"none\" stroke=\"#C77300\" stroke-width=\"2.5\""));
        }

        return legend;
    }
}
