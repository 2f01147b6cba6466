using Indikator.Core.Indicators.Variation;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Outcomes;
using Indikator.Core.Reporting;
using Indikator.Core.RiskAdjustment;
using Indikator.Core.Synthetic;

namespace Indikator.Cli;

/// <summary>Everything the demo computed, handed to each <see cref="IDemoReportWriter"/>: the seam for report formats.</summary>
/// <param name="Data">The synthetic data (with its truth).</param>
/// <param name="Indicators">The arbeidsindikatoren (disclosure control applied).</param>
/// <param name="Legacy">The legacy six-month measure per office (exits, employed, share), as computed; the CSV writer suppresses it (one-way table with the national total) before writing.</param>
/// <param name="LegacyResult">The whole legacy result (exit rows), for breakdowns other than office.</param>
/// <param name="Truth">The comparison of the estimates with the known truth.</param>
/// <param name="Steps">Elapsed time of each step so far.</param>
/// <param name="Seed">The seed of the synthetic data.</param>
/// <param name="Language">The language of the composed report.</param>
/// <param name="Variation">The variance decomposition of the offices, or null when not asked for.</param>
/// <param name="ModelComparison">The risk models side by side, or null when not asked for.</param>
internal sealed record DemoReport(
    SyntheticNavData Data,
    WorkIndicatorResult Indicators,
    TransitionShareTable Legacy,
    LegacyTransitionResult LegacyResult,
    DemoTruthCheck Truth,
    IReadOnlyList<DemoStep> Steps,
    long Seed,
    ReportLanguage Language = ReportLanguage.English,
    VarianceDecompositionResult? Variation = null,
    ModelComparison? ModelComparison = null);

/// <summary>A step of the demo and how long it took.</summary>
/// <param name="Name">The step.</param>
/// <param name="Seconds">Elapsed seconds.</param>
/// <param name="GcPauseSeconds">Seconds the garbage collector paused the process during the step.</param>
internal sealed record DemoStep(string Name, double Seconds, double GcPauseSeconds);
