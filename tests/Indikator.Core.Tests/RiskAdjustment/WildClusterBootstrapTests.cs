using Indikator.Core.Data;
using Indikator.Core.RiskAdjustment;
using MathNet.Numerics.Distributions;

namespace Indikator.Core.Tests.RiskAdjustment;

public sealed partial class WildClusterBootstrapTests
{
    private static readonly LinearModelSpec Pooled = new("y", ["x", "z"]);
    private static readonly LinearModelSpec ClusterEffects = new("y", ["x", "z"]) { FixedEffects = ["cluster"] };
    private static readonly FitOptions ByCluster = new() { Covariance = CovarianceSpec.Cluster("cluster") };

    [Fact]
    public void With_many_clusters_the_p_value_is_close_to_the_analytic_CR1_t_p_value()
    {
        // G = 200 clusters in a well-specified model (the cluster effects that shift x are absorbed): the bootstrap
        // and t(G-1) distributions of the CR1 t statistic nearly coincide; with B = 9999 the Monte Carlo error of a
        // p-value near 0.05 is about 0.002.
        var data = ClusteredData.Create(clusters: 200, perCluster: 10, seed: 5);
        var fit = LinearModel.Fit(data, ClusterEffects, ByCluster);
        var se = fit.StandardErrors[0];
        foreach (var analyticTarget in new[] { 0.01, 0.05, 0.2, 0.5 })
        {
            var t = StudentT.InvCDF(0, 1, 199, 1 - (analyticTarget / 2));
            var r = fit.Estimates[0] - (t * se);
            var boot = fit.WildClusterBootstrap(new WildBootstrapSpec("x", "cluster") { NullValue = r, Weights = WildBootstrapWeights.Rademacher });
            var analytic = 2 * StudentT.CDF(0, 1, 199, -Math.Abs(boot.TStatistic));
            Assert.Equal(analyticTarget, analytic, 1e-9);
            Assert.True(Math.Abs(boot.PValue - analytic) <= 0.015, $"target {analyticTarget}: bootstrap {boot.PValue}, analytic {analytic}");
        }

        var ci = fit.WildClusterBootstrap(new WildBootstrapSpec("x", "cluster")).ConfidenceInterval;
        var analyticCi = fit.ConfidenceIntervals()[0];
        Assert.True(Math.Abs(ci.Lower - analyticCi.Lower) <= 0.1 * se, $"lower {ci.Lower} vs {analyticCi.Lower}");
        Assert.True(Math.Abs(ci.Upper - analyticCi.Upper) <= 0.1 * se, $"upper {ci.Upper} vs {analyticCi.Upper}");
    }

    [Fact]
    public void The_t_statistic_and_standard_error_are_the_engines_CR1()
    {
        var data = ClusteredData.Create(clusters: 12, perCluster: 30, seed: 8);
        var fit = LinearModel.Fit(data, ClusterEffects, ByCluster);
        var boot = fit.WildClusterBootstrap(new WildBootstrapSpec("x", "cluster") { NullValue = 0.4, Replications = 999 });
        Assert.Equal(fit.StandardErrors[0], boot.StandardError, 15);
        Assert.Equal((fit.Estimates[0] - 0.4) / fit.StandardErrors[0], boot.TStatistic, 12);
        Assert.Equal(12, boot.ClusterCount);
        Assert.Equal(999, boot.Replications);
        Assert.False(boot.Enumerated);
    }

    [Fact]
    public void Rademacher_weights_with_B_at_least_2_to_the_G_enumerate_every_draw_once()
    {
        var data = ClusteredData.Create(clusters: 5, perCluster: 20, seed: 2);
        var fit = LinearModel.Fit(data, Pooled, ByCluster);
        var spec = new WildBootstrapSpec("x", "cluster") { NullValue = 0.3, Weights = WildBootstrapWeights.Rademacher, Replications = 999 };
        var enumerated = fit.WildClusterBootstrap(spec);
        Assert.True(enumerated.Enumerated);
        Assert.Equal(32, enumerated.Replications);
        var count = enumerated.PValue * 32;
        Assert.Equal(Math.Round(count), count, 9);

        // Enumeration does not depend on the seed or on how large B is beyond 2^G.
        Assert.Equal(enumerated, fit.WildClusterBootstrap(spec with { Seed = 99, Replications = 32 }) with { Seed = spec.Seed, Replications = 32 });

        // The identity draw reproduces the actual t and Rademacher draws come in sign pairs, so the symmetric p-value
        // is at least 2/32.
        Assert.True(enumerated.PValue >= 2.0 / 32);

        var sampled = fit.WildClusterBootstrap(spec with { Replications = 31 });
        Assert.False(sampled.Enumerated);
        Assert.Equal(31, sampled.Replications);
    }

