namespace Indikator.Core.RiskAdjustment;

/// <summary>How many rows a fit read, removed and used.</summary>
/// <param name="InputRows">Rows of the data.</param>
/// <param name="MissingRows">Rows removed because a used column was missing (NaN or a missing category).</param>
/// <param name="ZeroWeightRows">Rows removed because their weight was zero.</param>
/// <param name="SingletonRows">Rows alone in a fixed-effect level (after the removals above); removed only when
/// <see cref="SingletonsDropped"/> is true, in which case the count includes rows that became singletons in later rounds.</param>
/// <param name="SingletonsDropped">Whether singleton rows were removed.</param>
/// <param name="UsedRows">Rows used by the fit (n).</param>
/// <remarks>This type is immutable and thread safe.</remarks>
public sealed record SampleSummary(int InputRows, int MissingRows, int ZeroWeightRows, int SingletonRows, bool SingletonsDropped, int UsedRows);
