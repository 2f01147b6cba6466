using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.PushDown;

/// <summary>Options of a linear model fitted inside a database (<c>DuckDbPushDown.Fit</c>, <c>PostgreSqlPushDown.Fit</c>).</summary>
/// <remarks>This type is immutable and thread safe.</remarks>
public sealed record PushDownOptions
{
    /// <summary>Gets the default options.</summary>
    public static PushDownOptions Default { get; } = new();

    /// <summary>Gets the covariance, or null for the in-memory fit's default: clustered by the first fixed effect when there
    /// are fixed effects, independent and identically distributed errors otherwise. Supported: IID, HC0 and HC1, and
    /// clustering by one or two categorical columns (office, region, person, ...).</summary>
    /// <value>The default value is null.</value>
    public CovarianceSpec? Covariance { get; init; }

    /// <summary>Gets the collinearity tolerance, as <see cref="FitOptions.CollinearityTolerance"/>.</summary>
    /// <value>The default value is 1e-10.</value>
    public double CollinearityTolerance { get; init; } = 1e-10;
}
