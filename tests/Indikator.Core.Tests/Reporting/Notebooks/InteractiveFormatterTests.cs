using Indikator.Core.Indicators.Disclosure;
using Indikator.Core.Indicators;
using Indikator.Core.Indicators.Providers;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Charts;
using Indikator.Core.RiskAdjustment;
using Indikator.Core.Tests.Reporting.Composition;
using Microsoft.DotNet.Interactive.Formatting;

namespace Indikator.Core.Tests.Reporting.Notebooks;

/// <summary>
/// Displays the package's results through the real .NET Interactive formatter (Microsoft.DotNet.Interactive.Formatting,
/// referenced by the tests only), which must find the library's convention-based formatter source by itself.
/// </summary>
public class InteractiveFormatterTests
{
    private static string Html(object value)
    {
        var html = value.ToDisplayString(HtmlFormatter.MimeType);
        Assert.StartsWith("<style>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"indikator-report\">", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        return html;
    }

    [Fact]
    public void The_formatter_prefers_HTML_for_every_result_type()
    {
        var work = CompositionFixture.Data.Work;
        object[] values = [ReportSamples.Small(), CompositionFixture.Data.Report, work, work.Table("jobb3", "office"), work.Comparison("jobb3", "office"), work.Model("jobb3")];

        foreach (var value in values)
        {
            _ = value.ToDisplayString(HtmlFormatter.MimeType);
            Assert.Equal(HtmlFormatter.MimeType, Formatter.GetPreferredMimeTypesFor(value.GetType()).First());
        }
    }

    [Fact]
    public void ReportTable_displays_with_escaped_text_and_suppression_marks()
    {
        var html = Html(ReportSamples.Small());

        Assert.Contains("<caption>Work indicator by office", html, StringComparison.Ordinal);
        Assert.Contains("Ås, &quot;sør&quot;", html, StringComparison.Ordinal);
        Assert.Contains("<abbr title=\"suppressed: fewer than 5 persons\">:</abbr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_displays_its_charts_and_tables()
    {
        var report = CompositionFixture.Data.Report;
        var html = Html(report);

        Assert.Equal(report.Charts.Count, HtmlChecks.SvgElements(html).Count);
        Assert.Contains("<abbr title=\"suppressed: fewer than 40 persons\">:</abbr>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
    }

    [Fact]
    public void LinearModelResult_displays_a_coefficient_table_not_the_object_dump()
    {
        var fit = CompositionFixture.Data.Work.Model("jobb3");
        var html = Html(fit);

        Assert.Contains("<caption>Linear model: ", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">prior_hours</th>", html, StringComparison.Ordinal);
        Assert.Contains(fit.CovarianceDescription, html, StringComparison.Ordinal);
        Assert.Equal(fit.Coefficients.Count + fit.Dropped.Count, Count(html, "<th scope=\"row\">"));
        Assert.DoesNotContain("ConditionNumber", html, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkIndicatorTable_displays_pooled_rows_with_suppressed_offices_as_colons()
    {
        var table = CompositionFixture.Data.Work.Table("jobb3", "office");
        var pooled = table.Rows.Where(r => r.Month is null).ToArray();
        var suppressed = pooled.Where(r => r.Status != SuppressionStatus.Published).ToArray();
        var html = Html(table);

        Assert.NotEmpty(suppressed);
        Assert.Equal(pooled.Length, Count(html, "<th scope=\"row\">"));
        Assert.Equal(suppressed.Length * 8, Count(html, ">:</abbr>"));
        Assert.Contains("<li>: suppressed by disclosure control", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">" + suppressed[0].Unit + "</th>", html, StringComparison.Ordinal);
        Assert.Contains("not a causal effect", html, StringComparison.Ordinal);
    }

    [Fact]
    public void UnitComparison_displays_the_funnel_plot_and_the_shrinkage_table()
    {
        var comparison = CompositionFixture.Data.Work.Comparison("jobb3", "office");
        var html = Html(comparison);

        Assert.Single(HtmlChecks.SvgElements(html));
        Assert.Contains("<caption>Shrinkage and funnel limits: ", html, StringComparison.Ordinal);
        Assert.Equal(comparison.Rows.Count, Count(html, "<th scope=\"row\">"));
        Assert.Equal(comparison.Rows.Count(r => r.Status != SuppressionStatus.Published) * 8, Count(html, ">:</abbr>"));
    }

    [Fact]
    public void Two_displays_of_one_chart_get_different_element_ids()
    {
        var comparison = CompositionFixture.Data.Work.Comparison("jobb3", "office");

        var first = HtmlChecks.SvgElements(Html(comparison)).Single();
        var second = HtmlChecks.SvgElements(Html(comparison)).Single();

        Assert.NotEqual(IdOf(first), IdOf(second));
    }

    [Fact]
    public void WorkIndicatorResult_displays_the_national_level_and_the_list_of_tables()
    {
        var work = CompositionFixture.Data.Work;
        var html = Html(work);

        Assert.Contains("<caption>National level per outcome", html, StringComparison.Ordinal);
        Assert.Contains("<caption>Computed tables", html, StringComparison.Ordinal);
        Assert.Contains("fewer than 40 persons are suppressed", html, StringComparison.Ordinal);
        Assert.Equal(work.Tables.Count + work.Options.Outcomes.Count, Count(html, "<th scope=\"row\">"));
    }

    [Fact]
    public void Scorecard_displays_top_providers_average_and_own_result_with_names_escaped()
    {
        const string own = "Egen <bedrift> & Co";
        List<ProviderIndicatorResult> results =
        [
            new(ProviderIndicator.PlacementPartners, "Ny jobb AS", null, 2024, 400, 400, 0),
            new(ProviderIndicator.PlacementPartners, "Von \"AS\"", null, 2024, 350, 350, 0),
            new(ProviderIndicator.PlacementPartners, "Bro AS", null, 2024, 231, 231, 0),
            new(ProviderIndicator.PlacementPartners, own, null, 2024, 140, 140, 0),
            new(ProviderIndicator.PlacementPartners, own, null, 2023, 135, 135, 0),
        ];
        var card = Scorecard.Create(results, ProviderIndicator.PlacementPartners, null, 2024, own, new ScorecardOptions { TopCount = 2 });
        var html = Html(card);

        Assert.Contains("<caption>Scorecard: ", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Von &quot;AS&quot;</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Egen &lt;bedrift&gt; &amp; Co (own)</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Egen &lt;bedrift&gt; &amp; Co (own), 2023</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">National average (4 providers)</th>", html, StringComparison.Ordinal);
        Assert.Contains("280.3", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<bedrift>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_displays_as_a_figure()
    {
        var chart = new BarChart("Bars <&>", [new BarChartItem("a", 1, null), new BarChartItem("b", 2, null)]);
        var html = chart.ToDisplayString(HtmlFormatter.MimeType);

        Assert.Single(HtmlChecks.SvgElements(html));
        Assert.Contains("<figcaption>Figure 1. Bars &lt;&amp;&gt;</figcaption>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_types_keep_the_default_formatter()
    {
        var html = new Coefficient("x", 1, 2, 3, 0.5).ToDisplayString(HtmlFormatter.MimeType);

        Assert.DoesNotContain("indikator-report", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string IdOf(string svg) => System.Xml.Linq.XElement.Parse(svg).Attribute("id")!.Value;
}
