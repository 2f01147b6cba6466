namespace Indikator.Core.Indicators.Work;

/// <summary>A count of stock person-months left out of an outcome, by reason: nothing is dropped without being counted.</summary>
/// <param name="Outcome">The outcome column.</param>
/// <param name="Reason">Why the rows are left out.</param>
/// <param name="Column">The missing column: the outcome, or the first missing model covariate of the row (each row is
/// counted once, under the first of the model's columns it lacks, in the order of the model: numeric, banded and decile columns, then categorical ones).</param>
/// <param name="Rows">The person-months left out for this reason and column.</param>
/// <remarks>This type is immutable and thread safe.</remarks>
public sealed record RowExclusion(string Outcome, RowExclusionReason Reason, string Column, int Rows);
