namespace Indikator.Core.RiskAdjustment;

/// <summary>A two-sided confidence interval of a coefficient.</summary>
/// <param name="Name">The coefficient name.</param>
/// <param name="Lower">The lower bound.</param>
/// <param name="Upper">The upper bound.</param>
/// <remarks>This type is immutable and thread safe.</remarks>
public sealed record ConfidenceInterval(string Name, double Lower, double Upper);
