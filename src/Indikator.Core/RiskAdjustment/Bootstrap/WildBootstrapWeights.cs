namespace Indikator.Core.RiskAdjustment;

/// <summary>The distribution of the per-cluster multipliers v_g of a wild cluster bootstrap.</summary>
public enum WildBootstrapWeights
{
    /// <summary>+1 or -1 with probability 1/2 each: only 2^G distinct draws, too few for G below about 12.</summary>
    Rademacher,

    /// <summary>Webb's (2023) six-point distribution, +-sqrt(1/2), +-1, +-sqrt(3/2) with probability 1/6 each: mean 0,
    /// variance 1, fourth moment 7/6, and 6^G distinct draws, recommended when there are few clusters.</summary>
    Webb,
}
