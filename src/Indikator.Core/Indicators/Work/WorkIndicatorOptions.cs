using Indikator.Core.Internal;
using Microsoft.Extensions.Logging;

namespace Indikator.Core.Indicators.Work;

/// <summary>Options of <see cref="WorkIndicators"/>: outcomes, risk model, reporting levels, disclosure control, shrinkage and funnel limits.</summary>
/// <remarks>This type is immutable; it is thread safe when the progress receiver and the logger it holds are.</remarks>
public sealed record WorkIndicatorOptions
{
    /// <summary>Gets the numeric outcome columns to report.</summary>
    /// <value>The default value is NAV's four: <c>jobb3</c>, <c>atid3</c>, <c>jobb12</c>, <c>atid12</c>.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<string> Outcomes { get; init => field = ValueList.Of(value); } = ValueList.Of<string>(["jobb3", "atid3", "jobb12", "atid12"]);

    /// <summary>Gets the risk model.</summary>
    /// <value>The default value is <see cref="WorkRiskModelSpec.Default"/>.</value>
    public WorkRiskModelSpec Model { get; init; } = WorkRiskModelSpec.Default;

    /// <summary>Gets the reporting levels.</summary>
    /// <value>The default value is <see cref="WorkUnitLevel.ForColumns"/> of the synthetic panel: country, office, region,
    /// need category, region x need category and office x need category.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<WorkUnitLevel> Units { get; init => field = ValueList.Of(value); } = ValueList.Of<WorkUnitLevel>(WorkUnitLevel.ForColumns(WorkIndicatorColumns.Default));

    /// <summary>Gets the names of the levels (from <see cref="Units"/>) for which variant (b), the unit fixed effect, is also estimated.</summary>
    /// <value>The default value is <c>office</c>. Each distinct first column costs one more fit per outcome; levels
    /// that share it (<c>office</c> and <c>office_need_category</c>) share the fit. A level whose (first) column is a
    /// covariate of the model (such as need category) cannot have a fixed effect and is refused.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<string> FixedEffectLevels { get; init => field = ValueList.Of(value); } = ValueList.Of<string>(["office"]);

    /// <summary>Gets the smallest number of persons a published cell may describe.</summary>
    /// <value>The default value is 5: cells with 1 to 4 persons are suppressed, with secondary suppression where totals would reveal them.</value>
    public int MinimumPersons { get; init; } = 5;

    /// <summary>Gets the level of the confidence intervals.</summary>
    /// <value>The default value is 0.95.</value>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Gets the estimator of the between-unit variance for shrinkage.</summary>
    /// <value>The default value is <see cref="TauSquaredEstimator.DerSimonianLaird"/>.</value>
    public TauSquaredEstimator TauEstimator { get; init; } = TauSquaredEstimator.DerSimonianLaird;

    /// <summary>Gets the overdispersion adjustment of the funnel limits.</summary>
    /// <value>The default value is <see cref="FunnelOverdispersion.Additive"/>: offices genuinely differ (phi is far
    /// above 1 on NAV-like data), and Spiegelhalter (2005; Spiegelhalter et al. 2012) recommend the random-effects
    /// limits then, so that "outside" means unusual among offices that differ, not merely different from the national
    /// value (docs/arbeidsindikatoren.md, section 6).</value>
    public FunnelOverdispersion Overdispersion { get; init; } = FunnelOverdispersion.Additive;

    /// <summary>Gets the maximum number of threads of the model fits; -1 for all processors. Results do not depend on it.</summary>
    /// <value>The default value is -1.</value>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Gets a receiver of the fraction done (0 to 1), or null. It moves once per outcome and model variant.</summary>
    public IProgress<double>? Progress { get; init; }

    /// <summary>Gets a logger for the steps, their counts and timings (never data values), or null. The model fits log
    /// to it too.</summary>
    public ILogger? Logger { get; init; }
}
