using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Numerics;

namespace Indikator.Core.Tests.Numerics;

/// <summary>The projections leave columns whose weighted sums within every level of every fixed effect are zero.</summary>
public class DemeaningTests
{
    private static readonly ParallelOptions Parallel = new();

    [Fact]
    public void Demeaned_group_means_are_zero_for_the_exact_two_way_solve_and_for_alternating_projections()
    {
        var gen = from seed in Gen.Choose(1, 100_000)
                  from rows in Gen.Choose(50, 3_000)
                  from l0 in Gen.Choose(1, 40)
                  from l1 in Gen.Choose(1, 15)
                  select (seed, rows, l0, l1);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var random = new Random(t.seed);
            var codes = new[] { Codes(random, t.rows, t.l0), Codes(random, t.rows, t.l1) };
            var levels = new[] { t.l0, t.l1 };
            var w = Enumerable.Range(0, t.rows).Select(_ => 0.1 + random.NextDouble()).ToArray();
            var x = Enumerable.Range(0, t.rows).Select(i => (10 * random.NextDouble()) + codes[0][i] - (3 * codes[1][i])).ToArray();

            var exact = CellProjection.Build(codes, levels, w, [DesignColumn.Numeric(x)], t.rows, Parallel)!;
            var design = new CellDemeanedDesign([DesignColumn.Numeric(x)], exact.Tables, exact.Cell, t.rows);
            var demeaned = new double[t.rows];
            design.Fill(0, t.rows, demeaned);

            var inverse = AlternatingProjections.InverseCounts(codes, levels, w, t.rows);
            var map = AlternatingProjections.Demean(codes, inverse, w, x, 1e-12, 10_000, CancellationToken.None);

            var scale = x.Select((v, i) => Math.Abs(v) * w[i]).Sum();
            return map.Converged && GroupSumsVanish(demeaned, w, codes, levels, 1e-12 * scale)
                && GroupSumsVanish(map.Demeaned, w, codes, levels, 1e-9 * scale);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    [Fact]
    public void Split_two_way_graphs_are_solved_per_connected_component()
    {
        // Offices 0-1 only meet periods 0-1, offices 2-3 only periods 2-3: two components, two references.
        int[] office = [0, 0, 1, 1, 0, 1, 2, 2, 3, 3, 2, 3];
        int[] period = [0, 1, 0, 1, 1, 0, 2, 3, 2, 3, 3, 2];
        var x = office.Select((o, i) => (o * 2.0) + period[i] + (0.1 * i)).ToArray();
        var p = CellProjection.Build([office, period], [4, 4], null, [DesignColumn.Numeric(x)], x.Length, Parallel)!;
        Assert.Equal(2, p.Components);
        var d = new double[x.Length];
        new CellDemeanedDesign([DesignColumn.Numeric(x)], p.Tables, p.Cell, x.Length).Fill(0, x.Length, d);
        Assert.True(GroupSumsVanish(d, null, [office, period], [4, 4], 1e-12));
    }

    private static int[] Codes(Random random, int rows, int levels)
        => [.. Enumerable.Range(0, rows).Select(i => i < levels ? i : random.Next(levels))];

    private static bool GroupSumsVanish(double[] x, double[]? w, int[][] codes, int[] levels, double tolerance)
    {
        for (var f = 0; f < codes.Length; f++)
        {
            var sums = new double[levels[f]];
            for (var i = 0; i < x.Length; i++)
            {
                sums[codes[f][i]] += (w is null ? 1.0 : w[i]) * x[i];
            }

            if (sums.Any(s => Math.Abs(s) > tolerance))
            {
                return false;
            }
        }

        return true;
    }
}
