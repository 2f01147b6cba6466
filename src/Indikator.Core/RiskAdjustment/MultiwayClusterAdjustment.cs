namespace Indikator.Core.RiskAdjustment;

/// <summary>How G/(G-1) is applied to the terms of a multi-way clustered covariance (fixest's <c>cluster.df</c>).</summary>
public enum MultiwayClusterAdjustment
{
    /// <summary>Every term is multiplied by G_min/(G_min - 1), G_min the smallest cluster count (fixest's default <c>"min"</c>).</summary>
    Min,

    /// <summary>Each term is multiplied by its own G/(G - 1) (<c>"conventional"</c>; Cameron, Gelbach and Miller 2011).</summary>
    Conventional,
}
