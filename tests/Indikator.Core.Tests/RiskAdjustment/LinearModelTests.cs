using Indikator.Core.Data;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Tests.RiskAdjustment;

public class LinearModelTests
{
    private static readonly LinearModelSpec TwoWay = new("y", TestPanels.Covariates) { FixedEffects = ["office", "period"] };

    [Fact]
    public void Results_are_bit_identical_for_one_and_several_threads()
    {
        // 150,000 rows span three row chunks of 65,536, so a thread-dependent merge order would show.
        var data = TestPanels.Create(150_000, offices: 40, periods: 12, seed: 7, weights: true);
        foreach (var options in new[]
        {
            new FitOptions(),
            new FitOptions { Solver = LeastSquaresSolver.NormalEquations },
            new FitOptions { Absorption = AbsorptionStrategy.AlternatingProjections },
        })
        {
            var spec = TwoWay with { Weights = "w" };
            var one = LinearModel.Fit(data, spec, options with { MaxDegreeOfParallelism = 1 });
            var many = LinearModel.Fit(data, spec, options with { MaxDegreeOfParallelism = 4 });
            Assert.Equal(one.Estimates, many.Estimates);
            Assert.Equal(one.StandardErrors, many.StandardErrors);
            Assert.Equal(one.Residuals.ToArray(), many.Residuals.ToArray());
            Assert.Equal(one.Ssr, many.Ssr);
            var twoWayOne = one.WithCovariance(CovarianceSpec.TwoWayCluster("office", "period"));
            var twoWayMany = many.WithCovariance(CovarianceSpec.TwoWayCluster("office", "period"));
            Assert.Equal(twoWayOne.StandardErrors, twoWayMany.StandardErrors);
            Assert.Equal(one.WithCovariance(CovarianceSpec.Robust()).StandardErrors, many.WithCovariance(CovarianceSpec.Robust()).StandardErrors);
        }
    }

    [Fact]
    public void Alternating_projections_agree_with_the_exact_two_way_solve()
    {
        var data = TestPanels.Create(5_000, offices: 30, periods: 10, seed: 3);
        var exact = LinearModel.Fit(data, TwoWay);
        var map = LinearModel.Fit(data, TwoWay, new FitOptions { Absorption = AbsorptionStrategy.AlternatingProjections });
        Assert.Equal(AbsorptionMethod.ExactTwoWay, exact.Absorption.Method);
        Assert.Equal(AbsorptionMethod.AlternatingProjections, map.Absorption.Method);
        Assert.True(map.Absorption.Converged);
        Assert.True(map.Absorption.Iterations > 0);
        FixestPanelTests.AssertRelative(exact.Estimates, map.Estimates, 1e-8, "estimate");
        FixestPanelTests.AssertRelative(exact.StandardErrors, map.StandardErrors, 1e-7, "se");
        var exactOffice = exact.FixedEffects[0].Values;
        var mapOffice = map.FixedEffects[0].Values;
        for (var i = 0; i < exactOffice.Count; i++)
        {
            Assert.True(Math.Abs(exactOffice[i] - mapOffice[i]) <= 1e-7, $"office {i}");
        }
    }

    [Fact]
    public void Three_fixed_effects_match_the_model_with_the_third_as_indicators()
    {
        var data = TestPanels.Create(4_000, offices: 25, periods: 8, seed: 11, regions: 5);
        var threeWay = LinearModel.Fit(data, TwoWay with { FixedEffects = ["office", "period", "region"] });
        var dummies = LinearModel.Fit(data, TwoWay with { Categorical = [new CategoricalTerm("region")] });
        Assert.Equal(AbsorptionMethod.AlternatingProjections, threeWay.Absorption.Method);
        Assert.True(threeWay.Absorption.Converged);
        FixestPanelTests.AssertRelative([.. dummies.Estimates.Take(3)], threeWay.Estimates, 1e-8, "estimate");
        Assert.Equal(dummies.Ssr, threeWay.Ssr, 1e-8 * dummies.Ssr);
        Assert.Equal(dummies.ResidualDegreesOfFreedom, threeWay.ResidualDegreesOfFreedom);
    }

