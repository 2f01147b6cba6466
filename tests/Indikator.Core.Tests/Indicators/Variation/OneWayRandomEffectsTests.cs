using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Indicators.Variation;
using MathNet.Numerics.Distributions;

namespace Indikator.Core.Tests.Indicators.Variation;

public sealed class OneWayRandomEffectsTests
{
    private const VarianceComponentsMethod Reml = VarianceComponentsMethod.RestrictedMaximumLikelihood;
    private const VarianceComponentsMethod Ml = VarianceComponentsMethod.MaximumLikelihood;
    private const VarianceComponentsMethod Anova = VarianceComponentsMethod.AnovaMoments;

    // Three groups of three: {1, 2, 3}, {4, 5, 9}, {7, 8, 9}.
    private static readonly double[] HandY = [1, 2, 3, 4, 5, 9, 7, 8, 9];
    private static readonly int[] HandGroups = [0, 0, 0, 1, 1, 1, 2, 2, 2];

    [Fact]
    public void Balanced_anova_matches_the_hand_computation()
    {
        // Means 2, 6, 8; grand mean 16/3. SSW = (1 + 0 + 1) + (4 + 1 + 9) + (1 + 0 + 1) = 18, MSW = 18 / (9 - 3) = 3.
        // SSB = 3 ((2 - 16/3)^2 + (6 - 16/3)^2 + (8 - 16/3)^2) = 3 (100 + 4 + 64) / 9 = 56, MSB = 56 / 2 = 28.
        // sigma_b^2 = (28 - 3) / 3 = 25/3, ICC = (25/3) / (25/3 + 3) = 25/34.
        var fit = OneWayRandomEffects.Fit(HandY, HandGroups, Anova);
        Assert.Equal(28, fit.MeanSquareBetween, 12);
        Assert.Equal(3, fit.MeanSquareWithin, 12);
        Assert.Equal(3, fit.EffectiveGroupSize, 12);
        Assert.Equal(25.0 / 3, fit.BetweenVariance, 12);
        Assert.Equal(3, fit.WithinVariance, 12);
        Assert.Equal(25.0 / 34, fit.Icc, 12);

        // Searle's F interval: F = 28/3 ~ (1 + 3 l) F(2, 6): l in ((F / F_0.975 - 1) / 3, (F / F_0.025 - 1) / 3).
        var f = 28.0 / 3;
        var lo = ((f / FisherSnedecor.InvCDF(2, 6, 0.975)) - 1) / 3;
        var hi = ((f / FisherSnedecor.InvCDF(2, 6, 0.025)) - 1) / 3;
        Assert.Equal(lo / (1 + lo), fit.IccLower, 12);
        Assert.Equal(hi / (1 + hi), fit.IccUpper, 12);
    }

    [Fact]
    public void Balanced_reml_equals_the_anova_estimate_and_its_gls_pieces_by_hand()
    {
        // In a balanced design with MSB > MSW, REML = ANOVA: sigma_b^2 = 25/3, sigma_e^2 = 3, l = 25/9.
        // mu is the grand mean 16/3; Var(mu) = (sigma_e^2 + n sigma_b^2) / (a n) = MSB / 9 = 28/9.
        // BLUP of group 1: n l / (1 + n l) (2 - 16/3) = (25/28)(-10/3); conditional variance 3 (25/9) / (28/3) = 25/28.
        var fit = OneWayRandomEffects.Fit(HandY, HandGroups, Reml);
        Assert.Equal(25.0 / 3, fit.BetweenVariance, 10);
        Assert.Equal(3, fit.WithinVariance, 10);
        Assert.Equal(16.0 / 3, fit.Intercept, 12);
        Assert.Equal(Math.Sqrt(28.0 / 9), fit.InterceptStandardError, 10);
        Assert.Equal(25.0 / 28 * (-10.0 / 3), fit.ConditionalModes[0], 10);
        Assert.Equal(25.0 / 28 * (2.0 / 3), fit.ConditionalModes[1], 10);
        Assert.Equal(25.0 / 28, fit.ConditionalVariances[2], 10);
        Assert.Equal([3, 3, 3], fit.GroupSizes);
    }

