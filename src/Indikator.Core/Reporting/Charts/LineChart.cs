using System.Globalization;
using Indikator.Core.Internal;

namespace Indikator.Core.Reporting.Charts;

/// <summary>A line chart for time series: for example one office against the national value, with the office's 95 % interval as a band.</summary>
/// <remarks>
/// <para>Periods are evenly spaced; when there are many, only every k-th period is labelled so labels never overlap.</para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class LineChart : ReportChart
{
    private const double ChartWidth = 760;
    private const double PlotHeight = 280;
    private static readonly string[] Palette = ["#0067C5", "#C77300", "#06893A", "#7F3BA5"];

    /// <summary>Creates a line chart.</summary>
    /// <param name="title">The chart's title.</param>
    /// <param name="periods">The period labels in order, such as "2025-01".</param>
    /// <param name="series">The series; each has one value per period.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The title is empty, there are no periods or series, a period label is empty, a series has the wrong length, or no value is finite.</exception>
    public LineChart(string title, IReadOnlyList<string> periods, IReadOnlyList<LineSeries> series)
        : base(title)
    {
        Guard.NotNull(periods);
        Guard.NotNull(series);
        if (periods.Count == 0 || series.Count == 0)
        {
            throw new ArgumentException("A line chart needs at least one period and one series.", nameof(series));
        }

        if (periods.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("Period labels must not be empty.", nameof(periods));
        }

        foreach (var s in series)
        {
            Guard.NotNull(s);
            if (s.Values.Count != periods.Count)
            {
                throw new ArgumentException($"Series '{s.Name}' has {s.Values.Count} values; there are {periods.Count} periods.", nameof(series));
            }
        }

        if (!series.Any(s => s.Values.Any(double.IsFinite)))
        {
            throw new ArgumentException("At least one value must be finite.", nameof(series));
        }

        Periods = [.. periods];
        Series = [.. series];
    }

    /// <summary>Gets the period labels.</summary>
    public IReadOnlyList<string> Periods { get; }

    /// <summary>Gets the series.</summary>
    public IReadOnlyList<LineSeries> Series { get; }

    /// <summary>Gets the title of the value axis.</summary>
    /// <value>The default is "NAV contribution" (or "NAV-bidrag").</value>
    public string? YAxisTitle { get; init; }

    internal PlotArea Layout(ReportLanguage language, double legendHeight)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var s in Series)
        {
            for (var i = 0; i < Periods.Count; i++)
            {
                foreach (var v in new[] { s.Values[i], s.Lower?[i] ?? double.NaN, s.Upper?[i] ?? double.NaN })
                {
                    if (double.IsFinite(v))
                    {
                        min = Math.Min(min, v);
                        max = Math.Max(max, v);
                    }
                }
            }
        }

        var pad = (max - min) * 0.05;
        var y = NiceTicks.Compute(min - pad, max + pad, 7);
        var left = 36 + ChartAxes.YLabelWidth(y, ValueKind, language);

        // Periods sit at 0..n-1; a single period gets a unit-wide axis so it still maps.
        var x = new TickScale(0, 1, 0, Math.Max(Periods.Count, 2));
        return new PlotArea(left, 12 + legendHeight, ChartWidth - left - 28, PlotHeight, x, y);
    }

    internal override string Summarize(ReportLanguage language)
    {
        var parts = new List<string>();
        foreach (var s in Series)
        {
            var last = -1;
            for (var i = 0; i < Periods.Count; i++)
            {
                if (double.IsFinite(s.Values[i]))
                {
                    last = i;
                }
            }

            if (last >= 0)
            {
                parts.Add(s.Name + " " + Periods[last] + ": " + FormatValue(s.Values[last], language));
            }
        }

        var head = language == ReportLanguage.Norwegian
            ? string.Create(CultureInfo.InvariantCulture, $"Linjediagram over {Periods.Count} perioder fra {Periods[0]} til {Periods[^1]}.")
            : string.Create(CultureInfo.InvariantCulture, $"Line chart over {Periods.Count} periods from {Periods[0]} to {Periods[^1]}.");
        return head + " " + string.Join("; ", parts) + ".";
    }

    internal override string Render(ReportLanguage language, string id)
    {
        var legend = BuildLegend(language);
        var legendHeight = legend.Height(40, ChartWidth - 64);
        var plot = Layout(language, legendHeight);
        var svg = new SvgWriter(ChartWidth, plot.Bottom + 34, id, Title, DescriptionOrSummary(language));
        legend.Draw(svg, 40, 8, ChartWidth - 64);
        ChartAxes.DrawY(svg, plot, ValueKind, language, YAxisTitle ?? ReportText.Contribution(language));
        DrawPeriods(svg, plot);
        svg.Rect(plot.Left, plot.Top, plot.Width, plot.Height, "fill=\"none\" stroke=\"none\"", "plot-area");

        for (var s = 0; s < Series.Count; s++)
        {
            if (Series[s].Lower is not null)
            {
                DrawBand(svg, plot, Series[s], Colour(s));
            }
        }

        for (var s = 0; s < Series.Count; s++)
        {
            DrawSeries(svg, plot, Series[s], Colour(s), language);
        }

        return svg.ToString();
    }

    private static void DrawBand(SvgWriter svg, PlotArea plot, LineSeries series, string colour)
    {
        var start = -1;
        for (var i = 0; i <= series.Values.Count; i++)
        {
            var ok = i < series.Values.Count && double.IsFinite(series.Lower![i]) && double.IsFinite(series.Upper![i]);
            if (ok && start < 0)
            {
                start = i;
            }
            else if (!ok && start >= 0)
            {
                var polygon = new List<(double X, double Y)>();
                for (var j = start; j < i; j++)
                {
                    polygon.Add((plot.MapX(j), plot.MapY(series.Upper![j])));
                }

                for (var j = i - 1; j >= start; j--)
                {
                    polygon.Add((plot.MapX(j), plot.MapY(series.Lower![j])));
                }

                svg.Polygon(polygon, $"fill=\"{colour}\" fill-opacity=\"0.15\" stroke=\"none\"", "band");
                start = -1;
            }
        }
    }

    private string Colour(int index)
    {
        if (Series[index].IsReference)
        {
            return "#595959";
        }

        var rank = 0;
        for (var i = 0; i < index; i++)
        {
            if (!Series[i].IsReference)
            {
                rank++;
            }
        }

        return Palette[rank % Palette.Length];
    }

    private void DrawPeriods(SvgWriter svg, PlotArea plot)
    {
        var widest = Periods.Max(p => SvgWriter.TextWidth(p, 12)) + 12;
        var fits = Math.Max(1, (int)(plot.Width / widest));
        var every = (int)Math.Ceiling(Periods.Count / (double)fits);
        svg.OpenGroup("x-axis");
        for (var i = 0; i < Periods.Count; i += every)
        {
            var x = plot.MapX(i);
            svg.Line(x, plot.Top, x, plot.Bottom, ChartAxes.Grid);
            svg.Line(x, plot.Bottom, x, plot.Bottom + 5, ChartAxes.Axis);
            svg.Text(x, plot.Bottom + 18, Periods[i], "middle", ChartAxes.Muted);
        }

        svg.Line(plot.Left, plot.Bottom, plot.Right, plot.Bottom, ChartAxes.Axis);
        svg.CloseGroup();
    }

    private void DrawSeries(SvgWriter svg, PlotArea plot, LineSeries series, string colour, ReportLanguage language)
    {
        var style = series.IsReference
            ? $"stroke=\"{colour}\" stroke-width=\"2\" stroke-dasharray=\"6 4\""
            : $"stroke=\"{colour}\" stroke-width=\"2.5\"";
        svg.OpenGroup("series", $"data-name=\"{Markup.Escape(series.Name)}\"");
        var segment = new List<(double X, double Y)>();
        for (var i = 0; i < series.Values.Count; i++)
        {
            if (double.IsFinite(series.Values[i]))
            {
                segment.Add((plot.MapX(i), plot.MapY(series.Values[i])));
            }
            else
            {
                svg.Polyline(segment, style);
                segment.Clear();
            }
        }

        svg.Polyline(segment, style);
        for (var i = 0; i < series.Values.Count; i++)
        {
            if (double.IsFinite(series.Values[i]))
            {
                svg.Circle(plot.MapX(i), plot.MapY(series.Values[i]), series.IsReference ? 2.5 : 3.5, $"fill=\"{colour}\"", "marker", series.Name + " " + Periods[i] + ": " + FormatValue(series.Values[i], language));
            }
        }

        svg.CloseGroup();
    }

    private ChartLegend BuildLegend(ReportLanguage language)
    {
        var legend = new ChartLegend();
        for (var s = 0; s < Series.Count; s++)
        {
            var colour = Colour(s);
            var dashed = Series[s].IsReference;
            legend.Add(Series[s].Name, (w, x, y) => w.Line(x - 10, y, x + 10, y, $"stroke=\"{colour}\" stroke-width=\"2.5\"" + (dashed ? " stroke-dasharray=\"6 4\"" : string.Empty)));
        }

        for (var s = 0; s < Series.Count; s++)
        {
            if (Series[s].Lower is not null)
            {
                var colour = Colour(s);
                legend.Add(ReportText.Interval(language, Series[s].Name), (w, x, y) => w.Rect(x - 10, y - 6, 20, 12, $"fill=\"{colour}\" fill-opacity=\"0.15\""));
            }
        }

        return legend;
    }
}
