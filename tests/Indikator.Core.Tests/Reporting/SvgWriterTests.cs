using System.Xml.Linq;
using Indikator.Core.Reporting.Charts;

namespace Indikator.Core.Tests.Reporting;

public class SvgWriterTests
{
    [Fact]
    public void Writes_escaped_well_formed_SVG_with_invariant_numbers()
    {
        using var scope = new CultureScope("nb-NO");
        var svg = new SvgWriter(100.5, 50, "c<1>", "Title <&>", "Desc")
            .OpenGroup("g")
            .Line(0.125, 1, 2.5, 3, "stroke=\"#000\"")
            .Circle(10, 10, 3, "fill=\"#000\"", "point", "tip <&>")
            .Text(5, 5, "a < b & c", "middle", rotate: -90)
            .Polyline([(0, 0), (1.25, 2.004)], "stroke=\"#000\"")
            .CloseGroup()
            .ToString();

        var root = XDocument.Parse(svg).Root!;
        Assert.Equal("0 0 100.5 50", (string?)root.Attribute("viewBox"));
        Assert.Equal("Title <&>", root.Element(HtmlChecks.Svg + "title")!.Value);
        Assert.Equal("0.13", (string?)root.Descendants(HtmlChecks.Svg + "line").Single().Attribute("x1"));
        Assert.Equal("tip <&>", root.Descendants(HtmlChecks.Svg + "circle").Single().Element(HtmlChecks.Svg + "title")!.Value);
        Assert.Equal("a < b & c", root.Descendants(HtmlChecks.Svg + "text").Single().Value);
        Assert.Equal("0,0 1.25,2", (string?)root.Descendants(HtmlChecks.Svg + "polyline").Single().Attribute("points"));
    }

    [Theory]
    [InlineData(-0.001, "0")]
    [InlineData(12.0, "12")]
    [InlineData(1234.567, "1234.57")]
    public void Numbers_are_rounded_to_two_decimals_without_negative_zero(double value, string expected)
        => Assert.Equal(expected, SvgWriter.Num(value));

    [Fact]
    public void Polylines_with_fewer_than_two_points_are_skipped()
        => Assert.DoesNotContain("polyline", new SvgWriter(10, 10, "c", "t", "d").Polyline([(1, 1)], "stroke=\"#000\"").ToString(), StringComparison.Ordinal);
}
