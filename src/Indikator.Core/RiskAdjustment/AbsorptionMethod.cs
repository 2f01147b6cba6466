namespace Indikator.Core.RiskAdjustment;

/// <summary>The method that projected out the fixed effects of a fit.</summary>
public enum AbsorptionMethod
{
    /// <summary>No fixed effects: nothing was projected out (an intercept is an ordinary column).</summary>
    None,

    /// <summary>One fixed effect: group means, exact.</summary>
    GroupMeans,

    /// <summary>Two fixed effects: the exact Schur-complement solve on cell sums.</summary>
    ExactTwoWay,

    /// <summary>Alternating projections with Irons-Tuck acceleration, iterative.</summary>
    AlternatingProjections,
}
