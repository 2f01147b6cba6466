using Indikator.Core.Indicators.Catalogue;

namespace Indikator.Core.Reporting.Composition;

/// <summary>How an outcome's values are shown: shares as percent (contributions in percentage points), hours with one decimal; names and units in the report's language.</summary>
internal sealed record OutcomeFormat(string Outcome, string Name, ReportColumnKind Kind, string ContributionUnit)
{
    /// <summary>Gets the kind of a difference of two values of the outcome (a contribution, its interval and standard error).</summary>
    public ReportColumnKind ContributionKind => Kind == ReportColumnKind.Percent ? ReportColumnKind.PercentagePoints : Kind;

    public static OutcomeFormat For(string outcome, ReportLanguage language = ReportLanguage.English)
    {
        if (IndicatorCatalogue.TryGet(outcome, out var definition))
        {
            var kind = definition.Unit switch
            {
                IndicatorUnit.Share => ReportColumnKind.Percent,
                IndicatorUnit.HoursPerWeek => ReportColumnKind.Hours,
                _ => ReportColumnKind.Number,
            };
            return new OutcomeFormat(outcome, ReportText.OutcomeName(language, outcome, definition.EnglishName, definition.NorwegianName), kind, ReportText.ContributionUnit(language, kind));
        }

        return new OutcomeFormat(outcome, outcome, ReportColumnKind.Number, ReportText.ContributionUnit(language, ReportColumnKind.Number));
    }

    /// <summary>Gets the decimals of a <see cref="ReportColumnKind.Number"/> column.</summary>
    public static int NumberDecimals => 3;
}
