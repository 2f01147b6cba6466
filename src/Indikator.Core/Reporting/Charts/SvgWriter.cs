using System.Globalization;
using System.Text;

namespace Indikator.Core.Reporting.Charts;

/// <summary>
/// A tiny writer for inline SVG. Styling uses presentation attributes rather than CSS classes so a chart
/// looks the same inside the HTML report, in a notebook and as a standalone .svg file. Every text is escaped.
/// </summary>
internal sealed class SvgWriter
{
    public const string FontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

    private readonly StringBuilder sb = new();
    private int depth;

    public SvgWriter(double width, double height, string id, string title, string description)
    {
        Width = width;
        Height = height;
        Id = id;
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").Append(Markup.Escape(id))
            .Append("\" viewBox=\"0 0 ").Append(Num(width)).Append(' ').Append(Num(height))
            .Append("\" width=\"").Append(Num(width)).Append("\" height=\"").Append(Num(height))
            .Append("\" role=\"img\" aria-labelledby=\"").Append(Markup.Escape(id)).Append("-title ")
            .Append(Markup.Escape(id)).Append("-desc\" font-family=\"").Append(FontFamily)
            .Append("\" font-size=\"12\" fill=\"#262626\">\n");
        sb.Append("<title id=\"").Append(Markup.Escape(id)).Append("-title\">").Append(Markup.Escape(title)).Append("</title>\n");
        sb.Append("<desc id=\"").Append(Markup.Escape(id)).Append("-desc\">").Append(Markup.Escape(description)).Append("</desc>\n");
    }

    public double Width { get; }

    public double Height { get; }

    public string Id { get; }

    /// <summary>Approximate width of a text in a sans-serif font, for layout without font metrics.</summary>
    public static double TextWidth(string text, double fontSize) => text.Length * fontSize * 0.56;

    public static string Num(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("0.##", CultureInfo.InvariantCulture);
    }

    public SvgWriter OpenGroup(string cssClass, string? extraAttributes = null)
    {
        sb.Append("<g class=\"").Append(cssClass).Append('"');
        if (extraAttributes is not null)
        {
            sb.Append(' ').Append(extraAttributes);
        }

        sb.Append(">\n");
        depth++;
        return this;
    }

    public SvgWriter CloseGroup()
    {
        depth--;
        sb.Append("</g>\n");
        return this;
    }

    public SvgWriter ClipRect(string clipId, double x, double y, double width, double height)
    {
        sb.Append("<clipPath id=\"").Append(Markup.Escape(clipId)).Append("\"><rect x=\"").Append(Num(x)).Append("\" y=\"").Append(Num(y))
            .Append("\" width=\"").Append(Num(width)).Append("\" height=\"").Append(Num(height)).Append("\"/></clipPath>\n");
        return this;
    }

    public SvgWriter Rect(double x, double y, double width, double height, string style, string? cssClass = null, string? tooltip = null)
    {
        sb.Append("<rect");
        Class(cssClass);
        sb.Append(" x=\"").Append(Num(x)).Append("\" y=\"").Append(Num(y)).Append("\" width=\"").Append(Num(Math.Max(width, 0)))
            .Append("\" height=\"").Append(Num(Math.Max(height, 0))).Append("\" ").Append(style);
        return CloseWithTooltip("rect", tooltip);
    }

    public SvgWriter Line(double x1, double y1, double x2, double y2, string style, string? cssClass = null)
    {
        sb.Append("<line");
        Class(cssClass);
        sb.Append(" x1=\"").Append(Num(x1)).Append("\" y1=\"").Append(Num(y1)).Append("\" x2=\"").Append(Num(x2))
            .Append("\" y2=\"").Append(Num(y2)).Append("\" ").Append(style).Append("/>\n");
        return this;
    }

    public SvgWriter Circle(double cx, double cy, double r, string style, string? cssClass = null, string? tooltip = null)
    {
        sb.Append("<circle");
        Class(cssClass);
        sb.Append(" cx=\"").Append(Num(cx)).Append("\" cy=\"").Append(Num(cy)).Append("\" r=\"").Append(Num(r)).Append("\" ").Append(style);
        return CloseWithTooltip("circle", tooltip);
    }

    public SvgWriter Polyline(IReadOnlyList<(double X, double Y)> points, string style, string? cssClass = null)
        => points.Count < 2 ? this : Points("polyline", points, "fill=\"none\" " + style, cssClass);

    public SvgWriter Polygon(IReadOnlyList<(double X, double Y)> points, string style, string? cssClass = null)
        => points.Count < 3 ? this : Points("polygon", points, style, cssClass);

    public SvgWriter Text(double x, double y, string text, string anchor = "start", string? style = null, double? rotate = null, string? cssClass = null)
    {
        sb.Append("<text");
        Class(cssClass);
        sb.Append(" x=\"").Append(Num(x)).Append("\" y=\"").Append(Num(y)).Append('"');
        if (anchor != "start")
        {
            sb.Append(" text-anchor=\"").Append(anchor).Append('"');
        }

        if (rotate is { } angle)
        {
            sb.Append(" transform=\"rotate(").Append(Num(angle)).Append(' ').Append(Num(x)).Append(' ').Append(Num(y)).Append(")\"");
        }

        if (style is not null)
        {
            sb.Append(' ').Append(style);
        }

        sb.Append('>');
        Markup.Append(sb, text);
        sb.Append("</text>\n");
        return this;
    }

    public override string ToString()
    {
        System.Diagnostics.Debug.Assert(depth == 0, "Every group must be closed.");
        return sb.ToString() + "</svg>\n";
    }

    private void Class(string? cssClass)
    {
        if (cssClass is not null)
        {
            sb.Append(" class=\"").Append(cssClass).Append('"');
        }
    }

    private SvgWriter CloseWithTooltip(string element, string? tooltip)
    {
        if (tooltip is null)
        {
            sb.Append("/>\n");
        }
        else
        {
            sb.Append("><title>");
            Markup.Append(sb, tooltip);
            sb.Append("</title></").Append(element).Append(">\n");
        }

        return this;
    }

    private SvgWriter Points(string element, IReadOnlyList<(double X, double Y)> points, string attributes, string? cssClass)
    {
        sb.Append('<').Append(element);
        Class(cssClass);
        sb.Append(" points=\"");
        for (var i = 0; i < points.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            sb.Append(Num(points[i].X)).Append(',').Append(Num(points[i].Y));
        }

        sb.Append("\" ").Append(attributes).Append("/>\n");
        return this;
    }
}
