using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Evaluation;

namespace Indikator.Core.Tests.Evaluation;

public partial class TrialEvaluationTests
{
    private static readonly Dictionary<int, int> FiveOffices = Enumerable.Range(0, 5).ToDictionary(o => o, _ => 12);

    /// <summary>The AFI statement, "three as good as their controls, two better", needs each office's effect with its
    /// interval: offices 0-2 have no effect, offices 3-4 an effect of 0.5 (noise sd 1, about 0.12 standard error per
    /// office). Checked: every estimate within 4 standard errors of its truth, the two offices with an effect found
    /// better, and every verdict the reading of its interval. Whether a null office is called "as good" at this seed
    /// is chance (5 % each); the interval coverage is checked by the repeated simulation.</summary>
    [Fact]
    public void Per_office_effects_come_with_intervals_against_their_own_controls()
    {
        var data = TrialPanels.Build(20, 24, 30, FiveOffices, (o, _) => o >= 3 ? 0.5 : 0, 1.0, seed: 31);
        var result = TrialEvaluation.Evaluate(data, TrialPanels.Spec(FiveOffices));

        Assert.Equal(15, result.Controls.Count);
        Assert.Equal(15, result.Controls.Select(c => c.ControlOffice).Distinct().Count());
        Assert.Equal(TrialVerdict.Better, result.Offices[3].Verdict);
        Assert.Equal(TrialVerdict.Better, result.Offices[4].Verdict);
        foreach (var office in result.Offices)
        {
            Assert.Equal(3, office.Controls.Count);
            Assert.Contains("CR2", office.Effect.Covariance, StringComparison.OrdinalIgnoreCase);
            var truth = office.Office is "o03" or "o04" ? 0.5 : 0;
            Assert.InRange(office.Effect.Estimate, truth - (4 * office.Effect.StandardError), truth + (4 * office.Effect.StandardError));
            var reading = office.Effect.Lower > 0 ? TrialVerdict.Better : office.Effect.Upper < 0 ? TrialVerdict.Worse : TrialVerdict.AsGoodAsControls;
            Assert.Equal(reading, office.Verdict);
        }
    }

    /// <summary>Matching picks, for each trial office, the candidates nearest on level, trend and size: offices 1-3 follow
    /// the trial office's own path (level 0.5, trend 0.01 a month), offices 4-9 differ in level or trend, so the
    /// controls are offices 1-3, listed by ascending distance.</summary>
    [Fact]
    public void Matched_controls_are_the_nearest_candidates()
    {
        var starts = new Dictionary<int, int> { [0] = 12 };
        var data = TrialPanels.Build(10, 24, 30, starts, (_, _) => 0, 0.05, seed: 32, officePath: (o, t) => o < 4 ? 0.5 + (0.01 * t) : (0.1 * o) + (0.005 * (o - 6) * t));
        var result = TrialEvaluation.Evaluate(data, TrialPanels.Spec(starts));

        Assert.Equal(["o01", "o02", "o03"], result.Controls.Select(c => c.ControlOffice).Order(StringComparer.Ordinal));
        Assert.True(result.Controls.Select(c => c.Distance).SequenceEqual(result.Controls.Select(c => c.Distance).Order()));
        Assert.All(result.Controls, c => Assert.Equal(30, c.PersonMonthsPerMonth, 1e-9));
    }

    /// <summary>Row order and thread count do not change the controls, the estimates or the bootstrap: estimates to
    /// 1e-9 relative (sums in another order), the bootstrap p-value exactly (the same seeded draws per office).</summary>
    [Fact]
    public void Row_order_and_thread_count_do_not_change_the_result()
    {
        var reference = TrialEvaluation.Evaluate(TrialPanels.Build(12, 18, 8, CommonStart, (_, k) => 0.1, 1.0, seed: 33), TrialPanels.Spec(CommonStart) with { Controls = [], ControlsPerTrialOffice = 2 });
        Prop.ForAll(Gen.Choose(1, 10_000).ToArbitrary(), seed =>
        {
            var n = 12 * 18 * 8;
            var order = Enumerable.Range(0, n).ToArray();
            new Random(seed).Shuffle(order);
            var data = TrialPanels.Build(12, 18, 8, CommonStart, (_, k) => 0.1, 1.0, seed: 33, order);
            var other = TrialEvaluation.Evaluate(data, TrialPanels.Spec(CommonStart) with { ControlsPerTrialOffice = 2, MaxDegreeOfParallelism = 1 + (seed % 2) });
            return other.Controls.Select(c => c.ControlOffice).SequenceEqual(reference.Controls.Select(c => c.ControlOffice))
                && Close(other.Effect.Estimate, reference.Effect.Estimate)
                && Close(other.Effect.StandardError, reference.Effect.StandardError)
                && other.Effect.Bootstrap!.PValue.Equals(reference.Effect.Bootstrap!.PValue)
                && Close(other.TwoWayFixedEffects.Estimate, reference.TwoWayFixedEffects.Estimate)
                && other.Offices.Zip(reference.Offices).All(p => Close(p.First.Effect.Estimate, p.Second.Effect.Estimate));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(4));
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(Math.Abs(b), 1e-12);
}
