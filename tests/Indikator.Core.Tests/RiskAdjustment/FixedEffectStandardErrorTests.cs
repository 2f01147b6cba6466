using Indikator.Core.Data;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Tests.RiskAdjustment;

/// <summary>Fixed-effect level errors against the same model with the fixed effects as dummy covariates (the engine's
/// CategoricalTerm): the contrasts are the same linear estimators, so estimates and standard errors must agree to
/// rounding (1e-8 relative).</summary>
public class FixedEffectStandardErrorTests
{
    private const double Tolerance = 1e-8;

    // The dummy regression counts every level in K, so the fixed-effect model counts them all too.
    private static readonly SmallSampleCorrection Full = SmallSampleCorrection.Default with { FixedEffects = FixedEffectDof.Full };

    public static TheoryData<string, bool> Covariances => new()
    {
        { "iid", false }, { "hc1", false }, { "cluster", false }, { "twoway", false },
        { "iid", true }, { "hc1", true }, { "cluster", true }, { "twoway", true },
    };

    private delegate double ExpectedError(string coefficient);

    [Theory]
    [MemberData(nameof(Covariances))]
    public void One_fixed_effect_matches_the_dummy_regression(string covariance, bool weighted)
    {
        var data = TestPanels.Create(1_500, offices: 15, periods: 6, seed: 41, weights: weighted);
        var spec = new LinearModelSpec("y", TestPanels.Covariates) { Weights = weighted ? "w" : null };
        var vcov = Covariance(covariance);
        var absorbed = LinearModel.Fit(data, spec with { FixedEffects = ["office"] }, new FitOptions { Covariance = vcov });
        var dummies = LinearModel.Fit(WithCells(data), spec with { Categorical = [new CategoricalTerm("office")] }, new FitOptions { Covariance = vcov });
        AssertMatchesDummies(absorbed, dummies, "office", 0, Expected(dummies, covariance));
    }

    [Theory]
    [MemberData(nameof(Covariances))]
    public void Two_fixed_effects_match_the_dummy_regression(string covariance, bool weighted)
    {
        var data = TestPanels.Create(2_000, offices: 18, periods: 7, seed: 43, weights: weighted);
        var spec = new LinearModelSpec("y", TestPanels.Covariates) { Weights = weighted ? "w" : null };
        var vcov = Covariance(covariance);
        var absorbed = LinearModel.Fit(data, spec with { FixedEffects = ["office", "period"] }, new FitOptions { Covariance = vcov });
        var dummies = LinearModel.Fit(
            WithCells(data),
            spec with { Categorical = [new CategoricalTerm("office"), new CategoricalTerm("period")] },
            new FitOptions { Covariance = vcov });
        var expected = Expected(dummies, covariance);
        AssertMatchesDummies(absorbed, dummies, "office", 0, expected);
        AssertMatchesDummies(absorbed, dummies, "period", 1, expected);
    }

    [Fact]
    public void The_deviation_from_the_weighted_mean_matches_the_dummy_covariance()
    {
        // theta_g = alpha_g - sum_h pi_h alpha_h = delta_g - sum_h pi_h delta_h with delta the dummy coefficients
        // (delta_ref = 0), so Var(theta_g) = c'Vc over the dummy block of the dummy regression's covariance.
        var data = TestPanels.Create(2_000, offices: 12, periods: 5, seed: 47, weights: true);
        var spec = new LinearModelSpec("y", TestPanels.Covariates) { Weights = "w" };
        var vcov = CovarianceSpec.Cluster("office", Full);
        var absorbed = LinearModel.Fit(data, spec with { FixedEffects = ["office", "period"] }, new FitOptions { Covariance = vcov });
        var dummies = LinearModel.Fit(
            data,
            spec with { Categorical = [new CategoricalTerm("office"), new CategoricalTerm("period")] },
            new FitOptions { Covariance = vcov });
        var deviation = absorbed.FixedEffectStandardErrors()[0];
        Assert.Equal(FixedEffectContrast.DeviationFromWeightedMean, deviation.Contrast);
        Assert.Empty(deviation.ReferenceLevels);

        var levels = deviation.Levels;
        var weights = data.Numeric("w").Values.Span;
        var codes = data.Categorical("office").Codes.Span;
        var share = new double[levels.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            share[codes[i]] += weights[i];
        }

        var total = share.Sum();
        var index = levels.Select(l => IndexOf(dummies.CoefficientNames, $"office[{l}]")).ToArray();
        var v = dummies.GetCovarianceMatrix();
        for (var g = 0; g < levels.Count; g++)
        {
            var c = new double[levels.Count];
            for (var h = 0; h < levels.Count; h++)
            {
                c[h] = (h == g ? 1 : 0) - (share[h] / total);
            }

            var estimate = 0.0;
            var variance = 0.0;
            for (var h = 0; h < levels.Count; h++)
            {
                if (index[h] < 0)
                {
                    continue;
                }

                estimate += c[h] * dummies.Estimates[index[h]];
                for (var l = 0; l < levels.Count; l++)
                {
                    if (index[l] >= 0)
                    {
                        variance += c[h] * c[l] * v[index[h]][index[l]];
                    }
                }
            }

            AssertRelative(estimate, deviation.Estimates[g], $"estimate {levels[g]}");
            AssertRelative(Math.Sqrt(variance), deviation.StandardErrors[g], $"se {levels[g]}");
        }
    }