    [Fact]
    public void One_fixed_effect_equals_indicator_columns_with_intercept()
    {
        var data = TestPanels.Create(2_000, offices: 15, periods: 6, seed: 5);
        var absorbed = LinearModel.Fit(data, TwoWay with { FixedEffects = ["office"] }, new FitOptions { Covariance = CovarianceSpec.Iid() });
        var dummies = LinearModel.Fit(data, TwoWay with { FixedEffects = [], Categorical = [new CategoricalTerm("office")] });
        Assert.Equal(AbsorptionMethod.GroupMeans, absorbed.Absorption.Method);
        var slopes = dummies.CoefficientNames.Select((n, i) => (n, i)).Where(t => t.n.StartsWith('x')).Select(t => t.i).ToArray();
        FixestPanelTests.AssertRelative([.. slopes.Select(i => dummies.Estimates[i])], absorbed.Estimates, 1e-10, "estimate");
        FixestPanelTests.AssertRelative([.. slopes.Select(i => dummies.StandardErrors[i])], absorbed.StandardErrors, 1e-9, "iid se");

        // Office o's effect is the intercept plus its indicator (o0 is the reference level).
        var intercept = dummies.Estimates[0];
        Assert.Equal(intercept, absorbed.FixedEffects[0]["o0"], 1e-9);
        var o3 = dummies.CoefficientNames.ToList().IndexOf("office[o3]");
        Assert.Equal(intercept + dummies.Estimates[o3], absorbed.FixedEffects[0]["o3"], 1e-9);
        Assert.Equal("o0", dummies.ReferenceLevels["office"]);
    }

    [Fact]
    public void Integer_weights_give_the_estimates_of_replicated_rows()
    {
        var random = new Random(2);
        var n = 400;
        var office = new int[n];
        var x = new double[n];
        var y = new double[n];
        var w = new double[n];
        for (var i = 0; i < n; i++)
        {
            office[i] = i % 10;
            x[i] = random.NextDouble();
            y[i] = (2 * x[i]) + office[i] + random.NextDouble();
            w[i] = 1 + random.Next(3);
        }

        var weighted = new ColumnTableBuilder().AddCategorical("office", office, [.. Enumerable.Range(0, 10).Select(o => $"{o}")])
            .AddNumeric("x", x).AddNumeric("y", y).AddNumeric("w", w).Build();
        var rows = Enumerable.Range(0, n).SelectMany(i => Enumerable.Repeat(i, (int)w[i])).ToArray();
        var replicated = new ColumnTableBuilder().AddCategorical("office", [.. rows.Select(i => office[i])], [.. Enumerable.Range(0, 10).Select(o => $"{o}")])
            .AddNumeric("x", [.. rows.Select(i => x[i])]).AddNumeric("y", [.. rows.Select(i => y[i])]).Build();
        var spec = new LinearModelSpec("y", ["x"]) { FixedEffects = ["office"] };
        var a = LinearModel.Fit(weighted, spec with { Weights = "w" });
        var b = LinearModel.Fit(replicated, spec);
        Assert.Equal(b.Estimates[0], a.Estimates[0], 1e-12);
        Assert.Equal(b.Ssr, a.Ssr, 1e-9);
        Assert.Equal(b.FixedEffects[0]["7"], a.FixedEffects[0]["7"], 1e-12);
    }

    [Fact]
    public void Rows_with_missing_values_or_zero_weight_are_removed_and_counted()
    {
        var x = new[] { 1.0, 2, double.NaN, 4, 5, 6, 7, 8 };
        var y = new[] { 1.0, 3, 2, 5, 4, 6, 8, 7 };
        var w = new[] { 1.0, 1, 1, 0, 1, 1, 1, 1 };
        var g = new[] { 0, 1, 0, 1, -1, 0, 1, 0 };
        var data = new ColumnTableBuilder().AddNumeric("x", x).AddNumeric("y", y).AddNumeric("w", w)
            .AddCategorical("g", g, ["a", "b"]).Build();
        var result = LinearModel.Fit(data, new LinearModelSpec("y", ["x"]) { Weights = "w", FixedEffects = ["g"] });
        Assert.Equal(new SampleSummary(8, 2, 1, 0, false, 5), result.Sample);
        Assert.Equal(new[] { 0, 1, 5, 6, 7 }, result.UsedRows.ToArray());
        Assert.Equal(5, result.Residuals.Length);
    }

