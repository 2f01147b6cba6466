using Indikator.Core.Indicators.Disclosure;
using System.Globalization;
using Indikator.Core.Indicators.Variation;

namespace Indikator.Core.Reporting.Composition;

/// <summary>
/// The report section "How much of the office variation is real" from a <see cref="VarianceDecompositionResult"/>:
/// a summary table with the plain-words reading as notes, the offices' reliability and rank intervals, and the
/// year-to-year stability. Texts come from <see cref="ReportText"/> in the report's language.
/// </summary>
internal static class VariationSection
{
    public static void Add(ReportBuilder report, VarianceDecompositionResult result, ReportLanguage language)
    {
        var format = OutcomeFormat.For(result.Outcome);
        report.AddTable(Summary(result, format, language));
        report.AddTable(Units(result, format, language));
        if (result.Stability.Count > 0)
        {
            report.AddTable(Stability(result, format, language));
        }
    }

    public static ReportTable Summary(VarianceDecompositionResult result, OutcomeFormat format, ReportLanguage language)
    {
        var level = UnitTables.Level(result.Options.ConfidenceLevel);
        var builder = new ReportTableBuilder(ReportText.VariationSummaryTitle(language, format.Name))
            .WithDescription(ReportText.VariationSummaryDescription(language))
            .AddColumn("outcome", ReportText.VariationQuantity(language), ReportColumnKind.Text)
            .AddColumn("sd_between", ReportText.VariationSd(language), format.ContributionKind, OutcomeFormat.NumberDecimals)
            .AddColumn("sd_lower", ReportText.VariationLower(language, level), format.ContributionKind, OutcomeFormat.NumberDecimals)
            .AddColumn("sd_upper", ReportText.VariationUpper(language, level), format.ContributionKind, OutcomeFormat.NumberDecimals)
            .AddColumn("share", ReportText.VariationShare(language), ReportColumnKind.Percent)
            .AddColumn("signal", ReportText.VariationSignal(language), ReportColumnKind.Percent);
        foreach (var (name, v) in new[] { (ReportText.VariationRaw(language), result.Raw), (ReportText.VariationAdjusted(language), result.Adjusted) })
        {
            builder.AddRow(
                ReportCell.FromText(name),
                Number(Math.Sqrt(v.TauSquared)),
                Number(Math.Sqrt(v.TauSquaredLower)),
                Number(Math.Sqrt(v.TauSquaredUpper)),
                Number(v.Share),
                Number(v.SignalShare));
        }

        var signal = Percent(result.Adjusted.SignalShare, language);
        builder.AddNote(result.ExplainedShare >= 0
            ? ReportText.VariationExplained(
                language,
                Percent(result.ExplainedShare, language),
                Percent(result.ExplainedShareLower, language),
                Percent(result.ExplainedShareUpper, language),
                signal,
                Percent(result.Adjusted.Share, language))
            : ReportText.VariationRevealed(language, signal));
        if (result.RankedUnits > 1)
        {
            builder.AddNote(ReportText.VariationRanks(
                language,
                result.MedianRankIntervalWidth.ToString("0", CultureInfo.InvariantCulture),
                result.RankedUnits.ToString(CultureInfo.InvariantCulture)));
        }

        return builder.Build();
    }

    public static ReportTable Units(VarianceDecompositionResult result, OutcomeFormat format, ReportLanguage language)
    {
        var builder = new ReportTableBuilder(ReportText.VariationUnitsTitle(language, format.Name))
            .WithDescription(ReportText.VariationUnitsDescription(language))
            .WithSuppressionThreshold(result.MinimumPersons)
            .AddColumn("office", ReportText.VariationOffice(language), ReportColumnKind.Text)
            .AddColumn("persons", ReportText.Persons(language), ReportColumnKind.WholeNumber)
            .AddColumn("raw_mean", ReportText.VariationRawMean(language), format.Kind, OutcomeFormat.NumberDecimals)
            .AddColumn("adjusted", ReportText.VariationAdjustedMean(language), format.ContributionKind, OutcomeFormat.NumberDecimals)
            .AddColumn("standard_error", ReportText.VariationStandardError(language), format.ContributionKind, OutcomeFormat.NumberDecimals)
            .AddColumn("reliability", ReportText.VariationReliability(language), ReportColumnKind.Share)
            .AddColumn("mean_rank", ReportText.VariationMeanRank(language), ReportColumnKind.Number, 1)
            .AddColumn("rank_lower", ReportText.VariationBestRank(language), ReportColumnKind.WholeNumber)
            .AddColumn("rank_upper", ReportText.VariationWorstRank(language), ReportColumnKind.WholeNumber);
        foreach (var row in result.Rows)
        {
            if (row.Status != SuppressionStatus.Published)
            {
                // Primary and secondary suppression look the same to the reader.
                builder.AddRow([ReportCell.FromText(row.Unit), .. Enumerable.Repeat(ReportCell.Suppressed, 8)]);
                continue;
            }

            builder.AddRow(
                ReportCell.FromText(row.Unit),
                ReportCell.FromOptional(row.Persons),
                ReportCell.FromOptional(row.RawMean),
                ReportCell.FromOptional(row.Adjusted),
                ReportCell.FromOptional(row.AdjustedStandardError),
                ReportCell.FromOptional(row.Reliability),
                ReportCell.FromOptional(row.MeanRank),
                ReportCell.FromOptional(row.RankLower),
                ReportCell.FromOptional(row.RankUpper));
        }

        return builder.Build();
    }

    public static ReportTable Stability(VarianceDecompositionResult result, OutcomeFormat format, ReportLanguage language)
    {
        var builder = new ReportTableBuilder(ReportText.VariationStabilityTitle(language, format.Name))
            .WithDescription(ReportText.VariationStabilityNote(language))
            .AddColumn("from_year", ReportText.VariationFromYear(language), ReportColumnKind.Text)
            .AddColumn("to_year", ReportText.VariationToYear(language), ReportColumnKind.Text)
            .AddColumn("offices", ReportText.VariationOffices(language), ReportColumnKind.WholeNumber)
            .AddColumn("pearson", ReportText.VariationPearson(language), ReportColumnKind.Share)
            .AddColumn("spearman", ReportText.VariationSpearman(language), ReportColumnKind.Share)
            .AddColumn("ceiling", ReportText.VariationCeiling(language), ReportColumnKind.Share);
        foreach (var s in result.Stability)
        {
            builder.AddRow(
                ReportCell.FromText(s.FromYear.ToString(CultureInfo.InvariantCulture)),
                ReportCell.FromText(s.ToYear.ToString(CultureInfo.InvariantCulture)),
                ReportCell.FromNumber(s.Units),
                Number(s.Pearson),
                Number(s.Spearman),
                Number(s.NoiseCeiling));
        }

        return builder.Build();
    }

    private static ReportCell Number(double value) => double.IsFinite(value) ? ReportCell.FromNumber(value) : ReportCell.NotAvailable;

    private static string Percent(double share, ReportLanguage language)
        => double.IsFinite(share) ? NumberText.Format(share, ReportColumnKind.Percent, 1, language) : "..";
}
