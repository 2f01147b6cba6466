using Indikator.Core.Indicators.Disclosure;

namespace Indikator.Core.Indicators.Work;

/// <summary>One unit in a <see cref="UnitComparison"/>: its pooled contribution, the shrunken estimate and its funnel limits.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Status">Whether the row is published or suppressed (as the pooled row of the table).</param>
/// <param name="Persons">Distinct persons; null when suppressed.</param>
/// <param name="PersonMonths">Person-months; null when suppressed.</param>
/// <param name="Contribution">The contribution; null when suppressed.</param>
/// <param name="StandardError">Its standard error; null when suppressed.</param>
/// <param name="Reliability">tau^2 / (tau^2 + se^2); null when suppressed.</param>
/// <param name="Shrunken">The empirical-Bayes estimate (BLUP) reliability contribution + (1 - reliability) mu; null when suppressed.</param>
/// <param name="ShrunkenStandardError">Its standard error sqrt(reliability se^2 + (1 - reliability)^2 se(mu)^2), which
/// includes the uncertainty of mu as R metafor's <c>blup()</c> does (Raudenbush 2009); null when suppressed.</param>
/// <param name="ZScore">Contribution / se (against the national value 0); null when suppressed; NaN when se is 0 (a level that is a covariate of the model, whose contributions are 0 by construction, so the sign of the rounding noise is not a score).</param>
/// <param name="Lower95">Lower 95 percent funnel limit at this unit's precision; null when suppressed, or when the level has fewer than two published units (a single office: nothing to compare with).</param>
/// <param name="Upper95">Upper 95 percent funnel limit; null when suppressed.</param>
/// <param name="Lower998">Lower 99.8 percent funnel limit; null when suppressed.</param>
/// <param name="Upper998">Upper 99.8 percent funnel limit; null when suppressed.</param>
/// <param name="Rank">Rank by the shrunken estimate among published units, 1 = highest; null when suppressed.</param>
/// <remarks>This record is immutable and thread safe.</remarks>
public sealed record UnitComparisonRow(
    string Unit,
    SuppressionStatus Status,
    int? Persons,
    int? PersonMonths,
    double? Contribution,
    double? StandardError,
    double? Reliability,
    double? Shrunken,
    double? ShrunkenStandardError,
    double? ZScore,
    double? Lower95,
    double? Upper95,
    double? Lower998,
    double? Upper998,
    int? Rank);
