namespace Indikator.Core.RiskAdjustment;

/// <summary>One estimated coefficient with its inference under the result's covariance.</summary>
/// <param name="Name">The coefficient name.</param>
/// <param name="Estimate">The estimate.</param>
/// <param name="StandardError">The standard error.</param>
/// <param name="TStatistic">Estimate / standard error.</param>
/// <param name="PValue">Two-sided p-value from the t distribution with the result's inference degrees of freedom.</param>
/// <remarks>This type is immutable and thread safe.</remarks>
public sealed record Coefficient(string Name, double Estimate, double StandardError, double TStatistic, double PValue);
