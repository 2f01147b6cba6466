namespace Indikator.Core.RiskAdjustment;

/// <summary>How the fixed effects were projected out.</summary>
/// <param name="Method">The method used.</param>
/// <param name="Iterations">Largest number of sweeps over all columns (zero for exact methods).</param>
/// <param name="Converged">Whether every column converged (always true for exact methods).</param>
/// <param name="Components">Connected components of the levels of two fixed effects, on either path; 1 otherwise.</param>
/// <remarks>This type is immutable and thread safe.</remarks>
public sealed record AbsorptionSummary(AbsorptionMethod Method, int Iterations, bool Converged, int Components);
