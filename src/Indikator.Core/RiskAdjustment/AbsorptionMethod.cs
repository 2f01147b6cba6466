namespace Indikator.Core.RiskAdjustment;

/// <summary>The method that projected out the fixed effects of a fit.</summary>
public enum AbsorptionMethod
{
    /// <summary>No fixed effects and no intercept: nothing was projected out.</summary>
    None,

    /// <summary>No fixed effects: the columns were centred on their (weighted) means, and the intercept recovered.</summary>
    Centering,

    /// <summary>One fixed effect: group means, exact.</summary>
    GroupMeans,

    /// <summary>Two fixed effects: the exact Schur-complement solve on cell sums.</summary>
    ExactTwoWay,

    /// <summary>Alternating projections with Irons-Tuck acceleration, iterative.</summary>
    AlternatingProjections,
}
