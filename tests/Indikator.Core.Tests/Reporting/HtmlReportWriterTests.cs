using System.Xml.Linq;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Charts;
using Indikator.Core.Reporting.Writers;

namespace Indikator.Core.Tests.Reporting;

public class HtmlReportWriterTests
{
    private static Report WithHostileLabels()
    {
        var table = new ReportTableBuilder("Offices <&> \"quoted\"")
            .WithSuppressionThreshold(5)
            .AddColumn("office", "Office <b>", ReportColumnKind.Text)
            .AddColumn("share", "Share & more", ReportColumnKind.Percent)
            .AddRow(ReportCell.FromText("<script>alert(1)</script>"), ReportCell.FromNumber(0.452))
            .AddRow(ReportCell.FromText("A & B"), ReportCell.Suppressed)
            .Build();
        var funnel = new FunnelPlot("Funnel <&>", [new FunnelChartPoint("<x&y>", 100, 0.1), new FunnelChartPoint("Frogn", 50, -0.05)], 0)
        {
            HighlightLabel = "<x&y>",
            Limits = [FunnelChartLimits.FromFunction("95 %", n => (-1 / Math.Sqrt(n), 1 / Math.Sqrt(n)), 1, 120)],
        };
        var bars = new BarChart("Bars <&>", [new BarChartItem("P<1>", 0.3, 0.2), new BarChartItem("Q&R", 0.5)]) { ReferenceValue = 0.4, HighlightLabel = "Q&R" };
        var line = new LineChart("Line <&>", ["2026-01", "2026-02"], [new LineSeries("S<&>", [0.1, 0.2], [0, 0.1], [0.2, 0.3])]);
        return new ReportBuilder("Report <&>", ReportSamples.GeneratedAt)
            .AddNote("Note <&>")
            .AddChart(funnel).AddChart(bars).AddChart(line)
            .AddTable(table)
            .Build();
    }

    [Fact]
    public void Every_SVG_part_is_well_formed_XML_with_title_and_description()
    {
        var html = HtmlReportWriter.ToHtml(WithHostileLabels());

        var svgs = HtmlChecks.SvgElements(html);
        Assert.Equal(3, svgs.Count);
        foreach (var svg in svgs)
        {
            var root = XDocument.Parse(svg).Root!;
            Assert.Equal("img", (string?)root.Attribute("role"));
            var id = (string)root.Attribute("id")!;
            Assert.Equal($"{id}-title {id}-desc", (string?)root.Attribute("aria-labelledby"));
            Assert.False(string.IsNullOrWhiteSpace(root.Element(HtmlChecks.Svg + "title")!.Value));
            Assert.False(string.IsNullOrWhiteSpace(root.Element(HtmlChecks.Svg + "desc")!.Value));
        }

        Assert.Equal(3, svgs.Select(s => (string)XDocument.Parse(s).Root!.Attribute("id")!).Distinct().Count());
    }

    [Fact]
    public void Labels_are_escaped_everywhere()
    {
        var html = HtmlReportWriter.ToHtml(WithHostileLabels());

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<title>Report &lt;&amp;&gt;</title>", html, StringComparison.Ordinal);
        Assert.Contains("Offices &lt;&amp;&gt; &quot;quoted&quot;", html, StringComparison.Ordinal);
        Assert.Contains("Share &amp; more", html, StringComparison.Ordinal);
        Assert.Contains("&lt;x&amp;y&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Note &lt;&amp;&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_have_captions_scoped_headers_and_a_suppression_footnote()
    {
        var html = HtmlReportWriter.ToHtml(WithHostileLabels());

        Assert.Contains("<caption>Table 1. Offices", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Office &lt;b&gt;</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" class=\"num\">Share &amp; more</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">A &amp; B</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num suppressed\"><abbr title=\"suppressed: fewer than 5 persons\">:</abbr></td>", html, StringComparison.Ordinal);
        Assert.Contains("<li>: suppressed: fewer than 5 persons</li>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">45.2%</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_is_self_contained_without_scripts_or_external_urls()
    {
        var html = HtmlReportWriter.ToHtml(ReportSamples.Example());

        Assert.Empty(HtmlChecks.ExternalReferences(html));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(http", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_external_reference_check_would_catch_a_remote_image()
        => Assert.Single(HtmlChecks.ExternalReferences("<img src=\"https://example.org/x.png\"><a href='#t'>x</a>"));

    [Fact]
    public void Norwegian_option_translates_fixed_texts_and_number_formatting()
    {
        var html = HtmlReportWriter.ToHtml(WithHostileLabels(), new HtmlReportOptions { Language = ReportLanguage.Norwegian });

        Assert.Contains("<html lang=\"nb\">", html, StringComparison.Ordinal);
        Assert.Contains("<li>: prikket: færre enn 5 personer</li>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">45,2\u00A0%</td>", html, StringComparison.Ordinal);
        Assert.Contains("Merknader", html, StringComparison.Ordinal);
        Assert.Contains("Tabell 1.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_deterministic_and_shows_the_given_generation_time()
    {
        var report = WithHostileLabels();

        var first = HtmlReportWriter.ToHtml(report);
        string second;
        using (new CultureScope("de-DE"))
        {
            second = HtmlReportWriter.ToHtml(report);
        }

        Assert.Equal(first, second);
        Assert.Contains("<time datetime=\"2026-11-02T06:30:00+00:00\">2026-11-02 06:30 UTC</time>", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_values_show_two_dots_with_a_footnote_and_never_zero()
    {
        var html = HtmlReportWriter.ToHtmlFragment(ReportSamples.Small());

        Assert.Contains("<td class=\"num not-available\">..</td>", html, StringComparison.Ordinal);
        Assert.Contains("<li>.. : no value</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">0<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_contents_list_links_to_every_figure_and_table()
    {
        var html = HtmlReportWriter.ToHtml(WithHostileLabels());

        foreach (var anchor in new[] { "figure-1", "figure-2", "figure-3", "table-1" })
        {
            Assert.Contains($"href=\"#{anchor}\"", html, StringComparison.Ordinal);
            Assert.Contains($"id=\"{anchor}\"", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<nav", HtmlReportWriter.ToHtml(WithHostileLabels(), new HtmlReportOptions { IncludeContents = false }), StringComparison.Ordinal);
    }

    [Fact]
    public void Fragments_of_different_reports_do_not_share_element_ids()
    {
        static IEnumerable<string> Ids(Report report)
        {
            using var writer = new StringWriter();
            HtmlReportWriter.WriteFragment(report, writer);
            return System.Text.RegularExpressions.Regex.Matches(writer.ToString(), "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToArray();
        }

        var first = Ids(WithHostileLabels()).ToArray();
        var second = Ids(ReportSamples.Example()).ToArray();

        Assert.Contains(first, id => id.EndsWith("chart-1-clip", StringComparison.Ordinal));
        Assert.Empty(first.Intersect(second));
        Assert.Equal(first.Length, first.Distinct().Count());
        Assert.Equal(first, Ids(WithHostileLabels()));
    }
}
