using Indikator.Core.Data;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Tests.RiskAdjustment;

/// <summary>Both ways of projecting out two fixed effects give the same fit, whichever the automatic choice takes.</summary>
public class AbsorberTests
{
    private static readonly LinearModelSpec TwoWay = new("y", TestPanels.Covariates) { FixedEffects = ["office", "period"] };

    // Alternating projections stop when a sweep moves no fixed-effect coefficient by more than Tolerance (1 + max |alpha|),
    // so with Tolerance = 1e-13 the demeaned columns are off by at most about 1e-13 of their scale and the slopes and
    // standard errors by that times the condition number of the cross-product (below 1e3 here, asserted): 1e-10. The
    // observed agreement is about 1e-15. A real difference is far larger: one fixed-effect parameter more or less moves
    // the standard errors by about 1 / n, 2.5e-6 relative at 400,000 rows.
    private const double Agreement = 1e-10;

    public static TheoryData<int, int, int, AbsorptionMethod> Shapes => new()
    {
        { 5_000, 30, 10, AbsorptionMethod.ExactTwoWay }, // 300 cells: a small grid
        { 400_000, 2_000, 40, AbsorptionMethod.ExactTwoWay }, // 80,000 cells, one per five rows
        { 20_000, 2_000, 40, AbsorptionMethod.AlternatingProjections }, // 80,000 cells, four per row
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_automatic_choice_takes_the_expected_path(int rows, int offices, int periods, AbsorptionMethod expected)
    {
        var data = TestPanels.Create(rows, offices, periods, seed: 17);
        Assert.Equal(expected, LinearModel.Fit(data, TwoWay).Absorption.Method);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Forced_exact_and_alternating_projections_agree_on_both_sides_of_the_rule(int rows, int offices, int periods, AbsorptionMethod automatic)
    {
        var data = TestPanels.Create(rows, offices, periods, seed: 17);
        var exact = LinearModel.Fit(data, TwoWay, new FitOptions { Absorption = AbsorptionStrategy.Exact });
        var map = LinearModel.Fit(data, TwoWay, new FitOptions { Absorption = AbsorptionStrategy.AlternatingProjections, Tolerance = 1e-13 });
        Assert.Equal(AbsorptionMethod.ExactTwoWay, exact.Absorption.Method);
        Assert.Equal(AbsorptionMethod.AlternatingProjections, map.Absorption.Method);
        Assert.True(map.Absorption.Converged, $"automatic choice {automatic}: alternating projections did not converge");
        AssertAgree(exact, map);
    }

    [Fact]
    public void Split_level_graphs_give_the_same_components_and_degrees_of_freedom_on_both_paths()
    {
        // Offices 0-19 only meet periods 0-4, offices 20-39 only periods 5-9: two components, so one fixed-effect
        // parameter fewer than a connected graph, on either path.
        var data = SplitPanel(4_000, seed: 5);
        var exact = LinearModel.Fit(data, TwoWay, new FitOptions { Absorption = AbsorptionStrategy.Exact });
        var map = LinearModel.Fit(data, TwoWay, new FitOptions { Absorption = AbsorptionStrategy.AlternatingProjections, Tolerance = 1e-13 });
        Assert.Equal(2, exact.Absorption.Components);
        Assert.Equal(2, map.Absorption.Components);
        Assert.Equal(40 + 10 - 2, map.FixedEffectParameterCount);
        Assert.Equal(exact.FixedEffectParameterCount, map.FixedEffectParameterCount);
        Assert.Equal(exact.ResidualDegreesOfFreedom, map.ResidualDegreesOfFreedom);
        AssertAgree(exact, map);
        for (var f = 0; f < 2; f++)
        {
            var e = exact.FixedEffects[f].Values;
            var a = map.FixedEffects[f].Values;
            for (var level = 0; level < e.Count; level++)
            {
                Assert.True(Math.Abs(e[level] - a[level]) <= 1e-9 * (1 + Math.Abs(e[level])), $"fixed effect {f}, level {level}: {a[level]:R} vs {e[level]:R}");
            }
        }
    }

    [Fact]
    public void A_forced_exact_path_uses_alternating_projections_for_three_fixed_effects()
    {
        var data = TestPanels.Create(3_000, offices: 20, periods: 8, seed: 11, regions: 4);
        var fit = LinearModel.Fit(data, TwoWay with { FixedEffects = ["office", "period", "region"] }, new FitOptions { Absorption = AbsorptionStrategy.Exact });
        Assert.Equal(AbsorptionMethod.AlternatingProjections, fit.Absorption.Method);
        Assert.True(fit.Absorption.Converged);
    }

    [Fact]
    public void An_undefined_strategy_is_rejected()
    {
        var data = TestPanels.Create(500, offices: 10, periods: 5, seed: 1);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => LinearModel.Fit(data, TwoWay, new FitOptions { Absorption = (AbsorptionStrategy)7 }));
        Assert.Contains("Absorption", e.Message, StringComparison.Ordinal);
    }

    private static void AssertAgree(LinearModelResult exact, LinearModelResult map)
    {
        Assert.True(exact.ConditionNumber < 1e3, $"condition {exact.ConditionNumber:G3}");
        FixestPanelTests.AssertRelative(exact.Estimates, map.Estimates, Agreement, "estimate");
        FixestPanelTests.AssertRelative(exact.StandardErrors, map.StandardErrors, Agreement, "clustered se");
        FixestPanelTests.AssertRelative(
            exact.WithCovariance(CovarianceSpec.Iid()).StandardErrors, map.WithCovariance(CovarianceSpec.Iid()).StandardErrors, Agreement, "iid se");
        Assert.Equal(exact.Ssr, map.Ssr, Agreement * exact.Ssr);
    }

    private static ColumnTable SplitPanel(int rows, int seed)
    {
        var random = new Random(seed);
        var office = new int[rows];
        var period = new int[rows];
        double[][] x = [new double[rows], new double[rows], new double[rows]];
        var y = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            var block = i % 2;
            office[i] = (block * 20) + (i < 40 ? i / 2 : random.Next(20));
            period[i] = (block * 5) + (i < 10 ? i / 2 : random.Next(5));
            for (var j = 0; j < 3; j++)
            {
                x[j][i] = random.NextDouble() + (0.1 * office[i]) - (j * 0.2 * period[i]);
            }

            y[i] = x[0][i] - (2 * x[1][i]) + (0.5 * x[2][i]) + (0.05 * office[i]) + (0.3 * period[i]) + random.NextDouble();
        }

        var builder = new ColumnTableBuilder()
            .AddCategorical("office", office, [.. Enumerable.Range(0, 40).Select(o => $"o{o}")])
            .AddCategorical("period", period, [.. Enumerable.Range(0, 10).Select(p => $"p{p}")]);
        for (var j = 0; j < 3; j++)
        {
            builder.AddNumeric($"x{j + 1}", x[j]);
        }

        return builder.AddNumeric("y", y).Build();
    }
}