    [Fact]
    public void When_groups_do_not_differ_anova_is_negative_and_reml_is_zero()
    {
        // Groups {1, 3} and {1, 3}: MSB = 0, SSW = 4, MSW = 4 / 2 = 2, sigma_b^2 = (0 - 2) / 2 = -1.
        double[] y = [1, 3, 1, 3];
        int[] g = [0, 0, 1, 1];
        var anova = OneWayRandomEffects.Fit(y, g, Anova);
        Assert.Equal(-1, anova.BetweenVariance, 12);
        Assert.Equal(2, anova.WithinVariance, 12);

        // REML at the boundary l = 0: sigma_e^2 = Q(0) / (N - 1) = (SSW + 0) / 3 = 4/3; ML: 4/4 = 1.
        var reml = OneWayRandomEffects.Fit(y, g, Reml);
        Assert.Equal(0, reml.BetweenVariance);
        Assert.Equal(4.0 / 3, reml.WithinVariance, 12);
        Assert.Equal(0, reml.IccLower);
        Assert.Equal(1, OneWayRandomEffects.Fit(y, g, Ml).WithinVariance, 12);
    }

    [Theory]
    [InlineData("balanced", "REML")]
    [InlineData("balanced", "ML")]
    [InlineData("unbalanced", "REML")]
    [InlineData("unbalanced", "ML")]
    public void Matches_the_exact_lme4_optimum(string design, string method)
    {
        // vc_reference.json (make_inference_refs.R, Part 3): the exact optimum by uniroot(tol = 1e-15); README
        // tolerance 1e-9 relative. The conditional modes and variances from vc_ranef.csv, same tolerance.
        var (y, office, names) = VcReference.Design(design);
        var fit = OneWayRandomEffects.Fit(y, office, method == "REML" ? Reml : Ml);
        var exact = VcReference.Json(design, method);
        AssertRelative(exact.GetProperty("sigma2_between").GetDouble(), fit.BetweenVariance, 1e-9);
        AssertRelative(exact.GetProperty("sigma2_within").GetDouble(), fit.WithinVariance, 1e-9);
        AssertRelative(exact.GetProperty("icc").GetDouble(), fit.Icc, 1e-9);
        AssertRelative(exact.GetProperty("intercept").GetDouble(), fit.Intercept, 1e-9);
        AssertRelative(exact.GetProperty("se_intercept").GetDouble(), fit.InterceptStandardError, 1e-9);
        AssertRelative(exact.GetProperty("criterion").GetDouble(), fit.Criterion, 1e-9);
        AssertRelative(Math.Pow(exact.GetProperty("theta_exact").GetDouble(), 2), fit.VarianceRatio, 1e-9);
        var ranef = VcReference.Ranef(design, method);
        Assert.Equal(names.Length, ranef.Length);
        for (var i = 0; i < ranef.Length; i++)
        {
            Assert.Equal(names[i], ranef[i].Office);
            Assert.Equal(ranef[i].N, fit.GroupSizes[i]);
            Assert.Equal(ranef[i].Ranef, fit.ConditionalModes[i], 1e-9 * Math.Max(1, Math.Abs(ranef[i].Ranef)));
            AssertRelative(ranef[i].CondVar, fit.ConditionalVariances[i], 1e-9);
        }
    }

