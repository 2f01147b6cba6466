using Indikator.Core.RiskAdjustment;

namespace Indikator.Cli;

/// <summary>The validated arguments of <c>indikator fit</c>.</summary>
internal sealed record FitArguments(
    string Input,
    string Outcome,
    IReadOnlyList<string> Covariates,
    IReadOnlyList<string> FixedEffects,
    string? Weights,
    bool Intercept,
    CovarianceSpec Covariance,
    string? Output)
{
    /// <summary>Columns read as numbers: the outcome, the covariates and the weights.</summary>
    public IEnumerable<string> NumericColumns => [Outcome, .. Covariates, .. Weights is null ? Array.Empty<string>() : [Weights]];

    /// <summary>Columns read as category labels: fixed effects, then cluster columns not already listed.</summary>
    public IEnumerable<string> CategoricalColumns => FixedEffects.Concat(Covariance.Clusters).Distinct(StringComparer.Ordinal);
}
