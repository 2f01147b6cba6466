using System.Globalization;
using System.Text;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Internal;
using Indikator.Core.Outcomes;
using Indikator.Core.Reporting.Writers;

namespace Indikator.Core.Reporting.Composition;

/// <summary>
/// Turns computed indicators into the user-facing report: the national contribution per month (NAV's headline time
/// series, with its interval), tables per office, region, need category, region x need category and office x need
/// category with suppression marks, a funnel plot of the offices, the monthly contribution of one office, the legacy
/// six-month measure beside the new indicator, optional provider scorecards, and notes on how to read them; in English
/// or Norwegian throughout (<see cref="IndicatorReportOptions.Language"/>); and writes it to a folder.
/// </summary>
/// <remarks>
/// <para>Disclosure control is carried through, not redone: cells that the indicator computation suppressed (primary or
/// secondary) become <see cref="ReportCell.Suppressed"/>, which carries no value, so no format can leak them; suppressed
/// units are left out of the funnel plot and suppressed months are gaps in the time series. The legacy measure, which
/// the outcome module does not suppress, gets primary and secondary suppression on its exit counts here.</para>
/// <para>Every table and chart names the variant it shows (NAV's mean residual, raw; the shrunken column says so).</para>
/// <para>Sections are described in docs/reports.md ("The composed indicator report"). Output depends only on the inputs
/// and the generation time in the options: the same inputs give byte-identical HTML, CSV and JSON.</para>
/// <para>This type is stateless and thread safe.</para>
/// </remarks>
public static class IndicatorReport
{
    /// <summary>The note that the NAV contribution is not a causal effect (English; the Norwegian report has its own).</summary>
    public const string NotCausalNote =
        "The NAV contribution (NAV-bidraget) is not a causal effect. It is the actual outcome minus the outcome expected for the " +
        "same users (age, gender, education, immigrant background, need category, benefit, time registered, prior work) and " +
        "labour market, relative to the average over the whole observation period. Differences can come from " +
        "characteristics the model does not see. Read a high or low value as worth looking into, never as a verdict.";

    /// <summary>The outcome a report shows when the options name none: NAV's headline, in work three months later.</summary>
    public const string DefaultOutcome = Indicators.ColumnNames.Jobb3;

    /// <summary>Composes the report.</summary>
    /// <param name="work">The work indicators (disclosure control applied).</param>
    /// <param name="legacy">The legacy six-month measure, or null to leave out the comparison.</param>
    /// <param name="options">The options: generation time, data source, outcome, highlighted office, providers, language.</param>
    /// <returns>The report. It opens with the national contribution per month (a chart with its interval band and a
    /// table), then the funnel plot of the offices, one office's months, and the tables per level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="work"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The outcome was not computed, or there is no office level in the result.</exception>
    public static Report Compose(WorkIndicatorResult work, LegacyTransitionResult? legacy, IndicatorReportOptions options)
    {
        Guard.NotNull(work);
        Guard.NotNull(options);
        var outcome = work.ShownOutcome(options.Outcome, nameof(options));

        var officeComparison = work.Comparisons.FirstOrDefault(c => c.Outcome == outcome && c.Level.Name == "office" && c.Variant == ContributionVariant.MeanResidual)
            ?? throw new ArgumentException("The work result has no 'office' level; the report is built around offices.", nameof(work));
        var language = options.Language;
        var format = OutcomeFormat.For(outcome, language);
        var minimum = work.Options.MinimumPersons;
        var regions = options.OfficeRegions
            ?? (legacy is null ? null : LegacyComparison.Regions(legacy, options.LegacyOfficeColumn, options.LegacyRegionColumn));
        var office = options.HighlightOffice ?? LargestOffice(officeComparison);

        var report = new ReportBuilder(options.Title ?? ReportText.ReportTitle(language), options.GeneratedAt)
            .AddNote(ReportText.RelativeToPeriod(language, work.Options.Model.CompareWithinMonth))
            .AddNote(ReportText.NotCausal(language))
            .AddNote(ReportText.VariantNote(language))
            .AddNote(ReportText.SuppressionNote(language, minimum))
            .AddNote(ReportText.DataSource(language, options.DataSource));
        if (legacy is not null)
        {
            report.AddNote(ReportText.LegacyExplanation(language));
        }

        // NAV's headline: how the national contribution develops over time. It opens the report, chart and table.
        if (!work.Options.Model.CompareWithinMonth && IndicatorCharts.National(work, format, language) is { } national)
        {
            report.AddChart(national);
        }

        if (IndicatorCharts.Funnel(officeComparison, format, office, language, work.Options.Model.CompareWithinMonth) is { } funnel)
        {
            report.AddChart(funnel);
        }

        if (office is not null && IndicatorCharts.Monthly(work, format, office, language) is { } monthly)
        {
            report.AddChart(monthly);
        }

        if (!work.Options.Model.CompareWithinMonth && UnitTables.NationalMonthly(work, format, language) is { } nationalMonthly)
        {
            report.AddTable(nationalMonthly);
        }

        report.AddTable(UnitTables.National(work, language));
        report.AddTable(UnitTables.Units(work, format, "office", regions, language));
        var breakdowns = new (string Level, bool WithRegion)[]
        {
            ("region", false),
            ("need_category", false),
            ("region_need_category", false),
            ("office_need_category", true),
        };
        foreach (var (level, withRegion) in breakdowns)
        {
            if (work.Tables.Any(t => t.Outcome == outcome && t.Level.Name == level))
            {
                report.AddTable(UnitTables.Units(work, format, level, withRegion ? regions : null, language));
            }
        }

        BreakdownTables.Add(report, work, format, language);
        if (options.Variation is { } variation)
        {
            VariationSection.Add(report, variation, language);
        }

        if (options.ModelComparison is { } comparison)
        {
            report.AddTable(comparison.ToReportTable(ReportText.ModelComparisonTitle(language, format.Name), ReportText.ModelComparisonDescription(language)));
        }

        if (options.TrialEvaluation is { } trial)
        {
            TrialSection.Add(report, trial, minimum, language);
        }

        if (legacy is not null)
        {
            foreach (var (level, column) in new[] { ("office", options.LegacyOfficeColumn), ("region", options.LegacyRegionColumn) })
            {
                if (LegacyComparison.Table(legacy, work, format, level, column, language) is { } table)
                {
                    report.AddTable(table);
                }
            }

            if (LegacyOutcomes.Table(legacy, minimum, language) is { } legacyOutcomes)
            {
                report.AddTable(legacyOutcomes);
            }
        }

        if (options.Providers is not null)
        {
            if (options.ProvidersAreSynthetic)
            {
                report.AddNote(ReportText.SyntheticProviders(language));
            }

            ProviderScorecards.Add(report, options, minimum);
        }

        return report.Build();
    }