    [Fact]
    public void Webb_weights_enumerate_only_when_6_to_the_G_fits_in_B()
    {
        var data = ClusteredData.Create(clusters: 4, perCluster: 25, seed: 6);
        var fit = LinearModel.Fit(data, Pooled, ByCluster);
        var all = fit.WildClusterBootstrap(new WildBootstrapSpec("x", "cluster") { Replications = 1296 });
        Assert.True(all.Enumerated);
        Assert.Equal(1296, all.Replications);
        Assert.False(fit.WildClusterBootstrap(new WildBootstrapSpec("x", "cluster") { Replications = 1295 }).Enumerated);
    }

    [Fact]
    public void Rejection_rate_under_the_null_with_12_clusters_is_near_5_percent()
    {
        // Size check: 400 datasets with G = 12 clusters of 10 rows, cluster fixed effects absorbed (NAV's design:
        // region effects, errors clustered by region), Webb weights, B = 399 so that (B + 1) x 0.05 is an integer.
        // With 400 datasets the binomial standard error at 5% is 1.1 points, so [2%, 9%] is a wide band.
        var rejections = 0;
        const int datasets = 400;
        for (var d = 0; d < datasets; d++)
        {
            var data = ClusteredData.Create(clusters: 12, perCluster: 10, seed: 1000 + d);
            var fit = LinearModel.Fit(data, ClusterEffects, ByCluster);
            var boot = fit.WildClusterBootstrap(new WildBootstrapSpec("x", "cluster")
            {
                NullValue = ClusteredData.Beta,
                Replications = 399,
                Seed = d,
                MaxDegreeOfParallelism = 1,
            });
            if (boot.PValue <= 0.05)
            {
                rejections++;
            }
        }

        var rate = rejections / (double)datasets;
        Assert.True(rate is >= 0.02 and <= 0.09, $"rejection rate {rate}");
    }

    [Fact]
    public void The_same_seed_gives_the_same_result_and_another_seed_another_one()
    {
        var data = ClusteredData.Create(clusters: 12, perCluster: 15, seed: 4);
        var fit = LinearModel.Fit(data, ClusterEffects, ByCluster);
        var spec = new WildBootstrapSpec("x", "cluster") { Replications = 999, Seed = 17 };
        Assert.Equal(fit.WildClusterBootstrap(spec), fit.WildClusterBootstrap(spec));
        var other = fit.WildClusterBootstrap(spec with { Seed = 18 });
        Assert.NotEqual(fit.WildClusterBootstrap(spec).ConfidenceInterval, other.ConfidenceInterval);
    }

    [Fact]
    public void Results_are_identical_for_one_and_several_threads()
    {
        var data = ClusteredData.Create(clusters: 12, perCluster: 15, seed: 9);
        var fit = LinearModel.Fit(data, ClusterEffects, ByCluster);
        foreach (var weights in new[] { WildBootstrapWeights.Rademacher, WildBootstrapWeights.Webb })
        {
            var spec = new WildBootstrapSpec("x", "cluster") { Weights = weights, Replications = 4999 };
            var one = fit.WildClusterBootstrap(spec with { MaxDegreeOfParallelism = 1 });
            var many = fit.WildClusterBootstrap(spec with { MaxDegreeOfParallelism = 4 });
            Assert.Equal(one, many);
        }
    }

    [Fact]
    public void Absorbed_fixed_effects_nested_in_clusters_give_the_same_test_as_dummies()
    {
        // With the fixed effects nested in the clusters the bootstrap of the demeaned model is the bootstrap of the
        // full model: same restricted residuals, same bootstrap scores, and the small-sample factors cancel in t*/t.
        var data = ClusteredData.Create(clusters: 12, perCluster: 20, seed: 12);
        var absorbed = LinearModel.Fit(data, ClusterEffects, ByCluster);
        var dummies = LinearModel.Fit(data, Pooled with { Categorical = [new CategoricalTerm("cluster")] }, ByCluster);
        var spec = new WildBootstrapSpec("x", "cluster") { NullValue = 0.45, Replications = 4999 };
        var a = absorbed.WildClusterBootstrap(spec);
        var b = dummies.WildClusterBootstrap(spec);
        Assert.Equal(a.PValue, b.PValue);
        Assert.Equal(a.ConfidenceInterval.Lower, b.ConfidenceInterval.Lower, 1e-8);
        Assert.Equal(a.ConfidenceInterval.Upper, b.ConfidenceInterval.Upper, 1e-8);
    }

