using System.Text.Json;
using Indikator.Core.Data;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Tests.RiskAdjustment;

/// <summary>The bootstrap against the R reference in shared/reference/inference (README Part 1): full enumeration of
/// Rademacher weights over 8 regions (wcb_panel.csv, 256 draws) and Webb weights over 5 regions (wcb_subset5.csv,
/// 7,776 draws), model feols(y ~ x1 + x2 + x3 | office + period, cluster = ~region). Enumeration has no random
/// numbers, so the counts behind the p-values must be equal exactly and t, t* agree to 1e-10 (the README's
/// tolerance; R's three independent methods agree to 5e-13).</summary>
public sealed partial class WildClusterBootstrapTests
{
    private const double ReferenceTolerance = 1e-10;
    private static readonly LinearModelSpec ReferenceModel = new("y", ["x1", "x2", "x3"]) { FixedEffects = ["office", "period"] };
    private static readonly FitOptions ByRegion = new() { Covariance = CovarianceSpec.Cluster("region") };

    public static TheoryData<string, WildBootstrapType, double, string> ReferenceCases => new()
    {
        { "rademacher", WildBootstrapType.Restricted, 0.0, "WCR_H0_0" },
        { "rademacher", WildBootstrapType.Restricted, 0.5, "WCR_H0_0.5" },
        { "rademacher", WildBootstrapType.Unrestricted, 0.0, "WCU_H0_0" },
        { "rademacher", WildBootstrapType.Unrestricted, 0.5, "WCU_H0_0.5" },
        { "webb", WildBootstrapType.Restricted, 0.0, "WCR_H0_0" },
        { "webb", WildBootstrapType.Restricted, 0.5, "WCR_H0_0.5" },
        { "webb", WildBootstrapType.Unrestricted, 0.0, "WCU_H0_0" },
        { "webb", WildBootstrapType.Unrestricted, 0.5, "WCU_H0_0.5" },
    };

    [Theory]
    [MemberData(nameof(ReferenceCases))]
    public void Full_enumeration_matches_the_R_reference_counts_exactly_and_every_t_star_to_1e_10(string design, WildBootstrapType type, double nullValue, string test)
    {
        var (fit, reference, draws, weights) = Reference(design);
        var expected = reference.GetProperty("tests").GetProperty(test);
        var b = reference.GetProperty("B").GetInt32();
        var spec = new WildBootstrapSpec("x1", "region")
        {
            NullValue = nullValue,
            Type = type,
            Weights = weights,
            Replications = 9_999,
            KeepBootstrapStatistics = true,
        };

        var symmetric = fit.WildClusterBootstrap(spec);
        var equalTailed = fit.WildClusterBootstrap(spec with { PValueType = BootstrapPValueType.EqualTailed });
        Assert.True(symmetric.Enumerated);
        Assert.Equal(b, symmetric.Replications);
        Assert.Equal(type, symmetric.Type);
        AssertRelative(reference.GetProperty("coef_unrestricted").GetProperty("x1").GetDouble(), symmetric.Estimate);
        AssertRelative(reference.GetProperty("se_cr1_unrestricted").GetProperty("x1").GetDouble(), symmetric.StandardError);
        AssertRelative(expected.GetProperty("t").GetDouble(), symmetric.TStatistic);

        // p_sym = #{|t*| >= |t|} / B and p_et = 2 min(#{t* <= t}, #{t* >= t}) / B, as exact rationals.
        var kSym = expected.GetProperty("k_sym").GetInt32();
        var kEqualTailed = 2 * Math.Min(expected.GetProperty("k_le").GetInt32(), expected.GetProperty("k_ge").GetInt32());
        Assert.Equal(kSym / (double)b, symmetric.PValue);
        Assert.Equal(kEqualTailed / (double)b, equalTailed.PValue);

        var column = type == WildBootstrapType.Unrestricted ? "tstar_WCU" : $"tstar_WCR_H0_{nullValue.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        var tStars = draws[column];
        var actual = symmetric.BootstrapTStatistics!;
        Assert.Equal(b, actual.Count);
        for (var d = 0; d < b; d++)
        {
            // Absolute near zero: the WCU identity draw has t* = 0 (R gives 5e-15).
            Assert.True(Math.Abs(actual[d] - tStars[d]) <= ReferenceTolerance * Math.Max(1, Math.Abs(tStars[d])), $"{test} draw {d}: {actual[d]:R} vs {tStars[d]:R}");
        }
    }

    [Fact]
    public void Enumerated_multipliers_follow_the_reference_order_draw_by_draw()
    {
        // wcb_boot_t_rademacher8.csv lists v_R1..v_R8 per draw; wcb_boot_t_webb5.csv lists codes c with the weight
        // sign(c) sqrt(|c| / 2) (README Part 1, "Weight enumeration order").
        var (_, rademacher) = ReferenceData.ReadKeyed(Path.Combine(ReferenceData.InferenceDir, "wcb_boot_t_rademacher8.csv"));
        var v = new double[8];
        for (var d = 0; d < 256; d++)
        {
            BootstrapDraws.Enumerate(WildBootstrapWeights.Rademacher, d, v);
            for (var g = 0; g < 8; g++)
            {
                Assert.Equal(rademacher[$"v_R{g + 1}"][d], v[g]);
            }
        }

        var (_, webb) = ReferenceData.ReadKeyed(Path.Combine(ReferenceData.InferenceDir, "wcb_boot_t_webb5.csv"));
        string[] regions = ["R2", "R4", "R5", "R7", "R8"];
        var u = new double[5];
        for (var d = 0; d < 7776; d++)
        {
            BootstrapDraws.Enumerate(WildBootstrapWeights.Webb, d, u);
            for (var g = 0; g < 5; g++)
            {
                var code = webb[$"code_{regions[g]}"][d];
                Assert.Equal(Math.Sign(code) * Math.Sqrt(Math.Abs(code) / 2), u[g], 15);
            }
        }
    }

