using System.Globalization;
using System.Text;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Internal;
using Indikator.Core.Outcomes;
using Indikator.Core.Reporting.Writers;

namespace Indikator.Core.Reporting.Composition;

/// <summary>
/// Turns computed indicators into the user-facing report: tables per office, region, need category, region x need
/// category and office x need category with suppression
/// marks, a funnel plot of the offices, the monthly contribution of one office, the legacy six-month measure beside the
/// new indicator, optional provider scorecards, and notes on how to read them; and writes it to a folder.
/// </summary>
/// <remarks>
/// <para>Disclosure control is carried through, not redone: cells that the indicator computation suppressed (primary or
/// secondary) become <see cref="ReportCell.Suppressed"/>, which carries no value, so no format can leak them; suppressed
/// units are left out of the funnel plot and suppressed months are gaps in the time series. The legacy measure, which
/// the outcome module does not suppress, gets primary and secondary suppression on its exit counts here.</para>
/// <para>Sections are described in docs/reports.md ("The composed indicator report"). Output depends only on the inputs
/// and the generation time in the options: the same inputs give byte-identical HTML, CSV and JSON.</para>
/// <para>This type is stateless and thread safe.</para>
/// </remarks>
public static class IndicatorReport
{
    /// <summary>The note that the NAV contribution is not a causal effect.</summary>
    public const string NotCausalNote =
        "The NAV contribution (NAV-bidraget) is not a causal effect. It is the actual outcome minus the outcome expected for the " +
        "same users (age, gender, education, immigrant background, need category, benefit, time registered, prior work) and " +
        "labour market in the same months, relative to the national level over the period. Differences can come from " +
        "characteristics the model does not see. Read a high or low value as worth looking into, never as a verdict.";

