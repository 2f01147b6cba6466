using Indikator.Core.Indicators;
using Indikator.Core.Indicators.Disclosure;
using System.Text;
using System.Text.Json;
using Indikator.Core.Data;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Charts;
using Indikator.Core.Reporting.Composition;
using Indikator.Core.Reporting.Writers;
using Indikator.Core.Synthetic;

namespace Indikator.Core.Tests.Reporting.Composition;

/// <summary>The composed report of <see cref="IndicatorReport"/> on a small synthetic run (<see cref="CompositionFixture"/>).</summary>
public sealed partial class IndicatorReportTests
{
    private const string OfficeTitle = "Offices: jobb3: In work 3 months later";

    [Fact]
    public void The_office_by_need_category_table_has_a_column_per_category_and_carries_suppression()
    {
        var run = CompositionFixture.Data;
        var table = run.Report.Tables.Single(t => t.Title == "Offices by need category: jobb3: In work 3 months later");
        Assert.Equal(["office", "region", "need_category", "persons"], table.Columns.Take(4).Select(c => c.Name));
        var source = run.Work.Table("jobb3", "office_need_category");
        var pooled = source.Rows.Where(r => r.Month is null).ToArray();
        var regions = run.Data.Offices.ToDictionary(o => o.Name, o => o.Region);
        Assert.Equal(pooled.Length, table.Rows.Count);
        for (var i = 0; i < pooled.Length; i++)
        {
            var labels = source.Labels(pooled[i].Unit);
            Assert.Equal(labels[0], table.Rows[i][0].Text);
            Assert.Equal(regions[labels[0]], table.Rows[i][1].Text);
            Assert.Equal(labels[1], table.Rows[i][2].Text);
            var shown = table.Rows[i][table.IndexOf("contribution")].Status;
            Assert.Equal(pooled[i].Status == SuppressionStatus.Published ? CellStatus.Published : CellStatus.Suppressed, shown);
        }

        Assert.Contains(pooled, r => r.Status != SuppressionStatus.Published);
    }

