using System.Text.Json;
using Indikator.Core.Data;
using Indikator.Core.Evaluation;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Charts;
using Indikator.Core.Reporting.Composition;
using Indikator.Core.Reporting.Notebooks;

namespace Indikator.Core.Tests.Reporting.Composition;

public sealed class TrialSectionTests
{
    private static readonly Lazy<TrialEvaluationResult> Matched = new(() => Evaluate(given: false));

    private static readonly Lazy<TrialEvaluationResult> Given = new(() => Evaluate(given: true));

    /// <summary>Two trial offices of the fixture's synthetic run, starting in its sixth month, with matched or given controls.</summary>
    private static TrialEvaluationResult Evaluate(bool given)
    {
        var run = CompositionFixture.Data;
        var offices = run.Data.Offices.OrderByDescending(o => o.SizeShare).ThenBy(o => o.Name, StringComparer.Ordinal).Select(o => o.Name).ToArray();
        var start = run.Data.FirstMonth.AddMonths(5);
        var spec = new TrialSpec([new(offices[0], start), new(offices[1], start)])
        {
            ControlsPerTrialOffice = 2,
            MatchingMonths = 5,
            Leads = 3,
            Lags = 3,
            BootstrapReplications = 199,
            Controls = given ? [.. offices.Skip(2).Take(4)] : [],
        };
        return TrialEvaluation.Evaluate(run.Work, spec);
    }

    private static IndicatorReportOptions Options(TrialEvaluationResult trial, ReportLanguage language = ReportLanguage.English)
        => CompositionFixture.Options with { TrialEvaluation = trial, Providers = null, Language = language };

