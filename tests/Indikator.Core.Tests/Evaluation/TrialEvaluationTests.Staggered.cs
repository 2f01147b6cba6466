using Indikator.Core.Evaluation;

namespace Indikator.Core.Tests.Evaluation;

public partial class TrialEvaluationTests
{
    // Cohort A (offices 0-3) starts in month 6 with an effect that ramps up, 0.02 per month; cohort B (offices 4-7)
    // starts in month 18 with a constant 0.1. Offices 8-15 are never treated. Noise sd 0.05.
    private static readonly Dictionary<int, int> TwoCohorts = Enumerable.Range(0, 8).ToDictionary(o => o, o => o < 4 ? 6 : 18);

    private static double TrueEffect(int office, int k) => office < 4 ? 0.02 * k : 0.1;

    /// <summary>Two cohorts with heterogeneous, dynamic effects: the two-way fixed-effects estimate uses cohort A's
    /// ramping treated months as controls for cohort B and is biased (here by more than 0.05), while the
    /// interaction-weighted estimate recovers the person-month-weighted true effect. Bound 0.005: the noise's standard
    /// error is about 0.001 at this size.</summary>
    [Fact]
    public void Staggered_starts_with_heterogeneous_effects_bias_two_way_fixed_effects_but_not_sun_abraham()
    {
        var data = TrialPanels.Build(16, 30, 10, TwoCohorts, TrueEffect, 0.05, seed: 21);
        var spec = TrialPanels.Spec(TwoCohorts) with { Controls = [.. Enumerable.Range(8, 8).Select(TrialPanels.Office)], Lags = 24 };
        var result = TrialEvaluation.Evaluate(data, spec);

        // Truth: the mean of tau over treated post person-months (equal persons per office and month).
        var effects = TwoCohorts.SelectMany(s => Enumerable.Range(0, 30 - s.Value).Select(k => TrueEffect(s.Key, k))).ToArray();
        var truth = effects.Average();

        Assert.True(result.IsStaggered);
        Assert.InRange(result.Effect.Estimate, truth - 0.005, truth + 0.005);
        Assert.True(Math.Abs(result.TwoWayFixedEffects.Estimate - truth) > 0.05, $"TWFE {result.TwoWayFixedEffects.Estimate} vs truth {truth}");
        Assert.InRange(truth, result.Effect.Bootstrap!.ConfidenceInterval.Lower, result.Effect.Bootstrap.ConfidenceInterval.Upper);

        // Event study: relative month k averages the cohorts that reach it (B only up to k = 11), leads are 0.
        foreach (var point in result.EventStudy.Where(p => !p.IsBinned && !p.IsReference))
        {
            var k = point.RelativeMonth;
            var expected = k < 0 ? 0 : k < 12 ? (TrueEffect(0, k) + TrueEffect(4, k)) / 2 : TrueEffect(0, k);
            // Each point rests on 40 person-months per cohort and month (standard error about 0.01), so it is checked
            // against its own standard error: within 4 of them.
            Assert.InRange(point.Estimate, expected - (4 * point.StandardError), expected + (4 * point.StandardError));
            Assert.True(point.Lower <= point.Estimate && point.Estimate <= point.Upper);
        }

        Assert.Equal(5, result.Placebo.Leads);
        Assert.InRange(result.Placebo.PValue, 0, 1);
    }

    /// <summary>The placebo test rejects when trial offices were already drifting away before the start: a pre-trend of
    /// 0.02 per month in cohort A, against noise sd 0.05.</summary>
    [Fact]
    public void Placebo_test_rejects_a_pre_trend()
    {
        var starts = new Dictionary<int, int> { [0] = 12, [1] = 12, [2] = 12, [3] = 12 };
        var data = TrialPanels.Build(12, 24, 10, starts.ToDictionary(s => s.Key, _ => 0), (_, t) => 0.02 * t, 0.05, seed: 22);
        var result = TrialEvaluation.Evaluate(data, TrialPanels.Spec(starts) with { Controls = [.. Enumerable.Range(4, 8).Select(TrialPanels.Office)] });
        Assert.True(result.Placebo.PValue < 0.01, $"p = {result.Placebo.PValue}");
    }

    /// <summary>With the last-treated comparison, cohort B (start 18) serves as a control until its start and the months
    /// from 18 on are left out: the pooled effect is cohort A's over its months 0-11, the mean of 0.02 k = 0.11, and the
    /// two-way fixed-effects estimate, now with one treated cohort and clean controls only, is the same simple
    /// difference-in-differences (both within 4 standard errors; only six pre-trial months, one block of persons, so
    /// the standard error is several times that of the full-window test above). Per-office effects still cover all eight
    /// trial offices against their controls.</summary>
    [Fact]
    public void Last_treated_comparison_uses_the_last_cohort_as_controls_before_its_start()
    {
        var data = TrialPanels.Build(16, 30, 10, TwoCohorts, TrueEffect, 0.05, seed: 23);
        var spec = TrialPanels.Spec(TwoCohorts) with { Controls = [.. Enumerable.Range(8, 8).Select(TrialPanels.Office)], Lags = 24, Comparison = TrialComparison.LastTreated };
        var result = TrialEvaluation.Evaluate(data, spec);

        var truth = Enumerable.Range(0, 12).Average(k => TrueEffect(0, k));
        Assert.True(result.IsStaggered);
        Assert.InRange(result.Effect.Estimate, truth - (4 * result.Effect.StandardError), truth + (4 * result.Effect.StandardError));
        Assert.InRange(result.TwoWayFixedEffects.Estimate, truth - (4 * result.TwoWayFixedEffects.StandardError), truth + (4 * result.TwoWayFixedEffects.StandardError));
        Assert.InRange(result.Effect.StandardError, 0.001, 0.01);
        Assert.Equal(16 * 18 * 10, result.Effect.PersonMonths);
        Assert.Contains("last-treated", result.Effect.Method, StringComparison.Ordinal);
        Assert.Equal(8, result.Offices.Count);
        Assert.InRange(result.Offices[5].Effect.Estimate, 0.1 - (4 * result.Offices[5].Effect.StandardError), 0.1 + (4 * result.Offices[5].Effect.StandardError));
    }

    /// <summary>The last-treated comparison needs at least two start months.</summary>
    [Fact]
    public void Last_treated_comparison_without_staggered_starts_is_rejected()
    {
        var data = TrialPanels.Build(6, 12, 4, new Dictionary<int, int> { [0] = 6 }, (_, _) => 0, 1.0, seed: 24);
        var spec = TrialPanels.Spec(new Dictionary<int, int> { [0] = 6 }) with { Controls = ["o01", "o02"], Comparison = TrialComparison.LastTreated };
        var error = Assert.Throws<ArgumentException>(() => TrialEvaluation.Evaluate(data, spec));
        Assert.Contains("LastTreated", error.Message, StringComparison.Ordinal);
    }
}
