using Indikator.Core.Data;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Cli;

/// <summary>The validated arguments of <c>indikator fit</c>.</summary>
/// <param name="Covariance">The covariance, or null for the library's default (clustered by the first fixed effect, iid without).</param>
internal sealed record FitArguments(
    string Input,
    string Outcome,
    IReadOnlyList<string> Covariates,
    IReadOnlyList<string> FixedEffects,
    string? Weights,
    bool Intercept,
    CovarianceSpec? Covariance,
    string? Output)
{
    /// <summary>Gets how the CSV file is read: separator, decimal separator, encoding.</summary>
    public CsvReadOptions Csv { get; init; } = CsvReadOptions.Default;

    /// <summary>Gets the collinearity tolerance, or null for the library's default.</summary>
    public double? CollinearityTolerance { get; init; }

    /// <summary>Gets a value indicating whether a fixed-effect projection that did not converge is an error.</summary>
    public bool RequireConvergence { get; init; }

    /// <summary>Gets the cluster columns of the covariance (none for the default without fixed effects).</summary>
    public IReadOnlyList<string> Clusters => Covariance?.Clusters ?? (FixedEffects.Count > 0 ? [FixedEffects[0]] : []);

    /// <summary>Columns read as numbers: the outcome, the covariates and the weights.</summary>
    public IEnumerable<string> NumericColumns => [Outcome, .. Covariates, .. Weights is null ? Array.Empty<string>() : [Weights]];

    /// <summary>Columns read as category labels: fixed effects, then cluster columns not already listed.</summary>
    public IEnumerable<string> CategoricalColumns => FixedEffects.Concat(Clusters).Distinct(StringComparer.Ordinal);
}
