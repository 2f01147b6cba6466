using System.Globalization;
using System.Xml.Linq;

namespace Indikator.Core.Tests.Reporting.Rendering;

/// <summary>
/// The solid colours an SVG chart asks for and roughly how much area each covers, read from its markup, so a
/// screenshot can be checked for them: if the browser painted the chart, its palette is in the pixels.
/// </summary>
/// <param name="Colour">The colour as 0xRRGGBB, blended over white when the shape is translucent.</param>
/// <param name="Translucent">Whether the shape has a fill opacity below 1 (its pixels vary more where it covers other marks).</param>
/// <param name="Area">The declared area of the shapes in that colour in SVG units (rectangles and circles; other shapes count 0).</param>
/// <param name="Shapes">How many shapes use it.</param>
internal sealed record ChartPaint(int Colour, bool Translucent, double Area, int Shapes)
{
    private static readonly HashSet<string> ShapeNames = ["rect", "circle", "ellipse", "polygon", "path"];

    public static IReadOnlyList<ChartPaint> Read(string svg)
    {
        var paints = new Dictionary<(int Colour, bool Translucent), (double Area, int Shapes)>();
        foreach (var shape in XDocument.Parse(svg).Descendants().Where(e => ShapeNames.Contains(e.Name.LocalName)))
        {
            var fill = (string?)shape.Attribute("fill");
            if (fill is null || fill.Length != 7 || fill[0] != '#' || shape.Ancestors().Any(a => a.Name.LocalName is "clipPath" or "defs"))
            {
                continue;
            }

            var opacity = Number(shape, "fill-opacity", 1) * Number(shape, "opacity", 1);
            var colour = Blend(int.Parse(fill.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture), opacity);
            if (colour == 0xFFFFFF)
            {
                continue;
            }

            var area = shape.Name.LocalName switch
            {
                "rect" => Number(shape, "width", 0) * Number(shape, "height", 0),
                "circle" => Math.PI * Math.Pow(Number(shape, "r", 0), 2),
                _ => 0,
            };
            var key = (colour, opacity < 1);
            var sum = paints.GetValueOrDefault(key);
            paints[key] = (sum.Area + area, sum.Shapes + 1);
        }

        return paints.Select(p => new ChartPaint(p.Key.Colour, p.Key.Translucent, p.Value.Area, p.Value.Shapes)).ToArray();
    }

    public override string ToString() => FormattableString.Invariant($"#{Colour:X6}{(Translucent ? " (translucent)" : string.Empty)} on {Shapes} shape(s), {Area:0} px² declared");

    private static double Number(XElement element, string name, double missing)
        => (string?)element.Attribute(name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : missing;

    private static int Blend(int colour, double opacity)
    {
        int Channel(int shift) => (int)Math.Round((((colour >> shift) & 0xFF) * opacity) + (255 * (1 - opacity)));
        return (Channel(16) << 16) | (Channel(8) << 8) | Channel(0);
    }
}