    /// <summary>Composes the report.</summary>
    /// <param name="work">The work indicators (disclosure control applied).</param>
    /// <param name="legacy">The legacy six-month measure, or null to leave out the comparison.</param>
    /// <param name="options">The options: generation time, data source, outcome, highlighted office, providers.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="work"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The outcome was not computed, or there is no office level in the result.</exception>
    public static Report Compose(WorkIndicatorResult work, LegacyTransitionResult? legacy, IndicatorReportOptions options)
    {
        Guard.NotNull(work);
        Guard.NotNull(options);
        var outcome = options.Outcome ?? work.Options.Outcomes[0];
        if (!work.Options.Outcomes.Contains(outcome, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Outcome '{outcome}' was not computed; the result has {string.Join(", ", work.Options.Outcomes)}.", nameof(options));
        }

        var officeComparison = work.Comparisons.FirstOrDefault(c => c.Outcome == outcome && c.Level.Name == "office" && c.Variant == ContributionVariant.MeanResidual)
            ?? throw new ArgumentException("The work result has no 'office' level; the report is built around offices.", nameof(work));
        var format = OutcomeFormat.For(outcome);
        var minimum = work.Options.MinimumPersons;
        var regions = options.OfficeRegions
            ?? (legacy is null ? null : LegacyComparison.Regions(legacy, options.LegacyOfficeColumn, options.LegacyRegionColumn));
        var office = options.HighlightOffice ?? LargestOffice(officeComparison);

        var report = new ReportBuilder(options.Title, options.GeneratedAt)
            .AddNote(NotCausalNote)
            .AddNote(string.Create(CultureInfo.InvariantCulture, $"Suppression: a cell that describes fewer than {minimum} persons is not published and is shown as ':' (with secondary suppression where a total would reveal it). Suppressed cells are never shown as zero."))
            .AddNote("Data source: " + options.DataSource);
        if (legacy is not null)
        {
            report.AddNote(LegacyComparison.Explanation);
        }

        if (IndicatorCharts.Funnel(officeComparison, format, office) is { } funnel)
        {
            report.AddChart(funnel);
        }

        if (office is not null && IndicatorCharts.Monthly(work, format, office) is { } monthly)
        {
            report.AddChart(monthly);
        }

        report.AddTable(UnitTables.National(work));
        report.AddTable(UnitTables.Units(work, format, "office", $"Offices: {format.Name}", ["Office"], regions));
        var breakdowns = new (string Level, string Title, string[] Headers, bool WithRegion)[]
        {
            ("region", "Regions", ["Region"], false),
            ("need_category", "Need categories", ["Need category"], false),
            ("region_need_category", "Regions by need category", ["Region", "Need category"], false),
            ("office_need_category", "Offices by need category", ["Office", "Need category"], true),
        };
        foreach (var (level, title, headers, withRegion) in breakdowns)
        {
            if (work.Tables.Any(t => t.Outcome == outcome && t.Level.Name == level))
            {
                report.AddTable(UnitTables.Units(work, format, level, $"{title}: {format.Name}", headers, withRegion ? regions : null));
            }
        }

        BreakdownTables.Add(report, work, format, ReportLanguage.English);
        if (options.Variation is { } variation)
        {
            VariationSection.Add(report, variation, ReportLanguage.English);
        }

        if (legacy is not null)
        {
            foreach (var (level, column, title) in new[] { ("office", options.LegacyOfficeColumn, "Legacy measure beside the new indicator: offices"), ("region", options.LegacyRegionColumn, "Legacy measure beside the new indicator: regions") })
            {
                if (LegacyComparison.Table(legacy, work, format, level, column, title) is { } table)
                {
                    report.AddTable(table);
                }
            }

            if (LegacyOutcomes.Table(legacy, minimum) is { } outcomes)
            {
                report.AddTable(outcomes);
            }
        }

        if (options.Providers is not null)
        {
            if (options.ProvidersAreSynthetic)
            {
                report.AddNote("The provider scorecards use synthetic provider data (SyntheticProviderData): no real provider is described.");
            }

            ProviderScorecards.Add(report, options, minimum);
        }

        return report.Build();
    }

    /// <summary>
    /// Writes the report to a folder: <c>report.html</c>, <c>report.xlsx</c> and <c>report.json</c>, and for each table
    /// <c>name.csv</c> and <c>name.json</c>, where name is the stem given by <see cref="ReportFileNames.TableStems"/>
    /// (the title as a lower-case ASCII slug, made unique), for example <c>offices-jobb3-in-work-3-months-later.csv</c>.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="directory">The folder; created if missing, existing files are overwritten.</param>
    /// <param name="language">The language of the fixed texts and number formatting in HTML and Excel.</param>
    /// <returns>The paths written, in the order above.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="directory"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty.</exception>
    /// <exception cref="IOException">A file could not be written.</exception>
    public static IReadOnlyList<string> WriteFolder(Report report, string directory, ReportLanguage language = ReportLanguage.English)
    {
        Guard.NotNull(report);
        Guard.NotEmpty(directory);
        Directory.CreateDirectory(directory);
        var utf8 = new UTF8Encoding(false);
        var written = new List<string>();
        var html = Path.Combine(directory, "report.html");
        File.WriteAllText(html, HtmlReportWriter.ToHtml(report, new HtmlReportOptions { Language = language }), utf8);
        written.Add(html);
        var xlsx = Path.Combine(directory, "report.xlsx");
        using (var stream = File.Create(xlsx))
        {
            XlsxReportWriter.Write(report, stream, language);
        }

        written.Add(xlsx);
        var json = Path.Combine(directory, "report.json");
        File.WriteAllText(json, JsonReportWriter.ToJson(report, indented: true), utf8);
        written.Add(json);
        var stems = ReportFileNames.TableStems(report);
        for (var i = 0; i < report.Tables.Count; i++)
        {
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
            .Where(r => r.Status == Indicators.Disclosure.CellStatus.Published && r.Persons is not null)
            .OrderByDescending(r => r.Persons!.Value)
            .ThenBy(r => r.Unit, StringComparer.Ordinal)
            .FirstOrDefault()?.Unit;
}
