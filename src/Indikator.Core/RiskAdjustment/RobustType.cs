namespace Indikator.Core.RiskAdjustment;

/// <summary>Heteroskedasticity-consistent covariance variants (MacKinnon and White 1985).</summary>
public enum RobustType
{
    /// <summary>White's estimator, no correction.</summary>
    HC0,

    /// <summary>HC0 times n/(n - K) under the default correction (fixest's <c>hetero</c>, Stata's and statsmodels' HC1).</summary>
    HC1,

    /// <summary>Squared residuals divided by 1 - h_ii (leverage); only without absorbed fixed effects.</summary>
    HC2,

    /// <summary>Squared residuals divided by (1 - h_ii)^2; only without absorbed fixed effects.</summary>
    HC3,
}
