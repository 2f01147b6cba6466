using Indikator.Core.Indicators.Work;
using Indikator.Core.Outcomes;

namespace Indikator.Cli;

/// <summary>What <see cref="RunPipeline.Compute"/> hands to the report of <c>indikator run</c> and <c>indikator evaluate</c>.</summary>
/// <param name="Indicators">The work indicators (disclosure control applied).</param>
/// <param name="Legacy">The legacy six-month measure, or null when the job has no status section.</param>
/// <param name="OfficeRegions">The region of each office when the job reports regions, else null.</param>
internal sealed record RunComputation(WorkIndicatorResult Indicators, LegacyTransitionResult? Legacy, IReadOnlyDictionary<string, string>? OfficeRegions);
