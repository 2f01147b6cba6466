using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Tests.RiskAdjustment;

/// <summary>Properties of the wild bootstrap and the fixed-effect level errors over seeded random data (FsCheck,
/// bounded generators).</summary>
public class InferencePropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(15);

    [Fact]
    public void Rademacher_enumeration_gives_p_values_on_the_grid_of_2_to_the_G()
    {
        // All 2^G sign vectors are used once. The all-ones draw reproduces t and its mirror gives -t, so at least
        // 2 of the 2^G draws are as extreme as the sample: p is a multiple of 2^-G and at least 2 x 2^-G.
        var gen = from clusters in Gen.Choose(2, 8)
                  from seed in Gen.Choose(1, 100_000)
                  from shift in Gen.Choose(-300, 300)
                  select (clusters, seed, shift / 100.0);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (clusters, seed, shift) = t;
            var data = ClusteredData.Create(clusters, perCluster: 8, seed);
            var fit = LinearModel.Fit(data, new LinearModelSpec("y", ["x", "z"]), new FitOptions { Covariance = CovarianceSpec.Cluster("cluster") });
            var boot = fit.WildClusterBootstrap(new WildBootstrapSpec("x", "cluster")
            {
                NullValue = fit.Estimates[1] + (shift * fit.StandardErrors[1]),
                Weights = WildBootstrapWeights.Rademacher,
                Replications = 999,
                ConfidenceLevel = 0.5,
            });
            var draws = 1 << clusters;
            var count = boot.PValue * draws;
            return boot.Enumerated
                && boot.Replications == draws
                && Math.Abs(count - Math.Round(count)) < 1e-9
                && boot.PValue >= 2.0 / draws - 1e-12
                && boot.PValue <= 1;
        }).Check(Runs);
    }

    [Fact]
    public void Level_errors_do_not_depend_on_row_order_or_normalization()
    {
        // Reordering rows only changes the order of floating-point sums (see LinearModelPropertyTests for the
        // tolerance); the normalization of the fixed-effect values cannot change an identified contrast.
        var spec = new LinearModelSpec("y", TestPanels.Covariates) { FixedEffects = ["office", "period"], Weights = "w" };
        var options = new FitOptions { Covariance = CovarianceSpec.Cluster("office") };
        Prop.ForAll(Gen.Choose(1, 100_000).ToArbitrary(), seed =>
        {
            const int rows = 600;
            var order = Enumerable.Range(0, rows).ToArray();
            var shuffle = new Random(seed);
            for (var i = rows - 1; i > 0; i--)
            {
                var j = shuffle.Next(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }

            var fit = LinearModel.Fit(TestPanels.Build(rows, 12, 6, seed, 0, true, null), spec, options);
            var a = fit.FixedEffectStandardErrors();
            var b = LinearModel.Fit(TestPanels.Build(rows, 12, 6, seed, 0, true, order), spec, options).FixedEffectStandardErrors();
            var c = fit.WithFixedEffectNormalization(FixedEffectNormalization.WeightedMeanZero).FixedEffectStandardErrors();
            for (var f = 0; f < 2; f++)
            {
                for (var g = 0; g < a[f].Levels.Count; g++)
                {
                    var scale = 1 + Math.Abs(a[f].Estimates[g]);
                    if (Math.Abs(a[f].Estimates[g] - b[f].Estimates[g]) > 1e-10 * scale
                        || Math.Abs(a[f].Estimates[g] - c[f].Estimates[g]) > 1e-10 * scale
                        || Math.Abs(a[f].StandardErrors[g] - b[f].StandardErrors[g]) > 1e-10 * a[f].StandardErrors[g]
                        || a[f].StandardErrors[g] != c[f].StandardErrors[g])
                    {
                        return false;
                    }
                }
            }

            return true;
        }).Check(Runs);
    }
}
