using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Indicators.Work;

/// <summary>
/// One outcome's variant (b) fit with fixed effects of one column's units, and what every level whose first column it
/// is shares: the effects a_v per unit, the centre sum_v w_v a_v, the mean design, and sum_v w_v^2 V_v (the variance of
/// the centre's residual part); and, per level name on this column, its units' sums over the fit's rows.
/// </summary>
internal sealed record FixedEffectFit(
    LevelCodes Column,
    int K,
    double[] Covariance,
    double[] Effect,
    double Centre,
    double Total,
    double[] Overall,
    double SumW2V,
    IReadOnlyDictionary<string, CellStatistics> LevelStatistics);
