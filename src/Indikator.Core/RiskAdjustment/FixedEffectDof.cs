namespace Indikator.Core.RiskAdjustment;

/// <summary>How fixed-effect parameters count in K of the (n - 1) / (n - K) adjustment (fixest's <c>fixef.K</c>).</summary>
public enum FixedEffectDof
{
    /// <summary>Count the fixed-effect parameters except those of fixed effects nested in a cluster variable
    /// (fixest's default <c>"nested"</c>).</summary>
    Nested,

    /// <summary>Count all fixed-effect parameters: the sum of the level counts minus one per redundancy.</summary>
    Full,

    /// <summary>Count no fixed-effect parameter: K is the number of coefficients.</summary>
    None,
}
