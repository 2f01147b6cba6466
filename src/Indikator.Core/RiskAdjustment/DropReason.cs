namespace Indikator.Core.RiskAdjustment;

/// <summary>Why a coefficient was dropped from a fit.</summary>
public enum DropReason
{
    /// <summary>The column is (numerically) a linear combination of the columns before it.</summary>
    CollinearWithCovariates,

    /// <summary>Nothing of the column is left after projecting out the fixed effects: it is constant within their levels.</summary>
    CollinearWithFixedEffects,

    /// <summary>The column is constant, so collinear with the intercept.</summary>
    CollinearWithIntercept,

    /// <summary>The column is zero in every used row (after projecting out the fixed effects, if any), so it carries
    /// no information; it is not said to be collinear with the columns before it, of which there may be none.</summary>
    ZeroColumn,
}