    [Fact]
    public void Deviations_have_weighted_mean_zero_and_do_not_depend_on_the_normalization()
    {
        var data = TestPanels.Create(3_000, offices: 20, periods: 8, seed: 53, weights: true);
        var fit = LinearModel.Fit(data, new LinearModelSpec("y", TestPanels.Covariates) { FixedEffects = ["office", "period"], Weights = "w" });
        var first = fit.FixedEffectStandardErrors();
        var other = fit.WithFixedEffectNormalization(FixedEffectNormalization.WeightedMeanZero).FixedEffectStandardErrors();
        var weights = data.Numeric("w").Values.Span;
        for (var f = 0; f < 2; f++)
        {
            var codes = data.Categorical(first[f].Name).Codes.Span;
            var mean = 0.0;
            var total = 0.0;
            for (var i = 0; i < weights.Length; i++)
            {
                mean += weights[i] * first[f].Estimates[codes[i]];
                total += weights[i];
            }

            Assert.True(Math.Abs(mean / total) <= 1e-10, $"{first[f].Name}: weighted mean {mean / total}");
            for (var g = 0; g < first[f].Levels.Count; g++)
            {
                Assert.Equal(first[f].Estimates[g], other[f].Estimates[g], 1e-10);
                Assert.Equal(first[f].StandardErrors[g], other[f].StandardErrors[g], 1e-14);
            }
        }
    }

    [Fact]
    public void Shifting_one_offices_outcomes_moves_only_its_difference_from_the_reference()
    {
        var data = TestPanels.Create(1_200, offices: 10, periods: 4, seed: 59);
        var y = data.Numeric("y").Values.ToArray();
        var office = data.Categorical("office").Codes.Span;
        for (var i = 0; i < y.Length; i++)
        {
            if (office[i] == 3)
            {
                y[i] += 2.5;
            }
        }

        var shifted = Replace(data, "y", y);
        var spec = new LinearModelSpec("y", TestPanels.Covariates) { FixedEffects = ["office"] };
        var before = LinearModel.Fit(data, spec).FixedEffectStandardErrors(FixedEffectContrast.DifferenceFromReference)[0];
        var after = LinearModel.Fit(shifted, spec).FixedEffectStandardErrors(FixedEffectContrast.DifferenceFromReference)[0];
        Assert.Equal(["o0"], before.ReferenceLevels);
        Assert.Equal(0.0, before.StandardErrors[0]);
        for (var g = 0; g < before.Levels.Count; g++)
        {
            Assert.Equal(before.Estimates[g] + (g == 3 ? 2.5 : 0), after.Estimates[g], 1e-9);
        }
    }

    [Fact]
    public void Models_without_fixed_effects_have_none_and_three_fixed_effects_are_not_supported()
    {
        var data = TestPanels.Create(1_000, offices: 8, periods: 4, seed: 61, regions: 3);
        Assert.Empty(LinearModel.Fit(data, new LinearModelSpec("y", TestPanels.Covariates)).FixedEffectStandardErrors());
        var three = LinearModel.Fit(data, new LinearModelSpec("y", TestPanels.Covariates) { FixedEffects = ["office", "period", "region"] });
        Assert.Throws<NotSupportedException>(() => three.FixedEffectStandardErrors());
    }

