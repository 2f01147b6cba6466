namespace Indikator.Core.Indicators.Work;

/// <summary>Overdispersion adjustment of funnel-plot control limits (Spiegelhalter 2005).</summary>
public enum FunnelOverdispersion
{
    /// <summary>No adjustment: limits at +/- z se around the national value.</summary>
    None,

    /// <summary>Multiplicative: limits at +/- z sqrt(phi) se, phi the mean squared winsorised z-score (only when phi &gt; 1).</summary>
    Multiplicative,

    /// <summary>Additive random effects: limits at +/- z sqrt(se^2 + tau^2), tau^2 by moments from the winsorised z-scores.</summary>
    Additive,
}
