using Indikator.Core.Internal;

namespace Indikator.Core.Evaluation;

/// <summary>What <see cref="TrialEvaluation"/> evaluates: the trial offices with their start months, the control
/// offices (given, or matched by the library), the event-study window and the inference settings.</summary>
/// <remarks>
/// <para>Starts may differ between offices (staggered). Controls are never treated. When <see cref="Controls"/> is
/// empty, each trial office gets <see cref="ControlsPerTrialOffice"/> controls among the offices not in the trial,
/// matched on the level and the trend of the risk-adjusted outcome over the <see cref="MatchingMonths"/> months before
/// its start and on its size (docs/evaluation.md, "Choosing controls").</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed record TrialSpec
{
    /// <summary>Initializes a specification.</summary>
    /// <param name="trials">The trial offices with their start months; at least one, each office once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="trials"/> is null.</exception>
    public TrialSpec(IReadOnlyList<TrialOffice> trials)
    {
        Trials = trials;
    }

    /// <summary>Gets the trial offices with their start months.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<TrialOffice> Trials { get; init => field = ValueList.Of(value); }

    /// <summary>Gets the control offices, or an empty list to let the library choose them by matching.</summary>
    /// <value>The default value is empty: controls are matched.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<string> Controls { get; init => field = ValueList.Of(value); } = ValueList<string>.Empty;

    /// <summary>Gets the outcome: for <see cref="TrialEvaluation.Evaluate(Indicators.Work.WorkIndicatorResult, TrialSpec, CancellationToken)"/>
    /// one of the work result's outcomes (its risk-adjusted values are used); for the column-source overload a numeric
    /// column that is already risk-adjusted.</summary>
    /// <value>The default value is <c>jobb3</c>, NAV's headline outcome.</value>
    public string Outcome { get; init; } = "jobb3";

    /// <summary>Gets the categorical column that holds the office.</summary>
    /// <value>The default value is <c>office</c>.</value>
    public string OfficeColumn { get; init; } = "office";

    /// <summary>Gets the categorical column of the month (levels <c>yyyy-MM</c>); read by the column-source overload
    /// only, the work-result overload uses the measurement month.</summary>
    /// <value>The default value is <c>period</c>.</value>
    public string PeriodColumn { get; init; } = "period";

    /// <summary>Gets the categorical column of the dense person code; read by the column-source overload only. It
    /// never leaves the computation: results hold offices and months, never a person.</summary>
    /// <value>The default value is <c>person</c>.</value>
    public string PersonColumn { get; init; } = "person";

    /// <summary>Gets the number of controls matched to each trial office when <see cref="Controls"/> is empty.</summary>
    /// <value>The default value is 3.</value>
    public int ControlsPerTrialOffice { get; init; } = 3;

    /// <summary>Gets the number of months before a start over which level and trend are matched.</summary>
    /// <value>The default value is 12; at least 2.</value>
    public int MatchingMonths { get; init; } = 12;

    /// <summary>Gets the number of pre-trial months shown in the event study: relative months -<see cref="Leads"/>
    /// + 1 to -2 get their own estimate, everything at or before -<see cref="Leads"/> one binned estimate; month -1 is
    /// the reference.</summary>
    /// <value>The default value is 6; at least 2.</value>
    public int Leads { get; init; } = 6;

    /// <summary>Gets the number of post-start months with their own estimate: relative months 0 to <see cref="Lags"/> - 1
    /// each, everything from <see cref="Lags"/> on one binned estimate.</summary>
    /// <value>The default value is 12; at least 1.</value>
    public int Lags { get; init; } = 12;

    /// <summary>Gets the comparison group of the pooled effects and the event study.</summary>
    /// <value>The default value is <see cref="TrialComparison.NeverTreated"/>.</value>
    public TrialComparison Comparison { get; init; } = TrialComparison.NeverTreated;

    /// <summary>Gets the level of every interval.</summary>
    /// <value>The default value is 0.95.</value>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Gets the number of wild cluster bootstrap replications.</summary>
    /// <value>The default value is 9,999; at least 99.</value>
    public int BootstrapReplications { get; init; } = 9_999;

    /// <summary>Gets the seed of the bootstrap; the same seed gives the same result.</summary>
    /// <value>The default value is 20_210_101.</value>
    public long Seed { get; init; } = 20_210_101;

    /// <summary>Gets the maximum number of threads of the fits and the bootstrap; -1 for all processors. Results do not depend on it.</summary>
    /// <value>The default value is -1.</value>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