    [Theory]
    [InlineData("balanced", "REML")]
    [InlineData("balanced", "ML")]
    [InlineData("unbalanced", "REML")]
    [InlineData("unbalanced", "ML")]
    public void Matches_lme4_default_output_to_its_optimiser_tolerance(string design, string method)
    {
        // vc_reference.json "lme4_default" and vc_ranef.csv "ranef_lme4_default": lmer(y ~ 1 + (1|office)) with default
        // control, which stops about 1e-7 from the optimum; tolerance 1e-6 relative (README, Part 3), ranef 1e-6 absolute.
        var (y, office, _) = VcReference.Design(design);
        var fit = OneWayRandomEffects.Fit(y, office, method == "REML" ? Reml : Ml);
        var lme4 = VcReference.Json(design, method, "lme4_default");
        AssertRelative(lme4.GetProperty("sigma2_between").GetDouble(), fit.BetweenVariance, 1e-6);
        AssertRelative(lme4.GetProperty("sigma2_within").GetDouble(), fit.WithinVariance, 1e-6);
        AssertRelative(lme4.GetProperty("icc").GetDouble(), fit.Icc, 1e-6);
        AssertRelative(lme4.GetProperty("intercept").GetDouble(), fit.Intercept, 1e-6);
        AssertRelative(lme4.GetProperty("se_intercept").GetDouble(), fit.InterceptStandardError, 1e-6);
        AssertRelative(lme4.GetProperty("criterion").GetDouble(), fit.Criterion, 1e-6);
        var ranef = VcReference.Ranef(design, method);
        for (var i = 0; i < ranef.Length; i++)
        {
            Assert.Equal(ranef[i].RanefLme4, fit.ConditionalModes[i], 1e-6);
        }
    }

    [Theory]
    [InlineData("balanced")]
    [InlineData("unbalanced")]
    public void Anova_matches_the_reference_moments(string design)
    {
        // vc_reference.json "anova_moments": closed form, tolerance 1e-10 relative. Balanced: n0 = 25; unbalanced:
        // n0 = (N - sum n_i^2 / N) / (a - 1).
        var (y, office, _) = VcReference.Design(design);
        var fit = OneWayRandomEffects.Fit(y, office, Anova);
        var anova = VcReference.Json(design, "anova_moments");
        AssertRelative(anova.GetProperty("MSB").GetDouble(), fit.MeanSquareBetween, 1e-10);
        AssertRelative(anova.GetProperty("MSW").GetDouble(), fit.MeanSquareWithin, 1e-10);
        AssertRelative(anova.GetProperty("n0").GetDouble(), fit.EffectiveGroupSize, 1e-10);
        AssertRelative(anova.GetProperty("sigma2_between").GetDouble(), fit.BetweenVariance, 1e-10);
        AssertRelative(anova.GetProperty("sigma2_within").GetDouble(), fit.WithinVariance, 1e-10);
        AssertRelative(anova.GetProperty("icc").GetDouble(), fit.Icc, 1e-10);
    }

    [Fact]
    public void Reml_interval_is_where_the_criterion_is_within_the_chi_square_quantile()
    {
        // vc_unbalanced.csv: at each limit l of the profile interval, criterion(l) - criterion(l_hat) = chi^2_1(0.95).
        var (y, office, _) = VcReference.Design("unbalanced");
        var fit = OneWayRandomEffects.Fit(y, office, Reml);
        Assert.InRange(fit.Icc, fit.IccLower, fit.IccUpper);
        var q = ChiSquared.InvCDF(1, 0.95);
        foreach (var icc in new[] { fit.IccLower, fit.IccUpper })
        {
            var ratio = icc / (1 - icc);
            Assert.Equal(fit.Criterion + q, Criterion(y, office, ratio), 6);
        }
    }

    [Fact]
    public void Anova_interval_has_its_nominal_coverage_on_balanced_designs()
    {
        // Searle's interval is exact for balanced normal data: 400 data sets of 10 groups x 5 rows with sigma_b^2 = 0.5,
        // sigma_e^2 = 2 (ICC 0.2). Coverage is binomial(400, 0.95): sd 0.011, so [0.91, 0.99] is 3.6 sd each side.
        Assert.InRange(Coverage(Anova, groups: 10, size: 5, replications: 400, seed: 11), 0.91, 0.99);
    }

    [Fact]
    public void Reml_profile_interval_covers_near_its_nominal_level()
    {
        // The profile-likelihood interval is asymptotic: 300 data sets of 30 groups x 10 rows (ICC 0.2). Binomial sd at
        // 0.95 is 0.013; [0.90, 0.99] allows about 3.5 sd plus a little for the asymptotics.
        Assert.InRange(Coverage(Reml, groups: 30, size: 10, replications: 300, seed: 12), 0.90, 0.99);
    }

