using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Tests.RiskAdjustment;

namespace Indikator.Core.Tests.Indicators.Work;

public sealed class EmpiricalBayesTests
{
    [Fact]
    public void With_equal_standard_errors_both_estimators_give_the_sample_variance_minus_the_error_variance()
    {
        double[] c = [0.10, -0.05, 0.02, 0.30, -0.20];
        double[] se = [0.05, 0.05, 0.05, 0.05, 0.05];
        var mean = c.Average();
        var sampleVariance = c.Sum(x => (x - mean) * (x - mean)) / (c.Length - 1);
        var expected = sampleVariance - 0.0025;
        Assert.Equal(expected, EmpiricalBayes.Fit(c, se, TauSquaredEstimator.DerSimonianLaird).TauSquared, 12);
        Assert.Equal(expected, EmpiricalBayes.Fit(c, se, TauSquaredEstimator.RestrictedMaximumLikelihood).TauSquared, 10);
        Assert.Equal(expected, EmpiricalBayes.Fit(c, se, TauSquaredEstimator.PauleMandel).TauSquared, 12);
        Assert.Equal(mean, EmpiricalBayes.Fit(c, se, TauSquaredEstimator.DerSimonianLaird).Mean, 12);
    }

    [Theory]
    [InlineData(TauSquaredEstimator.DerSimonianLaird, "DL", 1e-12)]
    [InlineData(TauSquaredEstimator.RestrictedMaximumLikelihood, "REML", 1e-10)]
    [InlineData(TauSquaredEstimator.PauleMandel, "PM", 1e-10)]
    public void Tau_squared_mean_its_error_and_the_BLUPs_match_metafor(TauSquaredEstimator estimator, string method, double tolerance)
    {
        // shared/reference/inference (README Part 2): rma(yi, sei = sei, method = M) with metafor 3.8-1 under tight
        // control on eb_units.csv (40 units, 4 very noisy), then blup(); tau2, mu, se(mu) in eb_reference.json and
        // pred, se per unit in eb_blup.csv. Tolerance: the README's, relative (1e-12 for the closed-form DL, 1e-10
        // for the roots REML and PM; R's own formulas agree with metafor to 2.3e-16).
        var dir = ReferenceData.InferenceDir;
        var (_, units) = ReferenceData.ReadKeyed(Path.Combine(dir, "eb_units.csv"));
        var reference = ReferenceData.ReadJson(Path.Combine(dir, "eb_reference.json")).GetProperty("methods").GetProperty(method);
        var (_, blup) = ReferenceData.ReadKeyed(Path.Combine(dir, "eb_blup.csv"));
        var c = units["yi"];
        var se = units["sei"];
        var fit = EmpiricalBayes.Fit(c, se, estimator);
        AssertRelative(reference.GetProperty("tau2").GetDouble(), fit.TauSquared, tolerance, "tau2");
        AssertRelative(reference.GetProperty("mu").GetDouble(), fit.Mean, tolerance, "mu");
        AssertRelative(reference.GetProperty("se_mu").GetDouble(), fit.MeanStandardError, tolerance, "se(mu)");
        for (var u = 0; u < c.Length; u++)
        {
            var (prediction, error) = fit.Blup(c[u], se[u]);
            AssertRelative(blup[$"{method}_pred"][u], prediction, tolerance, $"pred unit {u + 1}");
            AssertRelative(blup[$"{method}_se"][u], error, tolerance, $"se unit {u + 1}");
        }
    }

    [Fact]
    public void Paule_Mandel_solves_the_generalised_Q_equation()
    {
        // sum w (c - mu_w)^2 = k - 1 at the estimate, w = 1 / (tau^2 + s^2).
        double[] c = [0.10, -0.25, 0.02, 0.40, -0.20, 0.05];
        double[] se = [0.05, 0.10, 0.08, 0.20, 0.04, 0.12];
        var tau2 = EmpiricalBayes.Fit(c, se, TauSquaredEstimator.PauleMandel).TauSquared;
        var w = se.Select(s => 1 / (tau2 + (s * s))).ToArray();
        var mu = c.Zip(w, (x, v) => x * v).Sum() / w.Sum();
        var q = c.Select((x, u) => w[u] * (x - mu) * (x - mu)).Sum();
        Assert.True(tau2 > 0);
        Assert.Equal(c.Length - 1, q, 10);
    }

    [Fact]
    public void Tau_squared_is_zero_when_the_estimates_vary_less_than_their_errors()
    {
        double[] c = [0.01, -0.01, 0.0, 0.005];
        double[] se = [0.1, 0.2, 0.1, 0.3];
        Assert.Equal(0, EmpiricalBayes.Fit(c, se, TauSquaredEstimator.DerSimonianLaird).TauSquared);
        Assert.Equal(0, EmpiricalBayes.Fit(c, se, TauSquaredEstimator.RestrictedMaximumLikelihood).TauSquared);
        Assert.Equal(0, EmpiricalBayes.Fit(c, se, TauSquaredEstimator.PauleMandel).TauSquared);
    }

    [Fact]
    public void Tau_squared_is_non_negative_and_the_mean_lies_within_the_estimates()
    {
        var arb = Gen.Choose(2, 40).SelectMany(k => Gen.Choose(-1000, 1000).ArrayOf(k).SelectMany(c => Gen.Choose(1, 500).ArrayOf(k).Select(s => (c, s)))).ToArbitrary();
        Prop.ForAll(arb, input =>
        {
            var c = input.c.Select(x => x / 1000.0).ToArray();
            var se = input.s.Take(c.Length).Select(x => x / 1000.0).ToArray();
            foreach (var estimator in new[] { TauSquaredEstimator.DerSimonianLaird, TauSquaredEstimator.RestrictedMaximumLikelihood, TauSquaredEstimator.PauleMandel })
            {
                var fit = EmpiricalBayes.Fit(c, se, estimator);
                if (!(fit.TauSquared >= 0 && fit.Mean >= c.Min() - 1e-12 && fit.Mean <= c.Max() + 1e-12))
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    private static void AssertRelative(double expected, double actual, double tolerance, string what)
        => Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected), $"{what}: {actual:R} vs metafor {expected:R}");
}
