namespace Indikator.Cli;

/// <summary>What the <c>demo</c> command was asked to do.</summary>
/// <param name="PersonMonths">Requested stock person-months.</param>
/// <param name="Months">Stock months.</param>
/// <param name="Seed">Random seed.</param>
/// <param name="OutputDirectory">Folder for the CSV files, or null to write none.</param>
/// <param name="MaxDegreeOfParallelism">Thread limit; -1 for all processors.</param>
internal sealed record DemoSettings(long PersonMonths, int Months, long Seed, string? OutputDirectory, int MaxDegreeOfParallelism = -1);
