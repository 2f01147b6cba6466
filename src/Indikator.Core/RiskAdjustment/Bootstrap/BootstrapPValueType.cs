namespace Indikator.Core.RiskAdjustment;

/// <summary>How a bootstrap p-value compares the bootstrap t statistics t*_b with the actual t.</summary>
public enum BootstrapPValueType
{
    /// <summary>Symmetric two-sided: the share of |t*_b| at least |t|.</summary>
    Symmetric,

    /// <summary>Equal-tailed two-sided: twice the smaller of the shares of t*_b at most t and at least t (capped at 1).</summary>
    EqualTailed,
}
