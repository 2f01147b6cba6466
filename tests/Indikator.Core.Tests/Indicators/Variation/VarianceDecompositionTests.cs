using System.Globalization;
using Indikator.Core.Indicators.Disclosure;
using Indikator.Core.Indicators.Variation;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Tests.Indicators.Work;
using MathNet.Numerics.Distributions;
using Xunit.Abstractions;

namespace Indikator.Core.Tests.Indicators.Variation;

public sealed class VarianceDecompositionTests(ITestOutputHelper output)
{
    private static readonly Lazy<VarianceDecompositionResult> ProofFixedEffect = new(() =>
        VarianceDecomposition.Compute(WorkFixtures.ProofResult, new VarianceDecompositionOptions { Variant = ContributionVariant.FixedEffect }));

    private static readonly Lazy<VarianceDecompositionResult> ProofMeanResidual = new(() => VarianceDecomposition.Compute(WorkFixtures.ProofResult));

    [Fact]
    public void Adjusted_between_office_variance_is_near_the_synthetic_truth()
    {
        // Proof data (seed 1, 300 000 person-months, jobb3). Under FixedEffect the adjusted office mean estimates
        // q u_o + const without bias (docs/synthetic-data.md), so c_u = theta_u + e_u with theta_u = the true jobb3
        // effect and Var(e_u) = s_u^2. Given the true effects, DerSimonian-Laird's Q = sum w (c - c_w)^2 (w = 1/s^2) has
        // E[Q] = sum w d^2 + (k - 1) with d = theta - theta_w, so tau2_DL targets T = sum w d^2 / (S1 - S2/S1), and
        // Var(Q) = 4 sum w d^2 + 2 (k - 1) (the linear and the chi-square part). The bound is 4 of these standard
        // deviations: only the sampling noise of this one data set, not the spread of the true effects, is error here.
        var result = ProofFixedEffect.Value;
        var rows = result.Rows.Where(r => r.Adjusted is not null).ToArray();
        var theta = rows.Select(r => TruthComparison.Truth(WorkFixtures.Proof, "jobb3", r.Unit)).ToArray();
        var w = rows.Select(r => 1 / (r.AdjustedStandardError!.Value * r.AdjustedStandardError.Value)).ToArray();
        var s1 = w.Sum();
        var s2 = w.Sum(x => x * x);
        var thetaW = w.Zip(theta, (a, b) => a * b).Sum() / s1;
        var swd2 = w.Zip(theta, (a, b) => a * (b - thetaW) * (b - thetaW)).Sum();
        var target = swd2 / (s1 - (s2 / s1));
        var sd = Math.Sqrt((4 * swd2) + (2 * (rows.Length - 1))) / (s1 - (s2 / s1));
        var mean = theta.Average();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"tau2 {result.Adjusted.TauSquared:G4}, target {target:G4}, sd {sd:G3}, plain variance of the true effects {theta.Sum(t => (t - mean) * (t - mean)) / (theta.Length - 1):G4}"));
        Assert.InRange(result.Adjusted.TauSquared, target - (4 * sd), target + (4 * sd));
        Assert.InRange(target, result.Adjusted.TauSquaredLower, result.Adjusted.TauSquaredUpper);
    }

    [Fact]
    public void The_adjustment_explains_most_of_the_raw_variance_in_the_synthetic_data()
    {
        // Offices differ in their users far more than in their effects (docs/synthetic-data.md): the raw between-office
        // variance must be several times the adjusted one, and the share is defined as 1 - tau_adj^2 / tau_raw^2.
        foreach (var result in new[] { ProofMeanResidual.Value, ProofFixedEffect.Value })
        {
            Assert.Equal(1 - (result.Adjusted.TauSquared / result.Raw.TauSquared), result.ExplainedShare, 12);
            Assert.InRange(result.ExplainedShare, result.ExplainedShareLower, result.ExplainedShareUpper);
            Assert.InRange(result.ExplainedShare, 0.5, 1);
            Assert.Equal(result.Adjusted.TauSquared / result.Adjusted.TotalVariance, result.Adjusted.Share, 12);
            Assert.InRange(result.Raw.TauSquared, result.Raw.TauSquaredLower, result.Raw.TauSquaredUpper);
        }
    }

    [Fact]
    public void Unit_means_are_the_published_actual_and_contribution()
    {
        // MeanResidual: the adjusted mean is the contribution. Its standard error leaves out the model's uncertainty: it is
        // the CR1 standard error of the unit's mean residual, sqrt(G/(G-1) sum_p (E_p - n_p m)^2) / n, computed here
        // directly from the fit's residuals and person codes. The raw mean is the table's actual mean.
        var table = WorkFixtures.ProofResult.Table("jobb3", "office");
        var fit = WorkFixtures.ProofResult.Model("jobb3");
        var source = fit.State.Frame.Source;
        Assert.True(source.TryGetCategorical("office", out var office));
        Assert.True(source.TryGetCategorical(ModelSource.PersonColumn, out var person));
        var used = fit.UsedRows.ToArray();
        var residuals = fit.Residuals.ToArray();
        foreach (var row in ProofMeanResidual.Value.Rows.Where(r => r.Status == SuppressionStatus.Published))
        {
            var published = table.Find(row.Unit, null)!;
            Assert.Equal(published.Actual!.Value, row.RawMean!.Value, 12);
            Assert.Equal(published.Contribution!.Value, row.Adjusted!.Value, 12);

            var u = office.Levels.ToList().IndexOf(row.Unit);
            var perPerson = new Dictionary<int, (double E, int N)>();
            for (var i = 0; i < used.Length; i++)
            {
                if (office.CodeArray[used[i]] == u)
                {
                    var p = person.CodeArray[used[i]];
                    var (e, k) = perPerson.GetValueOrDefault(p);
                    perPerson[p] = (e + residuals[i], k + 1);
                }
            }

            var n = perPerson.Values.Sum(v => v.N);
            var m = perPerson.Values.Sum(v => v.E) / n;
            var g = perPerson.Count;
            var expected = Math.Sqrt(g / (g - 1.0) * perPerson.Values.Sum(v => (v.E - (v.N * m)) * (v.E - (v.N * m)))) / n;
            Assert.Equal(expected, row.AdjustedStandardError!.Value, expected * 1e-9);
        }

        // FixedEffect: the adjusted mean is a_u + the unit's mean residual; the contribution subtracts the weighted
        // centre, one constant for every office.
        var fe = WorkFixtures.ProofResult.Table("jobb3", "office", ContributionVariant.FixedEffect);
        var shifts = ProofFixedEffect.Value.Rows.Where(r => r.Status == SuppressionStatus.Published)
            .Select(r => r.Adjusted!.Value - fe.Find(r.Unit, null)!.Contribution!.Value).ToArray();
        Assert.All(shifts, s => Assert.Equal(shifts[0], s, 10));
    }

    [Fact]
    public void Ranks_add_up_and_their_intervals_are_ordered()
    {
        // Each draw ranks the k units 1..k, so the mean ranks sum to k (k + 1) / 2.
        var result = ProofMeanResidual.Value;
        var ranked = result.Rows.Where(r => r.MeanRank is not null).ToArray();
        var k = ranked.Length;
        Assert.Equal(k, result.RankedUnits);
        Assert.Equal(k * (k + 1) / 2.0, ranked.Sum(r => r.MeanRank!.Value), 6);
        Assert.All(ranked, r =>
        {
            Assert.InRange(r.RankLower!.Value, 1, r.RankUpper!.Value);
            Assert.InRange(r.RankUpper!.Value, r.RankLower!.Value, k);
            Assert.InRange(r.Reliability!.Value, 0, 1);
        });

        // The most reliable unit is pinned down better than the least reliable one.
        var best = ranked.MaxBy(r => r.Reliability!.Value)!;
        var worst = ranked.MinBy(r => r.Reliability!.Value)!;
        Assert.True(best.RankStandardDeviation < worst.RankStandardDeviation);
    }

    [Fact]
    public void Same_inputs_give_the_same_result()
    {
        var again = VarianceDecomposition.Compute(WorkFixtures.ProofResult);
        Assert.Equal(ProofMeanResidual.Value.Rows, again.Rows);
        Assert.Equal(ProofMeanResidual.Value.Stability, again.Stability);
        Assert.Equal(ProofMeanResidual.Value.ExplainedShareLower, again.ExplainedShareLower);
    }

    [Fact]
    public void Stability_pairs_consecutive_years()
    {
        // 36 months from 2022-01: 2022-2023 and 2023-2024. The true office effects do not change, so the years correlate.
        var stability = ProofFixedEffect.Value.Stability;
        Assert.Equal([(2022, 2023), (2023, 2024)], stability.Select(s => (s.FromYear, s.ToYear)));
        Assert.All(stability, s =>
        {
            Assert.InRange(s.Pearson, 0.05, 1);
            Assert.InRange(s.NoiseCeiling, 0, 1);
        });
    }

    [Fact]
    public void Q_profile_limits_solve_the_generalised_q_equations()
    {
        // eb_units.csv (shared/reference/inference, Part 2): 40 estimates with standard errors. Viechtbauer (2007): the
        // limits solve Q(tau2) = chi^2_39(0.975) and chi^2_39(0.025), Q(t) = sum (y - mu_t)^2 / (t + v), mu_t weighted.
        var lines = File.ReadAllLines(Path.Combine(VcReference.Dir, "eb_units.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        var y = lines.Select(p => double.Parse(p[1], CultureInfo.InvariantCulture)).ToArray();
        var se = lines.Select(p => double.Parse(p[2], CultureInfo.InvariantCulture)).ToArray();
        var (lower, upper) = TauSquaredInterval.Compute(y, se, 0.95);
        Assert.Equal(ChiSquared.InvCDF(39, 0.975), Q(y, se, lower), 9);
        Assert.Equal(ChiSquared.InvCDF(39, 0.025), Q(y, se, upper), 9);
        // The REML estimate of the reference (0.06696) lies inside.
        Assert.InRange(0.066963453892765645, lower, upper);
    }

    [Fact]
    public void Clustered_means_count_a_person_once()
    {
        // Cell 0: person A with values 1 and 3, person B with 5. n = 3, m = 3; S_A = 4 (n_A = 2), S_B = 5 (n_B = 1):
        // V = G/(G-1) sum (S_p - n_p m)^2 / n^2 = 2 ((4 - 6)^2 + (5 - 3)^2) / 9 = 16/9. Cell 1 has one person: NaN.
        var means = ClusteredCellMeans.Compute([0, 0, 0, 1], [0, 0, 1, 1], 2, [1, 3, 5, 7], [2, 6, 10, 0], 2);
        Assert.Equal(3, means.Mean1[0], 12);
        Assert.Equal(16.0 / 9, means.Variance1[0], 12);
        Assert.Equal(64.0 / 9, means.Variance2[0], 12);
        Assert.Equal(2, means.Persons[0]);
        Assert.True(double.IsNaN(means.Variance1[1]));
    }

    [Fact]
    public void Refuses_levels_it_cannot_decompose()
    {
        var work = WorkFixtures.ProofResult;
        Assert.Contains("single column", Assert.Throws<ArgumentException>(() => VarianceDecomposition.Compute(work, new VarianceDecompositionOptions { Level = "office_need_category" })).Message, StringComparison.Ordinal);
        Assert.Contains("FixedEffectLevels", Assert.Throws<ArgumentException>(() => VarianceDecomposition.Compute(work, new VarianceDecompositionOptions { Level = "region", Variant = ContributionVariant.FixedEffect })).Message, StringComparison.Ordinal);
        Assert.Contains("atid3", Assert.Throws<ArgumentException>(() => VarianceDecomposition.Compute(work, new VarianceDecompositionOptions { Outcome = "atid3" })).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => VarianceDecomposition.Compute(work, new VarianceDecompositionOptions { RankDraws = 10 }));
    }

    private static double Q(double[] y, double[] se, double tau2)
    {
        var w = se.Select(s => 1 / (tau2 + (s * s))).ToArray();
        var mu = w.Zip(y, (a, b) => a * b).Sum() / w.Sum();
        return w.Zip(y, (a, b) => a * (b - mu) * (b - mu)).Sum();
    }
}