    [Fact]
    public void The_report_has_the_tables_charts_and_notes_of_every_section()
    {
        var report = CompositionFixture.Data.Report;
        Assert.Equal(
            [
                "National contribution per month: jobb3: In work 3 months later",
                "National level per outcome",
                OfficeTitle,
                "Regions: jobb3: In work 3 months later",
                "Need categories: jobb3: In work 3 months later",
                "Regions by need category: jobb3: In work 3 months later",
                "Offices by need category: jobb3: In work 3 months later",
                "Legacy measure beside the new indicator: offices",
                "Legacy measure beside the new indicator: regions",
                "Legacy measure: status six months after exit",
                "Scorecard: Placement into work, Avklaring, 2025 (synthetic providers)",
                "Scorecard: Work-placement partners, 2025 (synthetic providers)",
            ],
            report.Tables.Select(t => t.Title));
        Assert.IsType<LineChart>(report.Charts[0]);
        Assert.IsType<FunnelPlot>(report.Charts[1]);
        Assert.IsType<LineChart>(report.Charts[2]);
        Assert.IsType<BarChart>(report.Charts[3]);
        Assert.IsType<BarChart>(report.Charts[4]);
        Assert.Equal(5, report.Charts.Count);
        Assert.Contains(report.Notes, n => n.StartsWith("The contribution is relative: better or worse than the average over the whole observation period", StringComparison.Ordinal));
        Assert.Contains(report.Notes, n => n.StartsWith("The NAV contribution (NAV-bidraget) is not a causal effect", StringComparison.Ordinal));
        Assert.Contains(report.Notes, n => n.Contains("fewer than 40 persons", StringComparison.Ordinal));
        Assert.Contains(report.Notes, n => n.StartsWith("Data source: Synthetic data", StringComparison.Ordinal));
        Assert.Contains(report.Notes, n => n.Contains("conditions on exit", StringComparison.Ordinal));
        Assert.Contains(report.Notes, n => n.Contains("synthetic provider data", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_office_row_matches_the_indicator_table_and_its_region()
    {
        var run = CompositionFixture.Data;
        var table = run.Report.Tables.Single(t => t.Title == OfficeTitle);
        var source = run.Work.Table("jobb3", "office");
        var comparison = run.Work.Comparison("jobb3", "office");
        var regions = run.Data.Offices.ToDictionary(o => o.Name, o => o.Region);
        var pooled = source.Rows.Where(r => r.Month is null).ToArray();
        Assert.Equal(pooled.Length, table.Rows.Count);
        Assert.Equal(ReportColumnKind.Percent, table.Columns[table.IndexOf("actual")].Kind);
        Assert.All(["contribution", "lower", "upper", "shrunken"], key => Assert.Equal(ReportColumnKind.PercentagePoints, table.Columns[table.IndexOf(key)].Kind));
        for (var i = 0; i < pooled.Length; i++)
        {
            var row = table.Rows[i];
            Assert.Equal(pooled[i].Unit, row[0].Text);
            Assert.Equal(regions[pooled[i].Unit], row[1].Text);
            if (pooled[i].Status == SuppressionStatus.Published)
            {
                Assert.Equal(pooled[i].Persons, row[table.IndexOf("persons")].Number);
                Assert.Equal(pooled[i].Contribution, row[table.IndexOf("contribution")].Number);
                Assert.Equal(pooled[i].Lower, row[table.IndexOf("lower")].Number);
                Assert.Equal(pooled[i].Upper, row[table.IndexOf("upper")].Number);
                var c = comparison.Rows.Single(r => r.Unit == pooled[i].Unit);
                Assert.Equal(c.Shrunken, row[table.IndexOf("shrunken")].Number);
                Assert.Equal(c.Reliability, row[table.IndexOf("reliability")].Number);
            }
            else
            {
                Assert.All(row.Skip(2), cell => Assert.Equal(CellStatus.Suppressed, cell.Status));
            }
        }
    }

    [Fact]
    public void Primary_and_secondary_suppression_both_appear_as_suppressed_cells()
    {
        var run = CompositionFixture.Data;
        var table = run.Report.Tables.Single(t => t.Title == OfficeTitle);
        var pooled = run.Work.Table("jobb3", "office").Rows.Where(r => r.Month is null).ToArray();
        var statuses = pooled.Select(r => r.Status).ToHashSet();

        // The fixture's threshold is high enough that both kinds occur; otherwise the test would prove nothing.
        Assert.Contains(SuppressionStatus.PrimarySuppressed, statuses);
        Assert.Contains(SuppressionStatus.Published, statuses);
        for (var i = 0; i < pooled.Length; i++)
        {
            var shown = table.Rows[i][table.IndexOf("contribution")].Status;
            Assert.Equal(pooled[i].Status == SuppressionStatus.Published ? CellStatus.Published : CellStatus.Suppressed, shown);
        }
    }

    [Fact]
    public void Offices_with_fewer_than_the_minimum_persons_are_suppressed_in_every_format()
    {
        var run = CompositionFixture.Data;
        var small = SmallOffices(run);
        Assert.NotEmpty(small);
        var table = run.Report.Tables.Single(t => t.Title == OfficeTitle);
        var csvLines = CsvReportWriter.ToCsv(table).Split("\r\n");
        using var json = JsonDocument.Parse(JsonReportWriter.ToJson(table));
        var jsonRows = json.RootElement.GetProperty("rows").EnumerateArray().ToArray();
        var html = HtmlReportWriter.ToHtml(run.Report);
        var funnel = (FunnelPlot)run.Report.Charts[1];
        foreach (var office in small)
        {
            var index = Enumerable.Range(0, table.Rows.Count).Single(i => table.Rows[i][0].Text == office);
            var fields = csvLines[index + 1].Split(',');
            Assert.Equal(office, fields[0]);
            Assert.All(fields.Skip(2), f => Assert.Equal(":", f));
            var cells = jsonRows[index].EnumerateArray().Skip(2).ToArray();
            Assert.All(cells, c =>
            {
                Assert.Equal(JsonValueKind.Null, c.GetProperty("value").ValueKind);
                Assert.Equal("suppressed", c.GetProperty("status").GetString());
            });
            Assert.DoesNotContain(funnel.Points, p => p.Label == office);
            Assert.Contains(office, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_legacy_table_shows_the_legacy_share_and_the_contribution_of_the_same_office()
    {
        var run = CompositionFixture.Data;
        var table = run.Report.Tables.Single(t => t.Title == "Legacy measure beside the new indicator: offices");
        var shares = run.Legacy.Aggregate(ColumnNames.Office).Rows.ToDictionary(r => r.Levels[0]!);
        var work = run.Work.Table("jobb3", "office");
        var checkedRows = 0;
        foreach (var row in table.Rows.Take(table.Rows.Count - 1))
        {
            var office = row[0].Text!;
            var share = shares[office];
            if (share.Exits < CompositionFixture.MinimumPersons)
            {
                Assert.Equal(CellStatus.Suppressed, row[table.IndexOf("legacy_share")].Status);
                Assert.Equal(CellStatus.Suppressed, row[table.IndexOf("legacy_exits")].Status);
            }
            else if (row[table.IndexOf("legacy_share")].Number is { } published)
            {
                Assert.Equal(share.Share, published);
                checkedRows++;
            }

            var own = work.Find(office, null)!;
            Assert.Equal(own.Status == SuppressionStatus.Published ? own.Contribution : null, row[table.IndexOf("contribution")].Number);
        }

        Assert.True(checkedRows > 20);
        var total = table.Rows[^1];
        Assert.Equal(WorkUnitLevel.CountryUnit, total[0].Text);
        Assert.Equal(run.Legacy.Share, total[table.IndexOf("legacy_share")].Number);
        Assert.Contains(table.Notes, n => n.Contains("not adjusted", StringComparison.Ordinal));
    }

    [Fact]
    public void The_funnel_plot_uses_the_comparison_curve_and_highlights_the_largest_office()
    {
        var run = CompositionFixture.Data;
        var funnel = (FunnelPlot)run.Report.Charts[1];
        var comparison = run.Work.Comparison("jobb3", "office");
        Assert.Equal(comparison.Rows.Count(r => r.Status == SuppressionStatus.Published), funnel.Points.Count);
        Assert.Equal(2, funnel.Limits.Count);
        Assert.Equal(comparison.FunnelCurve.Select(p => p.Upper998), funnel.Limits[1].Upper);
        Assert.Equal(0, funnel.Centre);
        Assert.Equal(ReportColumnKind.PercentagePoints, funnel.ValueKind);
        Assert.Equal(FunnelSizeMeasure.PersonMonths, funnel.SizeMeasure);
        Assert.Equal(comparison.Overdispersion, funnel.Overdispersion);
        var row = comparison.Rows.First(r => r.Status == SuppressionStatus.Published);
        Assert.Contains(funnel.Points, p => p.Label == row.Unit && p.Size == row.PersonMonths && p.Persons == row.Persons);
        var largest = comparison.Rows.Where(r => r.Persons is not null).MaxBy(r => r.Persons!.Value)!.Unit;
        Assert.Equal(largest, funnel.HighlightLabel);
    }

    [Fact]
    public void The_time_series_follows_the_office_by_month_with_gaps_for_suppressed_months()
    {
        var run = CompositionFixture.Data;
        var office = SmallOfficeWithSomePublishedMonths(run) ?? run.Work.Comparison("jobb3", "office").Rows.First(r => r.Persons is not null).Unit;
        var report = IndicatorReport.Compose(run.Work, null, CompositionFixture.Options with { HighlightOffice = office, Providers = null });
        var chart = Assert.IsType<LineChart>(report.Charts[2]);
        var series = chart.Series[0];
        Assert.True(chart.Series[1].IsReference);
        Assert.All(chart.Series[1].Values, v => Assert.Equal(0, v));
        var table = run.Work.Table("jobb3", "office");
        for (var i = 0; i < chart.Periods.Count; i++)
        {
            var row = table.Find(office, YearMonth.Parse(chart.Periods[i], System.Globalization.CultureInfo.InvariantCulture));
            if (row is { Status: SuppressionStatus.Published })
            {
                Assert.Equal(row.Contribution!.Value, series.Values[i]);
                Assert.Equal(row.Lower!.Value, series.Lower![i]);
            }
            else
            {
                Assert.True(double.IsNaN(series.Values[i]));
            }
        }
    }

    [Fact]
    public void The_html_has_no_external_references_and_is_byte_identical_for_the_same_input()
    {
        var run = CompositionFixture.Data;
        var again = IndicatorReport.Compose(run.Work, run.Legacy, CompositionFixture.Options);
        var first = HtmlReportWriter.ToHtml(run.Report);
        var second = HtmlReportWriter.ToHtml(again);
        Assert.Empty(HtmlChecks.ExternalReferences(first));
        Assert.Equal(Encoding.UTF8.GetBytes(first), Encoding.UTF8.GetBytes(second));
        Assert.Equal(JsonReportWriter.ToJson(run.Report), JsonReportWriter.ToJson(again));

        var later = IndicatorReport.Compose(run.Work, run.Legacy, CompositionFixture.Options with { GeneratedAt = CompositionFixture.GeneratedAt.AddDays(1) });
        Assert.NotEqual(first, HtmlReportWriter.ToHtml(later));
    }

    /// <summary>Writes the report to a temporary folder, or with INDIKATOR_COMPOSED_REPORT_DIR set to that folder and keeps it (for scripts/render-report.sh).</summary>
    [Fact]
    public void WriteFolder_writes_the_documented_files()
    {
        var run = CompositionFixture.Data;
        var keep = Environment.GetEnvironmentVariable("INDIKATOR_COMPOSED_REPORT_DIR");
        var directory = string.IsNullOrEmpty(keep) ? Path.Combine(Path.GetTempPath(), "indikator-compose-" + Guid.NewGuid().ToString("N")) : keep;
        try
        {
            var files = IndicatorReport.WriteFolder(run.Report, directory);
            Assert.Equal(3 + (2 * run.Report.Tables.Count), files.Count);
            Assert.All(files, f => Assert.True(new FileInfo(f).Length > 0, f));
            Assert.Equal(
                ["report.html", "report.xlsx", "report.json", "national-contribution-per-month-jobb3-in-work-3-months-later.csv", "national-contribution-per-month-jobb3-in-work-3-months-later.json",
                 "national-level-per-outcome.csv", "national-level-per-outcome.json", "offices-jobb3-in-work-3-months-later.csv"],
                files.Take(8).Select(Path.GetFileName));
            var csv = File.ReadAllText(files[7]);
            Assert.Contains(",:,", csv, StringComparison.Ordinal);
            Assert.Equal(HtmlReportWriter.ToHtml(run.Report), File.ReadAllText(files[0]));
        }
        finally
        {
            if (string.IsNullOrEmpty(keep))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public void An_outcome_that_was_not_computed_is_refused()
    {
        var run = CompositionFixture.Data;
        var error = Assert.Throws<ArgumentException>(() => IndicatorReport.Compose(run.Work, null, CompositionFixture.Options with { Outcome = "atid12" }));
        Assert.Contains("atid12", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Offices whose distinct persons with an observed jobb3, counted directly from the panel, are 1 to minimum - 1.</summary>
    private static List<string> SmallOffices(CompositionFixture.Run run)
    {
        var panel = run.Panel;
        var office = panel.Categorical(ColumnNames.Office);
        var codes = office.Codes.Span;
        var keys = panel.PersonKeyArray;
        var y = panel.Numeric("jobb3").Values.Span;
        var persons = new HashSet<long>[office.LevelCount];
        for (var i = 0; i < codes.Length; i++)
        {
            if (!double.IsNaN(y[i]))
            {
                (persons[codes[i]] ??= []).Add(keys[i]);
            }
        }

        var small = new List<string>();
        for (var o = 0; o < office.LevelCount; o++)
        {
            if (persons[o] is { Count: > 0 and < CompositionFixture.MinimumPersons })
            {
                small.Add(office.Levels[o]);
            }
        }

        return small;
    }

    private static string? SmallOfficeWithSomePublishedMonths(CompositionFixture.Run run)
    {
        var table = run.Work.Table("jobb3", "office");
        return table.Rows
            .Where(r => r.Month is null && r.Status == SuppressionStatus.Published)
            .Select(r => r.Unit)
            .FirstOrDefault(u => table.Rows.Any(r => r.Unit == u && r.Month is not null && r.Status != SuppressionStatus.Published)
                                 && table.Rows.Any(r => r.Unit == u && r.Month is not null && r.Status == SuppressionStatus.Published));
    }

    [Fact]
    public void Scorecard_tables_show_no_result_of_fewer_than_the_minimum_persons_and_name_the_previous_year()
    {
        var report = CompositionFixture.Data.Report;
        var table = report.Tables.Single(t => t.Title.StartsWith("Scorecard: Placement into work", StringComparison.Ordinal));
        Assert.Equal(["rank", "provider", "value", "basis", "previous", "previous_year"], table.Columns.Select(c => c.Name));
        var basis = table.IndexOf("basis");
        foreach (var row in table.Rows.Where(r => r[1].Text != "National average"))
        {
            // A shown value has a basis (leavers) of at least the minimum, 5; otherwise both are suppressed.
            Assert.True(row[basis].Number is >= 5 || (row[basis].Status == CellStatus.Suppressed && row[2].Status == CellStatus.Suppressed));
            Assert.True(row[4].Status != CellStatus.Published || row[5].Number is < 2025);
        }
    }
}