    private static CovarianceSpec Covariance(string name) => name switch
    {
        "iid" => CovarianceSpec.Iid(),
        "hc1" => CovarianceSpec.Robust(),
        "cluster" => CovarianceSpec.Cluster("office", Full),
        _ => CovarianceSpec.TwoWayCluster("office", "period", Full),
    };

    /// <summary>The dummy regression's standard error of a coefficient. For two-way clustering it is rebuilt from the
    /// one-way parts, V = f (V_office + V_period - V_cell) with f = G_min/(G_min - 1), because the engine clips
    /// negative eigenvalues of the slopes' whole two-way matrix (as fixest does), which has no per-contrast analogue:
    /// the level errors are the unclipped V_1 + V_2 - V_12 of their contrast (NaN when negative).</summary>
    private static ExpectedError Expected(LinearModelResult dummies, string covariance)
    {
        if (covariance != "twoway")
        {
            return name => dummies.StandardErrors[IndexOf(dummies.CoefficientNames, name)];
        }

        var parts = new[] { "office", "period", "cell" }
            .Select(c => dummies.WithCovariance(CovarianceSpec.Cluster(c, Full)))
            .ToArray();
        var gMin = Math.Min(parts[0].ClusterCounts[0], parts[1].ClusterCounts[0]);
        return name =>
        {
            var i = IndexOf(dummies.CoefficientNames, name);
            var v = 0.0;
            for (var c = 0; c < 3; c++)
            {
                var g = parts[c].ClusterCounts[0];
                var unscaled = parts[c].StandardErrors[i] * parts[c].StandardErrors[i] * (g - 1.0) / g;
                v += c == 2 ? -unscaled : unscaled;
            }

            return Math.Sqrt(v * gMin / (gMin - 1.0));
        };
    }

    /// <summary>The data with a categorical column "cell" for the office x period intersection.</summary>
    private static ColumnTable WithCells(ColumnTable data)
    {
        var office = data.Categorical("office");
        var period = data.Categorical("period");
        var labels = new string?[data.RowCount];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = office.LabelAt(i) + "|" + period.LabelAt(i);
        }

        var builder = new ColumnTableBuilder().AddCategorical("cell", labels);
        foreach (var c in data.CategoricalColumns)
        {
            builder.AddCategorical(c.Name, c.Codes.ToArray(), c.Levels);
        }

        foreach (var c in data.NumericColumns)
        {
            builder.AddNumeric(c.Name, c.Values.ToArray());
        }

        return builder.Build();
    }

    private static void AssertMatchesDummies(LinearModelResult absorbed, LinearModelResult dummies, string name, int fe, ExpectedError expected)
    {
        var levels = absorbed.FixedEffectStandardErrors(FixedEffectContrast.DifferenceFromReference)[fe];
        Assert.Equal(name, levels.Name);
        Assert.Equal([dummies.ReferenceLevels[name]], levels.ReferenceLevels);
        for (var g = 0; g < levels.Levels.Count; g++)
        {
            var index = IndexOf(dummies.CoefficientNames, $"{name}[{levels.Levels[g]}]");
            if (index < 0)
            {
                Assert.Equal(0.0, levels.Estimates[g]);
                Assert.Equal(0.0, levels.StandardErrors[g]);
                continue;
            }

            AssertRelative(dummies.Estimates[index], levels.Estimates[g], $"{name} estimate {levels.Levels[g]}");
            AssertRelative(expected(dummies.CoefficientNames[index]), levels.StandardErrors[g], $"{name} se {levels.Levels[g]}");
        }
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Equal to 1e-8 relative, or both NaN (two-way clustered variances can be negative, in both models).</summary>
    private static void AssertRelative(double expected, double actual, string what)
        => Assert.True(
            (double.IsNaN(expected) && double.IsNaN(actual)) || Math.Abs(actual - expected) <= Tolerance * Math.Max(1e-300, Math.Abs(expected)),
            $"{what}: expected {expected:R}, actual {actual:R}, relative {Math.Abs(actual - expected) / Math.Abs(expected):E2}");

    private static ColumnTable Replace(ColumnTable data, string name, double[] values)
    {
        var builder = new ColumnTableBuilder();
        foreach (var c in data.CategoricalColumns)
        {
            builder.AddCategorical(c.Name, c.Codes.ToArray(), c.Levels);
        }

        foreach (var c in data.NumericColumns)
        {
            builder.AddNumeric(c.Name, c.Name == name ? values : c.Values.ToArray());
        }

        return builder.Build();
    }
}
