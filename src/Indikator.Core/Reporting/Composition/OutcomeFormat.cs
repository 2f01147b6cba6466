using Indikator.Core.Indicators.Catalogue;

namespace Indikator.Core.Reporting.Composition;

/// <summary>How an outcome's values are shown: shares as percent (contributions in percentage points), hours with one decimal.</summary>
internal sealed record OutcomeFormat(string Outcome, string Name, ReportColumnKind Kind, string ContributionUnit)
{
    /// <summary>Gets the kind of a difference of two values of the outcome (a contribution, its interval and standard error).</summary>
    public ReportColumnKind ContributionKind => Kind == ReportColumnKind.Percent ? ReportColumnKind.PercentagePoints : Kind;

    public static OutcomeFormat For(string outcome)
    {
        if (IndicatorCatalogue.TryGet(outcome, out var definition))
        {
            return definition.Unit switch
            {
                IndicatorUnit.Share => new OutcomeFormat(outcome, $"{outcome}: {definition.EnglishName}", ReportColumnKind.Percent, "percentage points"),
                IndicatorUnit.HoursPerWeek => new OutcomeFormat(outcome, $"{outcome}: {definition.EnglishName}", ReportColumnKind.Hours, "hours per week"),
                _ => new OutcomeFormat(outcome, $"{outcome}: {definition.EnglishName}", ReportColumnKind.Number, "outcome units"),
            };
        }

        return new OutcomeFormat(outcome, outcome, ReportColumnKind.Number, "outcome units");
    }

    /// <summary>Gets the decimals of a <see cref="ReportColumnKind.Number"/> column.</summary>
    public static int NumberDecimals => 3;
}
