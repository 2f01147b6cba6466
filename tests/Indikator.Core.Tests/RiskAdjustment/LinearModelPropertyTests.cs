using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Data;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Tests.RiskAdjustment;

/// <summary>Properties of the fit over seeded random panels (FsCheck, bounded generators).</summary>
public class LinearModelPropertyTests
{
    private static readonly LinearModelSpec TwoWay = new("y", TestPanels.Covariates) { FixedEffects = ["office", "period"] };
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(15);

    [Fact]
    public void Row_order_does_not_change_the_estimates()
    {
        // Reordering rows only changes the order of floating-point sums. With about 600 rows and a scaled
        // condition number near 10, those rounding differences are of order n x eps x cond = 1e-12 relative;
        // 1e-10 leaves a margin of a hundred and still catches any real dependence on order.
        Prop.ForAll(Gen.Choose(1, 100_000).ToArbitrary(), seed =>
        {
            var rows = 600;
            var order = Enumerable.Range(0, rows).ToArray();
            var shuffle = new Random(seed);
            for (var i = rows - 1; i > 0; i--)
            {
                var j = shuffle.Next(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }

            var a = LinearModel.Fit(TestPanels.Build(rows, 12, 6, seed, 0, true, null), TwoWay with { Weights = "w" });
            var b = LinearModel.Fit(TestPanels.Build(rows, 12, 6, seed, 0, true, order), TwoWay with { Weights = "w" });
            return Close(a.Estimates, b.Estimates, 1e-10) && Close(a.StandardErrors, b.StandardErrors, 1e-10);
        }).Check(Runs);
    }

    [Fact]
    public void Shifting_one_office_moves_only_that_office_effect()
    {
        var gen = from seed in Gen.Choose(1, 100_000)
                  from office in Gen.Choose(0, 9)
                  from shift in Gen.Choose(-500, 500)
                  select (seed, office, shift / 100.0);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (seed, target, shift) = t;
            var data = TestPanels.Create(400, 10, 5, seed);
            var shifted = WithShift(data, $"o{target}", shift);
            var a = LinearModel.Fit(data, TwoWay);
            var b = LinearModel.Fit(shifted, TwoWay);
            if (!Close(a.Estimates, b.Estimates, 1e-10))
            {
                return false;
            }

            for (var o = 0; o < 10; o++)
            {
                var expected = a.FixedEffects[0][$"o{o}"] + (o == target ? shift : 0);
                if (Math.Abs(b.FixedEffects[0][$"o{o}"] - expected) > 1e-9)
                {
                    return false;
                }
            }

            return a.FixedEffects[1].Values.Zip(b.FixedEffects[1].Values).All(p => Math.Abs(p.First - p.Second) <= 1e-9);
        }).Check(Runs);
    }

    [Fact]
    public void Results_are_bit_identical_for_any_thread_count()
    {
        var gen = from rows in Gen.Choose(1_000, 140_000)
                  from threads in Gen.Choose(2, 8)
                  from seed in Gen.Choose(1, 1000)
                  select (rows, threads, seed);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var data = TestPanels.Create(t.rows, 20, 8, t.seed, weights: true);
            var spec = TwoWay with { Weights = "w" };
            var one = LinearModel.Fit(data, spec, new FitOptions { MaxDegreeOfParallelism = 1, Solver = LeastSquaresSolver.NormalEquations });
            var many = LinearModel.Fit(data, spec, new FitOptions { MaxDegreeOfParallelism = t.threads, Solver = LeastSquaresSolver.NormalEquations });
            return one.Estimates.SequenceEqual(many.Estimates) && one.StandardErrors.SequenceEqual(many.StandardErrors)
                && one.Ssr.Equals(many.Ssr);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(6));
    }

    private static bool Close(IReadOnlyList<double> a, IReadOnlyList<double> b, double relative)
        => a.Count == b.Count && a.Zip(b).All(p => Math.Abs(p.First - p.Second) <= relative * Math.Max(Math.Abs(p.First), 1e-300));

    private static ColumnTable WithShift(ColumnTable data, string office, double shift)
    {
        var column = data.Categorical("office");
        var code = column.CodeOf(office);
        var codes = column.Codes.Span;
        var y = data.Numeric("y").Values.ToArray();
        for (var i = 0; i < y.Length; i++)
        {
            if (codes[i] == code)
            {
                y[i] += shift;
            }
        }

        var builder = new ColumnTableBuilder()
            .AddCategorical("office", column.Codes.ToArray(), column.Levels)
            .AddCategorical("period", data.Categorical("period").Codes.ToArray(), data.Categorical("period").Levels);
        foreach (var name in TestPanels.Covariates)
        {
            builder.AddNumeric(name, data.Numeric(name).Values.ToArray());
        }

        return builder.AddNumeric("y", y).Build();
    }
}
