using Indikator.Core.Indicators.Disclosure;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Charts;
using Indikator.Core.Reporting.Composition;

namespace Indikator.Core.Tests.Reporting.Composition;

/// <summary>The national time series that opens the report, and the variant every table and chart names.</summary>
public sealed partial class IndicatorReportTests
{
    [Fact]
    public void The_report_opens_with_the_national_contribution_per_month_and_its_interval_band()
    {
        var run = CompositionFixture.Data;
        var chart = Assert.IsType<LineChart>(run.Report.Charts[0]);
        Assert.StartsWith("National NAV contribution per month", chart.Title, StringComparison.Ordinal);
        var months = run.Work.Table("jobb3", "country").Rows.Where(r => r.Month is not null).OrderBy(r => r.Month!.Value).ToArray();
        Assert.Equal(months.Select(r => r.Month!.Value.ToString()), chart.Periods);
        var series = chart.Series[0];
        Assert.NotNull(series.Lower);
        for (var i = 0; i < months.Length; i++)
        {
            Assert.Equal(SuppressionStatus.Published, months[i].Status);
            Assert.Equal(months[i].Contribution!.Value, series.Values[i]);
            Assert.Equal(months[i].Lower!.Value, series.Lower![i]);
            Assert.Equal(months[i].Upper!.Value, series.Upper![i]);
            Assert.True(months[i].StandardError > 0);
        }

        // By definition the months' contributions, weighted by person-months, average to the pooled national one, 0.
        var weighted = months.Sum(r => r.PersonMonths!.Value * r.Contribution!.Value) / months.Sum(r => r.PersonMonths!.Value);
        Assert.Equal(0, weighted, 12);
        Assert.Contains(months, r => Math.Abs(r.Contribution!.Value) > 1e-4);

        var table = run.Report.Tables[0];
        Assert.Equal("National contribution per month: jobb3: In work 3 months later", table.Title);
        Assert.Equal(months.Length, table.Rows.Count);
        Assert.Equal(months[0].Contribution, table.Rows[0][table.IndexOf("contribution")].Number);
        Assert.Equal(months[^1].Upper, table.Rows[^1][table.IndexOf("upper")].Number);
    }

    [Fact]
    public void Compared_within_the_month_the_report_has_no_national_time_series()
    {
        var run = CompositionFixture.Data;
        var work = WorkIndicators.Compute(run.Panel, new WorkIndicatorOptions
        {
            Outcomes = ["jobb3"],
            FixedEffectLevels = [],
            MinimumPersons = CompositionFixture.MinimumPersons,
            Model = WorkRiskModelSpec.Default with { CompareWithinMonth = true },
        });
        var report = IndicatorReport.Compose(work, null, CompositionFixture.Options with { Providers = null });
        Assert.IsType<FunnelPlot>(report.Charts[0]);
        Assert.DoesNotContain(report.Tables, t => t.Title.StartsWith("National contribution per month", StringComparison.Ordinal));
        Assert.Contains(report.Notes, n => n.Contains("compare within the same month", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_table_and_chart_of_the_new_indicator_names_its_variant()
    {
        var report = CompositionFixture.Data.Report;
        foreach (var chart in report.Charts.Where(c => c is not BarChart))
        {
            Assert.EndsWith("[NAV's mean residual, raw]", chart.Title, StringComparison.Ordinal);
        }

        // The legacy measure's own table is not the new indicator: it has no variant.
        foreach (var table in report.Tables.Where(t => !t.Title.StartsWith("Scorecard", StringComparison.Ordinal) && t.Title != "National level per outcome"
            && t.Title != ReportText.LegacyOutcomesTitle(ReportLanguage.English)))
        {
            Assert.Contains("Variant: NAV's mean residual, raw", table.Description, StringComparison.Ordinal);
        }

        Assert.Contains("'Shrunken' is the same contribution shrunk", report.Tables.Single(t => t.Title == OfficeTitle).Description, StringComparison.Ordinal);
    }
}