    [Fact]
    public void Row_order_does_not_change_the_estimates()
    {
        var (y, office, _) = VcReference.Design("unbalanced");
        var reference = OneWayRandomEffects.Fit(y, office, Reml);
        Prop.ForAll(Gen.Choose(1, 100_000).ToArbitrary(), seed =>
        {
            var order = Enumerable.Range(0, y.Length).ToArray();
            new Random(seed).Shuffle(order);
            var fit = OneWayRandomEffects.Fit(order.Select(i => y[i]).ToArray(), order.Select(i => office[i]).ToArray(), Reml);
            // Only the order of floating-point sums changes: agreement to about 1e-12 relative.
            return Math.Abs(fit.BetweenVariance - reference.BetweenVariance) <= 1e-10 * reference.BetweenVariance
                && Math.Abs(fit.Intercept - reference.Intercept) <= 1e-10 * reference.Intercept;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Refuses_bad_input_with_a_message_that_names_it()
    {
        Assert.Contains("groups[1]", Assert.Throws<ArgumentException>(() => OneWayRandomEffects.Fit([1.0, 2, 3], [0, -1, 1])).Message, StringComparison.Ordinal);
        Assert.Contains("Group code 1", Assert.Throws<ArgumentException>(() => OneWayRandomEffects.Fit([1.0, 2, 3], [0, 2, 2])).Message, StringComparison.Ordinal);
        Assert.Contains("y[2]", Assert.Throws<ArgumentException>(() => OneWayRandomEffects.Fit([1.0, 2, double.NaN], [0, 1, 1])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => OneWayRandomEffects.Fit([1.0, 2], [0, 1]));
        Assert.Throws<ArgumentException>(() => OneWayRandomEffects.Fit([1.0, 2, 3], [0, 1]));
        Assert.Throws<ArgumentException>(() => OneWayRandomEffects.Fit([1.0, 2, 3], [0, 1, 1], Reml, 1.0));
    }

    private static double Coverage(VarianceComponentsMethod method, int groups, int size, int replications, int seed)
    {
        const double Between = 0.5, Within = 2.0, TrueIcc = 0.2;
        var random = new Random(seed);
        var y = new double[groups * size];
        var g = new int[groups * size];
        var covered = 0;
        for (var r = 0; r < replications; r++)
        {
            for (var i = 0; i < groups; i++)
            {
                var b = Math.Sqrt(Between) * Normal(random);
                for (var j = 0; j < size; j++)
                {
                    y[(i * size) + j] = 10 + b + (Math.Sqrt(Within) * Normal(random));
                    g[(i * size) + j] = i;
                }
            }

            var fit = OneWayRandomEffects.Fit(y, g, method);
            if (fit.IccLower <= TrueIcc && TrueIcc <= fit.IccUpper)
            {
                covered++;
            }
        }

        return covered / (double)replications;
    }

    private static double Normal(Random random)
        => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>The REML criterion of the README (Part 3), written out independently of the library.</summary>
    private static double Criterion(double[] y, int[] office, double l)
    {
        var a = office.Max() + 1;
        var n = new double[a];
        var s = new double[a];
        for (var r = 0; r < y.Length; r++)
        {
            n[office[r]]++;
            s[office[r]] += y[r];
        }

        var ybar = s.Zip(n, (x, m) => x / m).ToArray();
        var ssw = y.Select((v, r) => (v - ybar[office[r]]) * (v - ybar[office[r]])).Sum();
        var w = n.Select(m => m / (1 + (m * l))).ToArray();
        var mu = w.Zip(ybar, (wi, yi) => wi * yi).Sum() / w.Sum();
        var q = ssw + w.Zip(ybar, (wi, yi) => wi * (yi - mu) * (yi - mu)).Sum();
        var big = y.Length - 1.0;
        return (big * (1 + Math.Log(2 * Math.PI * q / big))) + n.Sum(m => Math.Log(1 + (m * l))) + Math.Log(w.Sum());
    }

    private static void AssertRelative(double expected, double actual, double tolerance)
        => Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected), $"expected {expected:R}, got {actual:R} (relative tolerance {tolerance})");
}
