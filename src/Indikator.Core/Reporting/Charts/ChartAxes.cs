namespace Indikator.Core.Reporting.Charts;

/// <summary>Draws grid lines, tick labels and axis titles shared by the charts.</summary>
internal static class ChartAxes
{
    public const string Grid = "stroke=\"#E6E6E6\" stroke-width=\"1\"";
    public const string Axis = "stroke=\"#6F6F6F\" stroke-width=\"1\"";
    public const string Muted = "fill=\"#595959\"";

    /// <summary>Width needed for the widest y tick label.</summary>
    public static double YLabelWidth(TickScale scale, ReportColumnKind kind, ReportLanguage language)
    {
        var widest = 0.0;
        for (var i = 0; i < scale.Count; i++)
        {
            widest = Math.Max(widest, SvgWriter.TextWidth(NumberText.Tick(scale[i], scale.Step, kind, language), 12));
        }

        return widest;
    }

    public static void DrawY(SvgWriter svg, PlotArea plot, ReportColumnKind kind, ReportLanguage language, string title)
    {
        svg.OpenGroup("y-axis");
        for (var i = 0; i < plot.Y.Count; i++)
        {
            var y = plot.MapY(plot.Y[i]);
            svg.Line(plot.Left, y, plot.Right, y, Grid);
            svg.Text(plot.Left - 6, y + 4, NumberText.Tick(plot.Y[i], plot.Y.Step, kind, language), "end", Muted);
        }

        svg.Line(plot.Left, plot.Top, plot.Left, plot.Bottom, Axis);
        svg.Text(14, plot.Top + (plot.Height / 2), title, "middle", "font-weight=\"600\"", -90);
        svg.CloseGroup();
    }

    public static void DrawX(SvgWriter svg, PlotArea plot, ReportColumnKind kind, ReportLanguage language, string title)
    {
        svg.OpenGroup("x-axis");
        for (var i = 0; i < plot.X.Count; i++)
        {
            var x = plot.MapX(plot.X[i]);
            svg.Line(x, plot.Top, x, plot.Bottom, Grid);
            svg.Line(x, plot.Bottom, x, plot.Bottom + 5, Axis);
            svg.Text(x, plot.Bottom + 18, NumberText.Tick(plot.X[i], plot.X.Step, kind, language), "middle", Muted);
        }

        svg.Line(plot.Left, plot.Bottom, plot.Right, plot.Bottom, Axis);
        svg.Text(plot.Left + (plot.Width / 2), plot.Bottom + 38, title, "middle", "font-weight=\"600\"");
        svg.CloseGroup();
    }
}
