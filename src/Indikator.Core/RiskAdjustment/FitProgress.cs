namespace Indikator.Core.RiskAdjustment;

/// <summary>A progress report of a fit: the stage reached and the time since the fit started.</summary>
/// <param name="Stage">The stage that starts.</param>
/// <param name="Elapsed">Time since the fit started.</param>
/// <remarks>This type is immutable and thread safe.</remarks>
public readonly record struct FitProgress(FitStage Stage, TimeSpan Elapsed);
