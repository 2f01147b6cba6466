namespace Indikator.Core.Indicators.Work;

/// <summary>How the between-unit variance tau^2 of the empirical-Bayes shrinkage is estimated.</summary>
/// <remarks>All three match R metafor 3.8-1 (<c>rma(method = "DL" | "REML" | "PM")</c>) to 1e-10 relative on the
/// reference in shared/reference/inference (docs/inference.md).</remarks>
public enum TauSquaredEstimator
{
    /// <summary>DerSimonian and Laird (1986) method of moments: tau^2 = max(0, (Q - (k - 1)) / (S1 - S2 / S1)).</summary>
    DerSimonianLaird,

    /// <summary>Restricted maximum likelihood (Viechtbauer 2005): the tau^2 &gt;= 0 that solves
    /// sum w^2 (c - mu)^2 = sum w - sum w^2 / sum w with w = 1 / (tau^2 + s^2), by Fisher scoring from the
    /// DerSimonian-Laird value.</summary>
    RestrictedMaximumLikelihood,

    /// <summary>Paule and Mandel (1982): the tau^2 &gt;= 0 that solves the generalised Q equation
    /// sum w (c - mu_w)^2 = k - 1 with w = 1 / (tau^2 + s^2), or 0 when Q at tau^2 = 0 is already at most k - 1.</summary>
    PauleMandel,
}
