namespace Indikator.Core.RiskAdjustment;

/// <summary>The kind of a coefficient covariance.</summary>
public enum CovarianceType
{
    /// <summary>Errors independent with a common variance.</summary>
    Iid,

    /// <summary>Errors independent, variances free (heteroskedasticity-robust).</summary>
    Robust,

    /// <summary>Errors correlated within clusters of one or two cluster variables.</summary>
    Cluster,
}