    [Fact]
    public void Random_draws_stay_within_four_Monte_Carlo_errors_of_the_enumerated_p_value()
    {
        // Webb over 5 regions, WCR H0: b1 = 0.5: enumerated p = 690/7776 = 0.0887 (wcb_reference.json). B = 7775 is
        // one short of 6^5, so the draws are random; the Monte Carlo SE is sqrt(p (1 - p) / B) = 0.0032 and the bound
        // 4 SE = 0.0129 (a fixed seed, so the test is deterministic; a failure means a bias, not bad luck).
        var (fit, reference, _, _) = Reference("webb");
        var exact = reference.GetProperty("tests").GetProperty("WCR_H0_0.5").GetProperty("k_sym").GetInt32() / 7776.0;
        var bound = 4 * Math.Sqrt(exact * (1 - exact) / 7775);
        foreach (var seed in new long[] { 1, 2, 3 })
        {
            var random = fit.WildClusterBootstrap(new WildBootstrapSpec("x1", "region") { NullValue = 0.5, Replications = 7775, Seed = seed });
            Assert.False(random.Enumerated);
            Assert.True(Math.Abs(random.PValue - exact) <= bound, $"seed {seed}: p {random.PValue} vs enumerated {exact}, bound {bound}");
        }
    }

    [Fact]
    public void Fixed_effects_not_nested_in_the_clusters_give_the_bootstrap_of_the_dummy_model()
    {
        // Period effects cross the regions. The dummy model has nothing to re-project, so it is the definition; the
        // absorbed fits take the cell path (office and period), the row path (period alone, office as dummies) and the
        // nested path (office absorbed, period as dummies). K differs between the fits, which scales t and every t*
        // by the same sqrt(c), so t*_b / t is compared (1e-9) and the p-values exactly. Unweighted and with unequal
        // weights w_i = 1 + (i mod 7) / 3.
        var read = ReferenceData.ReadTable(Path.Combine(ReferenceData.InferenceDir, "wcb_panel.csv"), ["region", "office", "period"]);
        var builder = new ColumnTableBuilder();
        foreach (var name in new[] { "region", "office", "period" })
        {
            builder.AddCategorical(name, read.Categorical(name).Codes.ToArray(), read.Categorical(name).Levels);
        }

        foreach (var name in new[] { "x1", "x2", "x3", "y" })
        {
            builder.AddNumeric(name, read.Numeric(name).Values.ToArray());
        }

        var table = builder.AddNumeric("w", [.. Enumerable.Range(0, read.RowCount).Select(i => 1 + ((i % 7) / 3.0))]).Build();
        var spec = new WildBootstrapSpec("x1", "region") { NullValue = 0.5, Weights = WildBootstrapWeights.Rademacher, KeepBootstrapStatistics = true };
        foreach (var weights in new[] { null, "w" })
        {
            var basis = ReferenceModel with { Weights = weights };
            LinearModelSpec[] models =
            [
                basis,
                basis with { FixedEffects = ["period"], Categorical = [new CategoricalTerm("office")] },
                basis with { FixedEffects = ["office"], Categorical = [new CategoricalTerm("period")] },
            ];
            var dummies = LinearModel.Fit(table, basis with { FixedEffects = [], Categorical = [new CategoricalTerm("office"), new CategoricalTerm("period")] }, ByRegion);
            foreach (var type in new[] { WildBootstrapType.Restricted, WildBootstrapType.Unrestricted })
            {
                CompareTStars(dummies.WildClusterBootstrap(spec with { Type = type }), models.Select(m => LinearModel.Fit(table, m, ByRegion).WildClusterBootstrap(spec with { Type = type })), $"{type}, weights {weights ?? "none"}");
            }
        }
    }

    private static void CompareTStars(WildBootstrapResult expected, IEnumerable<WildBootstrapResult> fits, string what)
    {
        var path = 0;
        foreach (var actual in fits)
        {
            path++;
            Assert.Equal(expected.PValue, actual.PValue);
            for (var d = 0; d < 256; d++)
            {
                var want = expected.BootstrapTStatistics![d] / expected.TStatistic;
                var got = actual.BootstrapTStatistics![d] / actual.TStatistic;
                Assert.True(Math.Abs(got - want) <= 1e-9 * Math.Max(1, Math.Abs(want)), $"{what}, model {path}, draw {d}: {got:R} vs {want:R}");
            }
        }
    }

    private static void AssertRelative(double expected, double actual)
        => Assert.True(Math.Abs(actual - expected) <= ReferenceTolerance * Math.Abs(expected), $"{actual:R} vs reference {expected:R}");

    private static (LinearModelResult Fit, JsonElement Reference, Dictionary<string, double[]> Draws, WildBootstrapWeights Weights) Reference(string design)
    {
        var dir = ReferenceData.InferenceDir;
        var json = ReferenceData.ReadJson(Path.Combine(dir, "wcb_reference.json"));
        var (data, key, draws, weights) = design == "rademacher"
            ? ("wcb_panel.csv", "rademacher_8_clusters", "wcb_boot_t_rademacher8.csv", WildBootstrapWeights.Rademacher)
            : ("wcb_subset5.csv", "webb_5_clusters", "wcb_boot_t_webb5.csv", WildBootstrapWeights.Webb);
        var table = ReferenceData.ReadTable(Path.Combine(dir, data), ["region", "office", "period"]);
        var fit = LinearModel.Fit(table, ReferenceModel, ByRegion);
        return (fit, json.GetProperty(key), ReferenceData.ReadKeyed(Path.Combine(dir, draws)).Columns, weights);
    }
}
