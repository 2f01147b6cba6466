namespace Indikator.Core.Data;

/// <summary>One column a <see cref="ColumnBatchLoader"/> reads: where it is in the source and as what it should be read.</summary>
/// <param name="SourceName">The column name in the source.</param>
/// <param name="SourceIndex">The position among the source's columns.</param>
/// <param name="SourceType">The kind of values the source holds.</param>
/// <param name="ReadAs">The kind the loader wants: <see cref="SourceType.Integer"/> for a person key, <see cref="SourceType.Real"/>
/// for numbers and weights, <see cref="SourceType.Text"/> for categories and text periods, <see cref="SourceType.Date"/> for date periods.
/// A database source casts to it in its query; a file source converts while reading.</param>
internal readonly record struct LoadColumn(string SourceName, int SourceIndex, SourceType SourceType, SourceType ReadAs);
