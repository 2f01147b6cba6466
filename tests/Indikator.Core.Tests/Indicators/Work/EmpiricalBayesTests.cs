using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Indicators.Work;

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
        Assert.Equal(mean, EmpiricalBayes.Fit(c, se, TauSquaredEstimator.DerSimonianLaird).Mean, 12);
    }

    [Fact]
    public void Tau_squared_is_zero_when_the_estimates_vary_less_than_their_errors()
    {
        double[] c = [0.01, -0.01, 0.0, 0.005];
        double[] se = [0.1, 0.2, 0.1, 0.3];
        Assert.Equal(0, EmpiricalBayes.Fit(c, se, TauSquaredEstimator.DerSimonianLaird).TauSquared);
        Assert.Equal(0, EmpiricalBayes.Fit(c, se, TauSquaredEstimator.RestrictedMaximumLikelihood).TauSquared);
    }

    [Fact]
    public void Tau_squared_is_non_negative_and_the_mean_lies_within_the_estimates()
    {
        var arb = Gen.Choose(2, 40).SelectMany(k => Gen.Choose(-1000, 1000).ArrayOf(k).SelectMany(c => Gen.Choose(1, 500).ArrayOf(k).Select(s => (c, s)))).ToArbitrary();
        Prop.ForAll(arb, input =>
        {
            var c = input.c.Select(x => x / 1000.0).ToArray();
            var se = input.s.Take(c.Length).Select(x => x / 1000.0).ToArray();
            foreach (var estimator in new[] { TauSquaredEstimator.DerSimonianLaird, TauSquaredEstimator.RestrictedMaximumLikelihood })
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
}
