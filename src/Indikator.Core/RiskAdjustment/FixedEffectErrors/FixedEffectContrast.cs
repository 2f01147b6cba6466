namespace Indikator.Core.RiskAdjustment;

/// <summary>Which identified quantity a fixed-effect level's estimate and standard error describe. Only differences
/// between levels of the same fixed effect (in one connected component) are identified, so a standard error always
/// belongs to such a contrast.</summary>
public enum FixedEffectContrast
{
    /// <summary>The level minus the weighted mean of all levels of its fixed effect, weighted by their (weighted) row
    /// counts in the fit: alpha_g - sum_h pi_h alpha_h with pi_h = W_h / W. For NAV office contributions: an office
    /// better or worse than the average office-month.</summary>
    DeviationFromWeightedMean,

    /// <summary>The level minus a reference level: the first level (in level order) of its fixed effect in its
    /// connected component, the same contrast as the coefficient of a dummy in a regression with an intercept. The
    /// reference itself has estimate and standard error 0.</summary>
    DifferenceFromReference,
}