    [Fact]
    public void Constant_weights_give_the_unweighted_test()
    {
        var data = ClusteredData.Create(clusters: 12, perCluster: 15, seed: 21, weights: true);
        var doubled = new ColumnTableBuilder()
            .AddCategorical("cluster", data.Categorical("cluster").Codes.ToArray(), data.Categorical("cluster").Levels)
            .AddNumeric("x", data.Numeric("x").Values.ToArray())
            .AddNumeric("z", data.Numeric("z").Values.ToArray())
            .AddNumeric("y", data.Numeric("y").Values.ToArray())
            .AddNumeric("two", [.. Enumerable.Repeat(2.0, data.RowCount)])
            .Build();
        var spec = new WildBootstrapSpec("x", "cluster") { NullValue = 0.3, Replications = 999 };
        var plain = LinearModel.Fit(doubled, ClusterEffects, ByCluster).WildClusterBootstrap(spec);
        var weighted = LinearModel.Fit(doubled, ClusterEffects with { Weights = "two" }, ByCluster).WildClusterBootstrap(spec);
        Assert.Equal(plain.PValue, weighted.PValue);
        Assert.Equal(plain.ConfidenceInterval.Lower, weighted.ConfidenceInterval.Lower, 1e-8);

        // Unequal weights change the test.
        var unequal = LinearModel.Fit(data, ClusterEffects with { Weights = "w" }, ByCluster).WildClusterBootstrap(spec);
        Assert.NotEqual(plain.TStatistic, unequal.TStatistic);
    }

    [Fact]
    public void The_interval_is_where_the_test_stops_rejecting()
    {
        var data = ClusteredData.Create(clusters: 12, perCluster: 25, seed: 31);
        var fit = LinearModel.Fit(data, ClusterEffects, ByCluster);
        foreach (var type in new[] { BootstrapPValueType.Symmetric, BootstrapPValueType.EqualTailed })
        {
            var spec = new WildBootstrapSpec("x", "cluster") { Replications = 1999, PValueType = type };
            var ci = fit.WildClusterBootstrap(spec).ConfidenceInterval;
            var se = fit.StandardErrors[0];
            Assert.True(ci.Lower < fit.Estimates[0] && fit.Estimates[0] < ci.Upper);
            Assert.True(fit.WildClusterBootstrap(spec with { NullValue = ci.Lower + (1e-6 * se) }).PValue > 0.05, $"{type} inside lower");
            Assert.True(fit.WildClusterBootstrap(spec with { NullValue = ci.Lower - (1e-6 * se) }).PValue <= 0.05, $"{type} outside lower");
            Assert.True(fit.WildClusterBootstrap(spec with { NullValue = ci.Upper - (1e-6 * se) }).PValue > 0.05, $"{type} inside upper");
            Assert.True(fit.WildClusterBootstrap(spec with { NullValue = ci.Upper + (1e-6 * se) }).PValue <= 0.05, $"{type} outside upper");
            // At r = estimate, t = 0: every |t*| is at least |t|, while the equal-tailed value is 2 min(F(0), 1 - F(0)).
            var atEstimate = fit.WildClusterBootstrap(spec with { NullValue = fit.Estimates[0] }).PValue;
            Assert.True(type == BootstrapPValueType.Symmetric ? atEstimate == 1.0 : atEstimate > 0.9, $"{type}: {atEstimate}");
        }
    }

    [Fact]
    public void Invalid_requests_are_rejected_with_clear_exceptions()
    {
        var data = ClusteredData.Create(clusters: 6, perCluster: 10, seed: 1);
        var fit = LinearModel.Fit(data, Pooled);
        var spec = new WildBootstrapSpec("x", "cluster");
        var unknown = Assert.Throws<ArgumentException>(() => fit.WildClusterBootstrap(spec with { Coefficient = "nope" }));
        Assert.Contains("'nope'", unknown.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => fit.WildClusterBootstrap(spec with { Cluster = "nope" }));
        Assert.Throws<ArgumentOutOfRangeException>(() => fit.WildClusterBootstrap(spec with { Replications = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => fit.WildClusterBootstrap(spec with { ConfidenceLevel = 1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => fit.WildClusterBootstrap(spec with { MaxDegreeOfParallelism = 0 }));
        Assert.Throws<ArgumentNullException>(() => fit.WildClusterBootstrap(null!));
        var one = new ColumnTableBuilder()
            .AddCategorical("cluster", new int[10], ["only"])
            .AddNumeric("x", [.. Enumerable.Range(0, 10).Select(i => (double)i)])
            .AddNumeric("z", [.. Enumerable.Range(0, 10).Select(i => (double)(i % 3))])
            .AddNumeric("y", [.. Enumerable.Range(0, 10).Select(i => (double)(i * i % 7))])
            .Build();
        var single = Assert.Throws<ArgumentException>(() => LinearModel.Fit(one, Pooled).WildClusterBootstrap(spec));
        Assert.Contains("two clusters", single.Message, StringComparison.Ordinal);
    }
}