    [Fact]
    public void An_infinite_value_is_an_error_naming_the_column_and_row()
    {
        var data = new ColumnTableBuilder().AddNumeric("x", [1, 2, double.PositiveInfinity, 4]).AddNumeric("y", [1, 2, 3, 5]).Build();
        var ex = Assert.Throws<NonFiniteValueException>(() => LinearModel.Fit(data, new LinearModelSpec("y", ["x"])));
        Assert.Equal("x", ex.ColumnName);
        Assert.Equal(2, ex.Row);
        Assert.Contains("row 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Collinear_columns_are_dropped_with_the_reason()
    {
        var data = TestPanels.Create(1_000, offices: 10, periods: 5, seed: 9);
        var x1 = data.Numeric("x1").Values.ToArray();
        var x2 = data.Numeric("x2").Values.ToArray();
        var office = data.Categorical("office").Codes.ToArray();
        var sum = x1.Select((v, i) => v + x2[i]).ToArray();
        var byOffice = office.Select(o => (o * 0.37) + 1).ToArray();
        var builder = new ColumnTableBuilder()
            .AddCategorical("office", office, data.Categorical("office").Levels)
            .AddCategorical("period", data.Categorical("period").Codes.ToArray(), data.Categorical("period").Levels)
            .AddNumeric("x1", x1).AddNumeric("x2", x2).AddNumeric("sum", sum).AddNumeric("officeLevel", byOffice)
            .AddNumeric("constant", [.. Enumerable.Repeat(3.0, x1.Length)])
            .AddNumeric("y", data.Numeric("y").Values.ToArray());
        var table = builder.Build();
        foreach (var solver in new[] { LeastSquaresSolver.Qr, LeastSquaresSolver.NormalEquations })
        {
            var fe = LinearModel.Fit(table, new LinearModelSpec("y", ["x1", "x2", "sum", "officeLevel"]) { FixedEffects = ["office", "period"] }, new FitOptions { Solver = solver });
            Assert.Equal(["x1", "x2"], fe.CoefficientNames);
            Assert.Equal(
                [new DroppedCoefficient("sum", DropReason.CollinearWithCovariates), new DroppedCoefficient("officeLevel", DropReason.CollinearWithFixedEffects)],
                fe.Dropped);
            var ols = LinearModel.Fit(table, new LinearModelSpec("y", ["x1", "constant", "x2"]), new FitOptions { Solver = solver });
            Assert.Equal(["(Intercept)", "x1", "x2"], ols.CoefficientNames);
            Assert.Equal([new DroppedCoefficient("constant", DropReason.CollinearWithIntercept)], ols.Dropped);
        }
    }

    [Fact]
    public void Singletons_are_counted_and_dropped_only_on_request()
    {
        var office = new[] { 0, 0, 0, 1, 1, 2, 3, 3 };
        var period = new[] { 0, 1, 0, 1, 0, 1, 0, 1 };
        var data = new ColumnTableBuilder()
            .AddCategorical("office", office, ["a", "b", "c", "d"]).AddCategorical("period", period, ["p", "q"])
            .AddNumeric("x", [1, 4, 2, 5, 3, 7, 2, 9]).AddNumeric("y", [2, 9, 4, 11, 5, 13, 3, 17]).Build();
        var spec = new LinearModelSpec("y", ["x"]) { FixedEffects = ["office", "period"] };
        var kept = LinearModel.Fit(data, spec, new FitOptions { Covariance = CovarianceSpec.Iid() });
        Assert.Equal(1, kept.Sample.SingletonRows);
        Assert.Equal(8, kept.ObservationCount);
        var dropped = LinearModel.Fit(data, spec, new FitOptions { DropSingletons = true, Covariance = CovarianceSpec.Iid() });
        Assert.Equal(1, dropped.Sample.SingletonRows);
        Assert.Equal(7, dropped.ObservationCount);
        Assert.True(dropped.Sample.SingletonsDropped);
        Assert.Equal(kept.Estimates[0], dropped.Estimates[0], 1e-12);
    }

    [Fact]
    public void HC2_and_HC3_need_a_model_without_fixed_effects()
    {
        var data = TestPanels.Create(500, offices: 5, periods: 4, seed: 1);
        var fe = LinearModel.Fit(data, TwoWay);
        Assert.Throws<ArgumentException>(() => fe.WithCovariance(CovarianceSpec.Robust(RobustType.HC3)));
        Assert.Throws<ArgumentException>(() => fe.WithCovariance(CovarianceSpec.Cluster("nope")));
    }

    [Fact]
    public void Robust_variants_match_a_direct_dense_computation()
    {
        var data = TestPanels.Create(60, offices: 4, periods: 3, seed: 4, weights: true);
        var spec = new LinearModelSpec("y", TestPanels.Covariates) { Weights = "w" };
        var fit = LinearModel.Fit(data, spec);
        var n = data.RowCount;
        var x = new double[n, 4];
        var w = data.Numeric("w").Values.ToArray();
        var e = fit.Residuals.ToArray();
        for (var i = 0; i < n; i++)
        {
            x[i, 0] = 1;
            for (var j = 0; j < 3; j++)
            {
                x[i, j + 1] = data.Numeric(TestPanels.Covariates[j])[i];
            }
        }

        var xtwx = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(4, 4, (a, b) => Enumerable.Range(0, n).Sum(i => w[i] * x[i, a] * x[i, b]));
        var bread = xtwx.Inverse();
        var names = new[] { RobustType.HC0, RobustType.HC1, RobustType.HC2, RobustType.HC3 };
        foreach (var type in names)
        {
            var meat = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(4, 4);
            for (var i = 0; i < n; i++)
            {
                var xi = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(4, j => x[i, j]);
                var h = w[i] * xi.DotProduct(bread * xi);
                var u = w[i] * w[i] * e[i] * e[i];
                u = type switch { RobustType.HC2 => u / (1 - h), RobustType.HC3 => u / ((1 - h) * (1 - h)), _ => u };
                meat += u * xi.OuterProduct(xi);
            }

            var v = bread * meat * bread;
            var factor = type == RobustType.HC1 ? n / (n - 4.0) : 1.0;
            var ours = fit.WithCovariance(CovarianceSpec.Robust(type)).StandardErrors;
            for (var j = 0; j < 4; j++)
            {
                Assert.Equal(Math.Sqrt(v[j, j] * factor), ours[j], 1e-10 * Math.Sqrt(v[j, j]));
            }
        }
    }

    [Fact]
    public void Predictions_with_fixed_effects_reproduce_the_fitted_values()
    {
        var data = TestPanels.Create(3_000, offices: 20, periods: 6, seed: 8);
        var fit = LinearModel.Fit(data, TwoWay);
        var predicted = fit.Predict(data);
        var fitted = fit.FittedValues.Span;
        for (var i = 0; i < predicted.Length; i++)
        {
            Assert.Equal(fitted[i], predicted[i], 1e-9);
        }

        var withoutFe = fit.Predict(data, includeFixedEffects: false);
        Assert.Equal(fit.Estimates.Select((b, j) => b * data.Numeric(TestPanels.Covariates[j])[0]).Sum(), withoutFe[0], 1e-12);

        var unseen = new ColumnTableBuilder().AddCategorical("office", ["new"]).AddCategorical("period", ["p0"])
            .AddNumeric("x1", [1.0]).AddNumeric("x2", [1.0]).AddNumeric("x3", [1.0]).Build();
        Assert.True(double.IsNaN(fit.Predict(unseen)[0]));
    }

    [Fact]
    public void Fixed_effects_can_be_renormalised_without_changing_the_fit()
    {
        var data = TestPanels.Create(2_000, offices: 12, periods: 5, seed: 6);
        var fit = LinearModel.Fit(data, TwoWay);
        var centred = fit.WithFixedEffectNormalization(FixedEffectNormalization.WeightedMeanZero);
        var period = data.Categorical("period");
        var office = data.Categorical("office");
        var mean = 0.0;
        for (var i = 0; i < data.RowCount; i++)
        {
            mean += centred.FixedEffects[1][period.LabelAt(i)!];
            var before = fit.FixedEffects[0][office.LabelAt(i)!] + fit.FixedEffects[1][period.LabelAt(i)!];
            var after = centred.FixedEffects[0][office.LabelAt(i)!] + centred.FixedEffects[1][period.LabelAt(i)!];
            Assert.Equal(before, after, 1e-10);
        }

        Assert.Equal(0, mean / data.RowCount, 1e-12);
        Assert.Equal(0.0, fit.FixedEffects[1][period.LabelAt(0)!]);
    }

    [Fact]
    public void Summary_prints_the_coefficients_and_the_covariance_description()
    {
        var data = TestPanels.Create(500, offices: 5, periods: 4, seed: 1);
        var text = LinearModel.Fit(data, TwoWay).ToString();
        Assert.Contains("Clustered by office", text, StringComparison.Ordinal);
        Assert.Contains("x3", text, StringComparison.Ordinal);
        Assert.Contains("Within R2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Confidence_intervals_use_the_t_quantile_of_the_inference_degrees_of_freedom()
    {
        var data = TestPanels.Create(500, offices: 5, periods: 4, seed: 1);
        var fit = LinearModel.Fit(data, TwoWay);
        Assert.Equal(4, fit.InferenceDegreesOfFreedom);
        var q = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, 4, 0.95);
        var ci = fit.ConfidenceIntervals(0.90);
        Assert.Equal(fit.Estimates[1] + (q * fit.StandardErrors[1]), ci[1].Upper, 1e-12);
        Assert.Throws<ArgumentOutOfRangeException>(() => fit.ConfidenceIntervals(1.5));
    }

    [Fact]
    public void Scores_summed_during_the_fit_equal_those_of_a_later_covariance_bit_for_bit()
    {
        var data = TestPanels.Create(300_000, offices: 50, periods: 10, seed: 12);
        var direct = LinearModel.Fit(data, TwoWay, new FitOptions { Covariance = CovarianceSpec.Cluster("office") });
        var later = LinearModel.Fit(data, TwoWay, new FitOptions { Covariance = CovarianceSpec.Iid() }).WithCovariance(CovarianceSpec.Cluster("office"));
        Assert.Equal(later.StandardErrors, direct.StandardErrors);
        // K = 3 slopes + (50 + 10 - 1) fixed-effect parameters - (50 - 1) for the office effects nested in the clusters.
        Assert.Equal(3 + (50 + 10 - 1) - (50 - 1), direct.SmallSampleK);
    }

    [Fact]
    public void Progress_reports_the_stages_in_order_and_cancellation_stops_the_fit()
    {
        var data = TestPanels.Create(1_000, offices: 5, periods: 4, seed: 1);
        var stages = new List<FitStage>();
        LinearModel.Fit(data, TwoWay, new FitOptions { Progress = new Collect(stages) });
        Assert.Equal([FitStage.Preparing, FitStage.Absorbing, FitStage.Solving, FitStage.Inference, FitStage.Done], stages);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => LinearModel.Fit(data, TwoWay, cancellationToken: cancelled.Token));
    }

    [Fact]
    public void Unknown_columns_and_bad_options_are_rejected()
    {
        var data = TestPanels.Create(100, offices: 5, periods: 4, seed: 1);
        Assert.Throws<ArgumentException>(() => LinearModel.Fit(data, new LinearModelSpec("nope", ["x1"])));
        Assert.Throws<ArgumentException>(() => LinearModel.Fit(data, new LinearModelSpec("y", ["x1"]) { FixedEffects = ["x2"] }));
        Assert.Throws<ArgumentOutOfRangeException>(() => LinearModel.Fit(data, new LinearModelSpec("y", ["x1"]), new FitOptions { MaxDegreeOfParallelism = 0 }));
    }

    private sealed class Collect(List<FitStage> stages) : IProgress<FitProgress>
    {
        public void Report(FitProgress value) => stages.Add(value.Stage);
    }
}