    [Fact]
    public void The_report_gets_the_section_only_when_asked()
    {
        var run = CompositionFixture.Data;
        Assert.DoesNotContain(run.Report.Tables, t => t.Title.StartsWith("Trial", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Report.Charts, c => c.Title.StartsWith("Trial effect", StringComparison.Ordinal));

        var report = IndicatorReport.Compose(run.Work, null, Options(Matched.Value));
        var titles = report.Tables.Select(t => t.Title).ToArray();
        Assert.Contains(titles, t => t.StartsWith("Trial evaluation: jobb3", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("Trial effect by month since the start, with 95 % interval", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("Trial evaluation, placebo test before the start", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("Trial offices against their controls", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("Control offices of the trial", StringComparison.Ordinal));
        var chart = Assert.IsType<LineChart>(report.Charts.Single(c => c.Title.StartsWith("Trial effect by month", StringComparison.Ordinal)));
        Assert.Equal(Matched.Value.EventStudy.Count, chart.Periods.Count);
        Assert.NotNull(chart.Series[0].Lower);
    }

    [Fact]
    public void The_summary_holds_both_estimators_with_the_bootstrap_and_a_reading()
    {
        var result = Matched.Value;
        var table = TrialSection.Summary(result, OutcomeFormat.For(result.Spec.Outcome), ReportLanguage.English);
        Assert.Equal(2, table.Rows.Count);
        Assert.StartsWith("Headline: Sun and Abraham", table.Rows[0][0].Text, StringComparison.Ordinal);
        Assert.Equal(result.Effect.Estimate, table.Rows[0][1].Number);
        Assert.Equal(result.Effect.Bootstrap!.PValue, table.Rows[0][6].Number);
        Assert.Equal(result.Effect.Bootstrap.ConfidenceInterval.Lower, table.Rows[0][7].Number);
        Assert.Equal(result.TwoWayFixedEffects.Estimate, table.Rows[1][1].Number);
        Assert.Equal(result.Effect.Bootstrap.ClusterCount, table.Rows[0][9].Number);
        // The reading rests on the headline's CR2 interval, the one chosen by simulated coverage (docs/evaluation.md).
        var clear = result.Effect.Lower > 0 || result.Effect.Upper < 0;
        Assert.Contains(table.Notes, n => n.StartsWith("Headline (2 trial offices against 4 control offices)", StringComparison.Ordinal)
            && n.Contains(clear ? "The interval excludes 0" : "The interval includes 0", StringComparison.Ordinal));
        Assert.Contains(table.Notes, n => n.StartsWith("All trial offices started in", StringComparison.Ordinal));
    }

    [Fact]
    public void Event_study_points_below_the_threshold_are_suppressed_in_the_table_and_gaps_in_the_chart()
    {
        var result = Matched.Value;
        var format = OutcomeFormat.For(result.Spec.Outcome);
        var counts = result.EventStudy.Where(p => !p.IsReference && p.PersonMonths > 0).Select(p => p.PersonMonths).ToArray();
        var threshold = counts.Min() + 1;
        var table = TrialSection.EventStudy(result, format, threshold, ReportLanguage.English);
        var chart = TrialSection.EventStudyChart(result, format, threshold, ReportLanguage.English)!;
        for (var i = 0; i < result.EventStudy.Count; i++)
        {
            var point = result.EventStudy[i];
            var hidden = !point.IsReference && point.PersonMonths > 0 && point.PersonMonths < threshold;
            Assert.Equal(hidden, table.Rows[i][1].Status == CellStatus.Suppressed);
            Assert.Equal(hidden, table.Rows[i][5].Status == CellStatus.Suppressed);
            Assert.Equal(hidden, double.IsNaN(chart.Series[0].Values[i]) && double.IsFinite(point.Estimate));
        }

        Assert.Contains(table.Rows, r => r[1].Status == CellStatus.Suppressed);
        var open = TrialSection.EventStudy(result, format, 1, ReportLanguage.English);
        Assert.DoesNotContain(open.Rows, r => r.Any(c => c.Status == CellStatus.Suppressed));
        var reference = result.EventStudy.Select((p, i) => (p, i)).Single(x => x.p.IsReference).i;
        Assert.Equal("-1 (reference)", open.Rows[reference][0].Text);
        Assert.Equal(0.0, open.Rows[reference][1].Number);
    }

    [Fact]
    public void Each_office_gets_its_verdict_and_the_count_of_verdicts_is_a_note()
    {
        var result = Matched.Value;
        var table = TrialSection.Offices(result, OutcomeFormat.For(result.Spec.Outcome), ReportLanguage.English);
        Assert.Equal(result.Offices.Count, table.Rows.Count);
        for (var i = 0; i < result.Offices.Count; i++)
        {
            var office = result.Offices[i];
            Assert.Equal(office.Office, table.Rows[i][0].Text);
            Assert.Equal(string.Join(", ", office.Controls), table.Rows[i][2].Text);
            Assert.Equal(office.Effect.Lower, table.Rows[i][4].Number);
            var expected = office.Effect.Lower > 0 ? "Better than its controls" : office.Effect.Upper < 0 ? "Worse than its controls" : "As good as its controls";
            Assert.Equal(expected, table.Rows[i][7].Text);
        }

        var same = result.Offices.Count(o => o.Verdict == TrialVerdict.AsGoodAsControls);
        var better = result.Offices.Count(o => o.Verdict == TrialVerdict.Better);
        Assert.Contains(table.Notes, n => n.StartsWith($"Of 2 trial offices, {same} were as good as their controls, {better} better", StringComparison.Ordinal));
    }

    [Fact]
    public void Matched_controls_show_their_features_and_given_controls_say_they_were_given()
    {
        var matched = Matched.Value;
        var format = OutcomeFormat.For(matched.Spec.Outcome);
        var table = TrialSection.Controls(matched, format, 1, ReportLanguage.English);
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(6, table.Columns.Count);
        Assert.StartsWith("Chosen by the library: for each trial office the 2 nearest offices", table.Description, StringComparison.Ordinal);
        Assert.Equal(matched.Controls[0].Distance, table.Rows[0][2].Number);
        Assert.Equal(matched.Controls[0].PersonMonthsPerMonth, table.Rows[0][5].Number);

        // A size below the threshold counts persons in a month of one office: suppressed.
        var sizes = matched.Controls.Select(c => c.PersonMonthsPerMonth).ToArray();
        var suppressing = TrialSection.Controls(matched, format, (int)Math.Ceiling(sizes.Max()) + 1, ReportLanguage.English);
        Assert.All(suppressing.Rows, r => Assert.Equal(CellStatus.Suppressed, r[5].Status));

        var given = TrialSection.Controls(Given.Value, format, 1, ReportLanguage.English);
        Assert.Equal(2, given.Columns.Count);
        Assert.Equal(8, given.Rows.Count);
        Assert.StartsWith("Given by the user", given.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Norwegian_texts_are_norwegian()
    {
        var result = Matched.Value;
        var run = CompositionFixture.Data;
        var report = IndicatorReport.Compose(run.Work, null, Options(result, ReportLanguage.Norwegian));
        var summary = report.Tables.Single(t => t.Title.StartsWith("Evaluering av forsøk: ", StringComparison.Ordinal));
        Assert.StartsWith("Hovedresultat: Sun og Abrahams", summary.Rows[0][0].Text, StringComparison.Ordinal);
        Assert.Contains(summary.Notes, n => n.StartsWith("Hovedresultat (2 forsøkskontorer mot 4 kontrollkontorer)", StringComparison.Ordinal));
        var offices = report.Tables.Single(t => t.Title.StartsWith("Forsøkskontorene mot sine kontrollkontorer", StringComparison.Ordinal));
        Assert.All(offices.Rows, r => Assert.Contains(r[7].Text, new[] { "Like god som kontrollkontorene", "Bedre enn kontrollkontorene", "Dårligere enn kontrollkontorene" }));
        var chart = Assert.IsType<LineChart>(report.Charts.Single(c => c.Title.StartsWith("Effekt av forsøket etter måneder siden start", StringComparison.Ordinal)));

        // The same check as the whole Norwegian report's: no English word of the composer's vocabulary.
        var texts = new List<string> { chart.Title, chart.YAxisTitle ?? string.Empty };
        texts.AddRange(chart.Series.Select(s => s.Name));
        texts.AddRange(chart.Periods);
        foreach (var table in report.Tables.Skip(report.Tables.Count - 5))
        {
            texts.Add(table.Title);
            texts.Add(table.Description ?? string.Empty);
            texts.AddRange(table.Notes);
            texts.AddRange(table.Columns.Select(c => c.Header));
            texts.AddRange(table.Columns.Select(c => c.Name.Replace('_', ' ')));
            texts.AddRange(table.Rows.SelectMany(r => r).Select(c => c.Text ?? string.Empty).Where(t => !result.Controls.Any(m => t.Contains(m.ControlOffice, StringComparison.Ordinal) || t.Contains(m.TrialOffice, StringComparison.Ordinal))));
        }

        Assert.DoesNotContain(texts, t => IndicatorReportTests.EnglishWord.IsMatch(t));
    }

    [Fact]
    public void Every_format_carries_the_section()
    {
        var run = CompositionFixture.Data;
        var report = IndicatorReport.Compose(run.Work, null, Options(Matched.Value));
        var directory = Path.Combine(Path.GetTempPath(), "indikator-trial-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = IndicatorReport.WriteFolder(report, directory);
            var html = File.ReadAllText(Path.Combine(directory, "report.html"));
            Assert.Contains("Trial evaluation: jobb3", html, StringComparison.Ordinal);
            Assert.Contains("<svg", html, StringComparison.Ordinal);
            using (var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "report.json"))))
            {
                Assert.Contains(json.RootElement.GetProperty("tables").EnumerateArray(), t => t.GetProperty("title").GetString()!.StartsWith("Trial offices against their controls", StringComparison.Ordinal));
            }

            var csv = files.Single(f => Path.GetFileName(f).StartsWith("trial-offices-against-their-controls", StringComparison.Ordinal) && f.EndsWith(".csv", StringComparison.Ordinal));
            Assert.StartsWith("office,start,controls,effect,lower,upper,standard_error,verdict,person_months", File.ReadAllText(csv).TrimStart('\uFEFF'), StringComparison.Ordinal);
            Assert.True(new FileInfo(Path.Combine(directory, "report.xlsx")).Length > 0);
            using var xlsx = System.IO.Compression.ZipFile.OpenRead(Path.Combine(directory, "report.xlsx"));
            Assert.True(xlsx.Entries.Count(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)) >= report.Tables.Count);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void The_notebook_shows_the_chart_and_the_tables()
    {
        using var writer = new StringWriter();
        Assert.True(NotebookViews.TryWrite(Matched.Value, writer));
        var html = writer.ToString();
        Assert.Contains("Trial evaluation: jobb3", html, StringComparison.Ordinal);
        Assert.Contains("Trial offices against their controls", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains(typeof(TrialEvaluationResult), NotebookFormatterSource.FormattedTypes);
    }
}
