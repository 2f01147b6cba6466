using Indikator.Core.Data;
using Indikator.Core.Evaluation;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Tests.Evaluation;

public partial class TrialEvaluationTests
{
    private static readonly Dictionary<int, int> CommonStart = new() { [0] = 12, [1] = 12, [2] = 12 };

    /// <summary>With one start month the difference-in-differences is the two-way fixed-effects regression
    /// y ~ trial | office + month, fitted by hand here with the engine. Same data, same engine: the only differences are
    /// rounding in the order of sums, hence 1e-10 relative. (Its CR2 standard error is checked by hand in
    /// TrialEvaluationTests.Cr2.cs.)</summary>
    [Fact]
    public void Not_staggered_difference_in_differences_equals_a_hand_built_two_way_fit()
    {
        var data = TrialPanels.Build(12, 24, 20, CommonStart, (_, _) => 0.2, 1.0, seed: 11);
        var spec = TrialPanels.Spec(CommonStart) with { Controls = [.. Enumerable.Range(3, 9).Select(TrialPanels.Office)] };
        var result = TrialEvaluation.Evaluate(data, spec);

        var office = data.Categorical("office").CodeArray;
        var period = data.Categorical("period").CodeArray;
        var treated = new double[data.RowCount];
        for (var i = 0; i < treated.Length; i++)
        {
            treated[i] = office[i] < 3 && period[i] >= 12 ? 1 : 0;
        }

        var hand = LinearModel.Fit(
            With(data, ("treated", treated)),
            new LinearModelSpec("y", ["treated"]) { FixedEffects = ["office", "period"] },
            new FitOptions { Covariance = CovarianceSpec.Cluster("office") });
        Assert.False(result.IsStaggered);
        Assert.Equal(hand.Estimates[0], result.TwoWayFixedEffects.Estimate, 1e-10 * Math.Abs(hand.Estimates[0]));
        Assert.Contains("CR2", result.TwoWayFixedEffects.Covariance, StringComparison.Ordinal);
        Assert.NotNull(result.TwoWayFixedEffects.Bootstrap);
        Assert.Equal(12, result.TwoWayFixedEffects.Bootstrap!.ClusterCount);
    }

    /// <summary>The headline effect is the person-month-weighted average of the relative-month interactions; the
    /// library gets it from a reparametrized fit so that it can be bootstrapped. Here the plain interactions are fitted
    /// by hand and averaged with w'b: equal to 1e-9 relative; and the bootstrap's CR1 t statistic is b / sqrt(w'Vw) with
    /// V the hand fit's CR1 covariance, the reparametrized fit having the same residuals.</summary>
    [Fact]
    public void Average_effect_equals_the_weighted_average_of_hand_built_interactions()
    {
        var data = TrialPanels.Build(12, 24, 20, CommonStart, (o, k) => 0.05 * k, 1.0, seed: 12);
        var spec = TrialPanels.Spec(CommonStart) with { Controls = [.. Enumerable.Range(3, 9).Select(TrialPanels.Office)] };
        var result = TrialEvaluation.Evaluate(data, spec);

        var office = data.Categorical("office").CodeArray;
        var period = data.Categorical("period").CodeArray;
        var columns = Enumerable.Range(0, 12).Select(_ => new double[data.RowCount]).ToArray();
        for (var i = 0; i < data.RowCount; i++)
        {
            if (office[i] < 3 && period[i] >= 12)
            {
                columns[period[i] - 12][i] = 1;
            }
        }

        var names = Enumerable.Range(0, 12).Select(k => $"k{k}").ToArray();
        var hand = LinearModel.Fit(
            With(data, [.. names.Zip(columns)]),
            new LinearModelSpec("y", names) { FixedEffects = ["office", "period"] },
            new FitOptions { Covariance = CovarianceSpec.Cluster("office") });

        // Equal person-months in every post month: w_k = 1/12.
        var estimate = hand.Estimates.Average();
        var variance = 0.0;
        for (var a = 0; a < 12; a++)
        {
            for (var b = 0; b < 12; b++)
            {
                variance += hand.CovarianceAt(a, b) / 144;
            }
        }

        Assert.Equal(estimate, result.Effect.Estimate, 1e-9 * Math.Abs(estimate));
        Assert.Equal(estimate / Math.Sqrt(variance), result.Effect.Bootstrap!.TStatistic, 1e-9 * Math.Abs(estimate / Math.Sqrt(variance)));
    }

    private static ColumnTable With(ColumnTable data, params (string Name, double[] Values)[] extra)
    {
        var builder = new ColumnTableBuilder();
        foreach (var c in data.NumericColumns)
        {
            builder.AddNumeric(c.Name, c.Values.ToArray());
        }

        foreach (var c in data.CategoricalColumns)
        {
            builder.AddCategorical(c.Name, c.Codes.ToArray(), c.Levels);
        }

        foreach (var (name, values) in extra)
        {
            builder.AddNumeric(name, values);
        }

        return builder.Build();
    }
}
