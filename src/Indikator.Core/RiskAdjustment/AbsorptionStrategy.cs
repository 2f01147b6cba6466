namespace Indikator.Core.RiskAdjustment;

/// <summary>How fixed effects are projected out.</summary>
public enum AbsorptionStrategy
{
    /// <summary>Closed form for one fixed effect, the exact two-way solve for two (when the smaller has at most 2,000
    /// levels and the level pairs at most 4 million), alternating projections otherwise.</summary>
    Auto,

    /// <summary>Always use alternating projections with Irons-Tuck acceleration (iterative, to <see cref="FitOptions.Tolerance"/>).</summary>
    AlternatingProjections,
}
