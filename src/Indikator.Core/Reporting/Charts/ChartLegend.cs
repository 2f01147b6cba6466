namespace Indikator.Core.Reporting.Charts;

/// <summary>A one- or two-line legend above the plot; entries wrap when the row is full.</summary>
internal sealed class ChartLegend
{
    private const double RowHeight = 18;
    private const double SwatchWidth = 22;
    private readonly List<(string Text, Action<SvgWriter, double, double> Swatch)> entries = [];

    public void Add(string text, Action<SvgWriter, double, double> swatch) => entries.Add((text, swatch));

    /// <summary>The height the legend takes when laid out in <paramref name="width"/>.</summary>
    public double Height(double left, double width) => Layout(left, width).Count == 0 ? 0 : (Rows(left, width) * RowHeight) + 6;

    public void Draw(SvgWriter svg, double left, double top, double width)
    {
        svg.OpenGroup("legend");
        foreach (var (text, swatch, x, row) in Layout(left, width))
        {
            var y = top + (row * RowHeight) + 9;
            swatch(svg, x + (SwatchWidth / 2), y);
            svg.Text(x + SwatchWidth + 4, y + 4, text);
        }

        svg.CloseGroup();
    }

    private int Rows(double left, double width)
    {
        var layout = Layout(left, width);
        return layout.Count == 0 ? 0 : layout[^1].Row + 1;
    }

    private List<(string Text, Action<SvgWriter, double, double> Swatch, double X, int Row)> Layout(double left, double width)
    {
        var result = new List<(string, Action<SvgWriter, double, double>, double, int)>();
        var x = left;
        var row = 0;
        foreach (var (text, swatch) in entries)
        {
            var entryWidth = SwatchWidth + 4 + SvgWriter.TextWidth(text, 12) + 16;
            if (x > left && x + entryWidth > left + width)
            {
                row++;
                x = left;
            }

            result.Add((text, swatch, x, row));
            x += entryWidth;
        }

        return result;
    }
}
