namespace Indikator.Core.RiskAdjustment;

/// <summary>A coefficient left out of a fit, and why.</summary>
/// <param name="Name">The coefficient name (a covariate, or <c>Column[Level]</c> for an indicator).</param>
/// <param name="Reason">Why it was dropped.</param>
/// <remarks>This type is immutable and thread safe.</remarks>
public sealed record DroppedCoefficient(string Name, DropReason Reason);
