using Indikator.Core.Reporting;

namespace Indikator.Cli;

/// <summary>What the <c>demo</c> command was asked to do.</summary>
/// <param name="PersonMonths">Requested stock person-months.</param>
/// <param name="Months">Stock months.</param>
/// <param name="Seed">Random seed.</param>
/// <param name="OutputDirectory">Report folder, or null to write no files.</param>
/// <param name="MaxDegreeOfParallelism">Thread limit; -1 for all processors.</param>
/// <param name="WriteData">Whether the synthetic input data (stock, records, truth) are written to the folder too.</param>
/// <param name="Language">The language of the composed report (English in <c>report/</c>, Norwegian in <c>rapport/</c>).</param>
/// <param name="Variation">Whether the report gets the section "How much of the office variation is real" (<c>--variation</c>).</param>
/// <param name="CompareModels">Whether the report gets the section "Risk models compared" (<c>--compare-models</c>).</param>
internal sealed record DemoSettings(
    long PersonMonths,
    int Months,
    long Seed,
    string? OutputDirectory,
    int MaxDegreeOfParallelism = -1,
    bool WriteData = true,
    ReportLanguage Language = ReportLanguage.English,
    bool Variation = false,
    bool CompareModels = false)
{
    /// <summary>The report folder used when the command line names none.</summary>
    public const string DefaultOutputDirectory = "indikator-demo-output";
}
