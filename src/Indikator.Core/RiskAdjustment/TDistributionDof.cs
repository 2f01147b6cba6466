namespace Indikator.Core.RiskAdjustment;

/// <summary>Degrees of freedom of the t distribution for clustered inference (fixest's <c>t.df</c>).</summary>
public enum TDistributionDof
{
    /// <summary>G - 1 with G the smallest number of clusters (fixest's default <c>"min"</c>).</summary>
    Min,

    /// <summary>The residual degrees of freedom n - K.</summary>
    Conventional,
}