    /// <summary>
    /// Writes the report to a folder: <c>report.html</c>, <c>report.xlsx</c> and <c>report.json</c>, and for each table
    /// <c>name.csv</c> and <c>name.json</c>, where name is the stem given by <see cref="ReportFileNames.TableStems(Report, ReportLanguage)"/>
    /// (the title as a lower-case ASCII slug, made unique), for example <c>offices-jobb3-in-work-3-months-later.csv</c>.
    /// In Norwegian the whole-report files are <c>rapport.html</c>, <c>rapport.xlsx</c> and <c>rapport.json</c>, and the
    /// table files are named after the Norwegian titles (<c>kontorer-jobb3-i-jobb-3-maneder-etter.csv</c>).
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="directory">The folder; created if missing, existing files are overwritten.</param>
    /// <param name="language">The language of the file names, the fixed texts and number formatting in HTML and Excel; use the language the report was composed in.</param>
    /// <param name="cancellationToken">Cancels the writing between files; the files written so far stay.</param>
    /// <returns>The paths written, in the order above.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="directory"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty.</exception>
    /// <exception cref="IOException">A file could not be written.</exception>
    /// <exception cref="OperationCanceledException">The writing was cancelled.</exception>
    public static IReadOnlyList<string> WriteFolder(Report report, string directory, ReportLanguage language = ReportLanguage.English, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(report);
        Guard.NotEmpty(directory);
        Directory.CreateDirectory(directory);
        var utf8 = new UTF8Encoding(false);
        var written = new List<string>();
        var whole = Path.Combine(directory, ReportFileNames.ReportStemOf(language));
        using (var html = new StreamWriter(whole + ".html", false, utf8))
        {
            HtmlReportWriter.Write(report, html, new HtmlReportOptions { Language = language }, cancellationToken);
        }

        written.Add(whole + ".html");
        using (var stream = File.Create(whole + ".xlsx"))
        {
            XlsxReportWriter.Write(report, stream, language, cancellationToken);
        }

        written.Add(whole + ".xlsx");
        using (var stream = File.Create(whole + ".json"))
        {
            JsonReportWriter.Write(report, stream, indented: true, cancellationToken);
        }

        written.Add(whole + ".json");
        var stems = ReportFileNames.TableStems(report, language);
        for (var i = 0; i < report.Tables.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stem = Path.Combine(directory, stems[i]);
            File.WriteAllText(stem + ".csv", CsvReportWriter.ToCsv(report.Tables[i]), utf8);
            File.WriteAllText(stem + ".json", JsonReportWriter.ToJson(report.Tables[i], indented: true), utf8);
            written.Add(stem + ".csv");
            written.Add(stem + ".json");
        }

        return written;
    }

    private static string? LargestOffice(UnitComparison comparison)
        => comparison.Rows
            .Where(r => r.Status == Indicators.Disclosure.SuppressionStatus.Published && r.Persons is not null)
            .OrderByDescending(r => r.Persons!.Value)
            .ThenBy(r => r.Unit, StringComparer.Ordinal)
            .FirstOrDefault()?.Unit;
}
