using Indikator.Core.Data;
using Indikator.Core.Internal;

namespace Indikator.Core.Evaluation;

/// <summary>The evaluation of a trial: the controls, the average effect, the event study with its placebo test, and
/// each trial office against its controls.</summary>
/// <remarks>
/// <para>Every number is about offices and months; no person appears. The effects are differences in the
/// risk-adjusted outcome (actual minus expected) between trial and control offices, after their pre-trial
/// difference: causal under parallel trends and no anticipation, which the placebo test can contradict but never
/// prove. docs/evaluation.md gives the formulas and references.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
[Reporting.Notebooks.TypeFormatterSource(typeof(Reporting.Notebooks.NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class TrialEvaluationResult
{
    internal TrialEvaluationResult(
        TrialSpec spec,
        string outcomeDescription,
        IReadOnlyList<MatchedControl> controls,
        IReadOnlyList<YearMonth> cohorts,
        TrialEffect effect,
        TrialEffect twoWay,
        IReadOnlyList<EventStudyPoint> eventStudy,
        PlaceboTest placebo,
        IReadOnlyList<OfficeTrialEffect> offices,
        int excludedRows)
    {
        Spec = spec;
        OutcomeDescription = outcomeDescription;
        Controls = ValueList.Of(controls);
        Cohorts = ValueList.Of(cohorts);
        Effect = effect;
        TwoWayFixedEffects = twoWay;
        EventStudy = ValueList.Of(eventStudy);
        Placebo = placebo;
        Offices = ValueList.Of(offices);
        ExcludedRows = excludedRows;
    }

    /// <summary>Gets the specification evaluated.</summary>
    public TrialSpec Spec { get; }

    /// <summary>Gets what the outcome is, in plain words.</summary>
    public string OutcomeDescription { get; }

    /// <summary>Gets the control offices: matched per trial office with their distances, or the given controls (distance NaN, one row per trial office and control).</summary>
    public IReadOnlyList<MatchedControl> Controls { get; }

    /// <summary>Gets the distinct start months, ascending; more than one means staggered starts.</summary>
    public IReadOnlyList<YearMonth> Cohorts { get; }

    /// <summary>Gets whether the trial offices started in different months.</summary>
    public bool IsStaggered => Cohorts.Count > 1;

    /// <summary>Gets the headline effect: Sun and Abraham's interaction-weighted average over the post-start months,
    /// with the CR2 interval by office (Bell-McCaffrey degrees of freedom) and the wild cluster bootstrap by office. Free of the two-way fixed-effects bias under
    /// staggered starts and effects that vary over time or cohorts.</summary>
    public TrialEffect Effect { get; }

    /// <summary>Gets the classic two-way fixed-effects difference-in-differences (one trial indicator), CR2 by office,
    /// with the wild cluster bootstrap. With one start month it is a valid average effect (with its own
    /// person-month weights); with staggered starts it is shown for comparison only.</summary>
    public TrialEffect TwoWayFixedEffects { get; }

    /// <summary>Gets the event study: one point per month relative to the start, from -<see cref="TrialSpec.Leads"/>
    /// (binned) to <see cref="TrialSpec.Lags"/> (binned), with -1 the reference.</summary>
    public IReadOnlyList<EventStudyPoint> EventStudy { get; }

    /// <summary>Gets the joint test that the pre-trial leads are zero.</summary>
    public PlaceboTest Placebo { get; }

    /// <summary>Gets each trial office against its own controls, in the order of <see cref="TrialSpec.Trials"/>.</summary>
    public IReadOnlyList<OfficeTrialEffect> Offices { get; }

    /// <summary>Gets the number of person-months left out for a missing office, month or person (or, for a column
    /// source, a missing outcome); the work result counts its own exclusions.</summary>
    public int ExcludedRows { get; }
}
