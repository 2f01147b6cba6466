namespace Indikator.Core.Indicators.Disclosure;

/// <summary>One inner cell of a table of person counts.</summary>
/// <param name="Row">The row label, for example an office.</param>
/// <param name="Column">The column label, for example a month; use one shared label such as the empty string for a one-way table.</param>
/// <param name="Count">The number of persons in the cell, 0 or more.</param>
/// <remarks>
/// <para>A cell holds a count, never persons: person keys have no place in a table.</para>
/// <para>This record is immutable and thread safe.</para>
/// </remarks>
public sealed record CountCell(string Row, string Column, int Count);
