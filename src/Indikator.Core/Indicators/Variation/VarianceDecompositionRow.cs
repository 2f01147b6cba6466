using Indikator.Core.Indicators.Disclosure;

namespace Indikator.Core.Indicators.Variation;

/// <summary>One unit of a <see cref="VarianceDecompositionResult"/>: its raw and adjusted means, the reliability of its adjusted estimate and how uncertain its rank is.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Status">The disclosure status of the unit's pooled row in the work-indicator table.</param>
/// <param name="Persons">Distinct persons; null when suppressed.</param>
/// <param name="PersonMonths">Person-months; null when suppressed.</param>
/// <param name="RawMean">Mean raw outcome; null when suppressed.</param>
/// <param name="RawStandardError">Its person-clustered standard error; null when suppressed.</param>
/// <param name="Adjusted">Mean risk-adjusted outcome (the contribution without the model's uncertainty); null when suppressed.</param>
/// <param name="AdjustedStandardError">Its person-clustered standard error; null when suppressed.</param>
/// <param name="Reliability">The signal share of the adjusted estimate, tau^2 / (tau^2 + se^2); null when suppressed or not estimable.</param>
/// <param name="Shrunken">The empirical-Bayes estimate mu + reliability (adjusted - mu); null when suppressed or not estimable.</param>
/// <param name="MeanRank">The mean rank over draws from the shrinkage posterior (1 = highest); null when suppressed or not estimable.</param>
/// <param name="RankStandardDeviation">The standard deviation of the rank over the draws; null when suppressed or not estimable.</param>
/// <param name="RankLower">The 2.5 percent quantile of the rank over the draws (the best plausible rank); null when suppressed or not estimable.</param>
/// <param name="RankUpper">The 97.5 percent quantile of the rank over the draws (the worst plausible rank); null when suppressed or not estimable.</param>
/// <remarks>This record is immutable and thread safe.</remarks>
public sealed record VarianceDecompositionRow(
    string Unit,
    SuppressionStatus Status,
    int? Persons,
    int? PersonMonths,
    double? RawMean,
    double? RawStandardError,
    double? Adjusted,
    double? AdjustedStandardError,
    double? Reliability,
    double? Shrunken,
    double? MeanRank,
    double? RankStandardDeviation,
    int? RankLower,
    int? RankUpper);
