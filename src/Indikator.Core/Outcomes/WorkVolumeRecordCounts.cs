namespace Indikator.Core.Outcomes;

/// <summary>What happened to the employment records in a work-volume computation: every record is in exactly one count.</summary>
/// <param name="Used">Records of stock persons in the needed months, summed into person-months.</param>
/// <param name="OfPersonsNotInStock">Records of persons with no row in the stock (ignored).</param>
/// <param name="BeforeFirstNeededMonth">Records before the first stock month + 1 (ignored: no outcome looks at them).</param>
/// <param name="AfterLastNeededMonth">Records after the last complete month, or after the last stock month + the longest horizon (ignored).</param>
/// <remarks>This type is immutable and thread safe.</remarks>
public sealed record WorkVolumeRecordCounts(int Used, int OfPersonsNotInStock, int BeforeFirstNeededMonth, int AfterLastNeededMonth);
