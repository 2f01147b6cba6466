using System.Globalization;
using System.Xml.Linq;

namespace Indikator.Core.Tests.Reporting;

/// <summary>Reads drawn elements back out of a chart's SVG.</summary>
internal static class SvgParts
{
    public static XElement Parse(string svg) => XDocument.Parse(svg).Root!;

    public static IEnumerable<XElement> WithClass(XElement root, string name)
        => root.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(name) == true);

    public static double Number(XElement element, string attribute)
        => double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    public static (double Left, double Top, double Right, double Bottom) PlotArea(XElement root)
    {
        var rect = WithClass(root, "plot-area").Single();
        var x = Number(rect, "x");
        var y = Number(rect, "y");
        return (x, y, x + Number(rect, "width"), y + Number(rect, "height"));
    }

    public static IReadOnlyList<string> Texts(XElement root)
        => root.Descendants(HtmlChecks.Svg + "text").Select(t => t.Value).ToArray();
}
