using Indikator.Core.Data;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Tests.RiskAdjustment;

/// <summary>
/// LinearModel.FitMany shares the frame, the absorption and the cross-product between outcomes with the same missing
/// rows. It must give each outcome the fit <see cref="LinearModel.Fit"/> gives it alone, to rounding: the shared
/// cross-product adds the same products but may group them differently, so the bound is 1e-12 relative to the scale
/// of each quantity (coefficients and standard errors to their largest absolute value, residuals to the outcome's).
/// </summary>
public class LinearModelFitManyTests
{
    private const double Bound = 1e-12;

    public static TheoryData<string, bool> Cases => new()
    {
        { "none", false },
        { "office", false },
        { "office,period", false },
        { "office,period", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_outcome_gets_the_fit_it_gets_alone(string fixedEffects, bool weights)
    {
        var data = WithOutcomes(TestPanels.Create(20_000, offices: 30, periods: 8, seed: 11, weights: weights));
        var spec = new LinearModelSpec("y", TestPanels.Covariates)
        {
            FixedEffects = fixedEffects == "none" ? [] : fixedEffects.Split(','),
            Weights = weights ? "w" : null,
        };
        string[] outcomes = ["y", "y_late", "y_scaled", "y_late_shift"];
        // The automatic solver takes QR at this size; the normal equations are the path that shares the cross-product.
        foreach (var solver in new[] { LeastSquaresSolver.Auto, LeastSquaresSolver.NormalEquations })
        {
            Same(data, spec, outcomes, new FitOptions { Covariance = CovarianceSpec.Cluster("office"), Solver = solver });
        }
    }

    private static void Same(ColumnTable data, LinearModelSpec spec, string[] outcomes, FitOptions options)
    {
        var together = LinearModel.FitMany(data, spec, outcomes, options);

        Assert.Equal(outcomes.Length, together.Length);
        for (var o = 0; o < outcomes.Length; o++)
        {
            var alone = LinearModel.Fit(data, spec with { Outcome = outcomes[o] }, options);
            Assert.Equal(alone.CoefficientNames, together[o].CoefficientNames);
            Assert.Equal(alone.UsedRows.ToArray(), together[o].UsedRows.ToArray());
            Close(alone.Estimates, together[o].Estimates);
            Close(alone.StandardErrors, together[o].StandardErrors);
            Close(alone.Residuals.ToArray(), together[o].Residuals.ToArray());
            Assert.Equal(alone.Ssr, together[o].Ssr, alone.Ssr * Bound);
        }
    }

    [Fact]
    public void Outcomes_with_different_missing_rows_are_fitted_on_their_own_rows()
    {
        var data = WithOutcomes(TestPanels.Create(5_000, offices: 10, periods: 6, seed: 3));
        var fits = LinearModel.FitMany(data, new LinearModelSpec("y", TestPanels.Covariates), ["y", "y_late"], new FitOptions());
        Assert.Equal(5_000, fits[0].UsedRows.Length);
        Assert.Equal(5_000 - (5_000 / 7) - 1, fits[1].UsedRows.Length);
    }

    [Fact]
    public void An_infinite_outcome_in_a_shared_frame_is_named()
    {
        var data = TestPanels.Create(1_000, offices: 5, periods: 4, seed: 5);
        var y = data.Numeric("y").Array;
        var bad = (double[])y.Clone();
        bad[17] = double.PositiveInfinity;
        var table = Copy(data).AddNumeric("y_bad", bad).Build();
        var error = Assert.Throws<NonFiniteValueException>(() => LinearModel.FitMany(table, new LinearModelSpec("y", TestPanels.Covariates), ["y", "y_bad"], new FitOptions()));
        Assert.Contains("y_bad", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Adds outcomes: one scaled and shifted (same rows as y), and two missing in every seventh row (a later censoring).</summary>
    private static ColumnTable WithOutcomes(ColumnTable data)
    {
        var y = data.Numeric("y").Array;
        var scaled = y.Select(v => (3 * v) - 1).ToArray();
        var late = y.Select((v, i) => i % 7 == 0 ? double.NaN : v + 0.25).ToArray();
        var lateShift = late.Select((v, i) => v - (0.01 * (i % 5))).ToArray();
        return Copy(data).AddNumeric("y_scaled", scaled).AddNumeric("y_late", late).AddNumeric("y_late_shift", lateShift).Build();
    }

    private static ColumnTableBuilder Copy(ColumnTable data)
    {
        var builder = new ColumnTableBuilder();
        foreach (var numeric in data.NumericColumns)
        {
            builder.AddNumeric(numeric.Name, numeric.Array);
        }

        foreach (var categorical in data.CategoricalColumns)
        {
            builder.AddCategorical(categorical.Name, categorical.CodeArray, categorical.Levels);
        }

        return builder;
    }

    private static void Close(IReadOnlyList<double> expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        var scale = expected.Max(Math.Abs);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= Bound * scale, $"element {i}: {expected[i]} vs {actual[i]} (scale {scale})");
        }
    }
}
