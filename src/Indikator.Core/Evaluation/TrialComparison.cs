namespace Indikator.Core.Evaluation;

/// <summary>Which offices the pooled effects and the event study compare the trial offices with.</summary>
public enum TrialComparison
{
    /// <summary>The control offices, never treated (Sun and Abraham's never-treated comparison group).</summary>
    NeverTreated,

    /// <summary>The control offices and the offices of the last cohort (the trial offices with the latest start) as long
    /// as they are not yet treated: the months from the last start on are left out, and the last cohort gets no pooled
    /// effect of its own (Sun and Abraham's last-treated comparison group). Needs staggered starts. Per-office effects
    /// are unchanged: each trial office against its own controls.</summary>
    LastTreated,
}
