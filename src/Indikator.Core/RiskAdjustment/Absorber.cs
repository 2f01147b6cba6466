using System.Runtime.CompilerServices;
using Indikator.Core.Numerics;

namespace Indikator.Core.RiskAdjustment;

/// <summary>Chooses and runs the projection of the fixed effects out of every column.</summary>
internal static class Absorber
{
    public sealed record Result(
        DesignSource Design,
        FixedEffectCoefficients? Coefficients,
        double[] RawSquares,
        AbsorptionSummary Summary,
        int[][]? ComponentOfLevel,
        int FixedEffectParameters,
        double Tolerance);

    public static Result Absorb(ModelFrame frame, FitOptions options, ParallelOptions parallel)
        => AbsorbMany(frame, [frame.Outcome], options, parallel);

    /// <summary>
    /// Projects the fixed effects out of the design and several outcomes at once (the design's cell sums, or its
    /// demeaning, done once): the working design has the frame's design columns followed by one column per outcome.
    /// <see cref="Select"/> gives one outcome's result.
    /// </summary>
    public static Result AbsorbMany(ModelFrame frame, IReadOnlyList<double[]> outcomes, FitOptions options, ParallelOptions parallel)
    {
        var n = frame.Rows;
        DesignColumn[] columns = [.. frame.Design, .. outcomes.Select(DesignColumn.Numeric)];
        var m = columns.Length;
        var w = frame.Weights;
        var codes = frame.FixedEffectCodes;
        var levels = frame.FixedEffectLevels.Select(l => l.Length).ToArray();
        var k = codes.Length;
        var tol = options.CollinearityTolerance;
        if (k == 0)
        {
            // No centring: recovering the intercept from centred fits cancels digits (Wampler1 loses three),
            // so the constant is an ordinary column and the scaled QR handles the conditioning.
            var groups = new int[m];
            for (var j = 0; j < m; j++)
            {
                groups[j] = j < frame.Design.Length && frame.Indicators[j] is { } ind ? Array.IndexOf(frame.ReferenceTerms, ind.Column) : -1;
            }

            var design = new CellDemeanedDesign(columns, new double[]?[m], null, n) { ExclusiveGroups = groups };
            return new Result(design, null, RawSquares(columns, w, n, parallel), new AbsorptionSummary(AbsorptionMethod.None, 0, true, 1), null, 0, tol);
        }

        // The cost model sees one outcome, so the path does not depend on how many outcomes share the design.
        if (UseCells(options.Absorption, levels, n, columns.Take(frame.Design.Length + 1).Count(c => !c.IsConstant))
            && CellProjection.Build(codes, levels, w, columns, n, parallel) is { } projection)
        {
            var design = new CellDemeanedDesign(columns, projection.Tables, projection.Cell, n);
            var method = k == 1 ? AbsorptionMethod.GroupMeans : AbsorptionMethod.ExactTwoWay;
            var parameters = levels.Sum() - (k == 2 ? projection.Components : 0);
            return new Result(
                design,
                projection.Coefficients,
                projection.RawSquares,
                new AbsorptionSummary(method, 0, true, projection.Components),
                projection.ComponentOfLevel,
                parameters,
                tol);
        }

        var inverse = AlternatingProjections.InverseCounts(codes, levels, w, n);
        var demeaned = new double[]?[m];
        var coefficients = new double[]?[m][];
        var iterations = new int[m];
        var converged = new bool[m];
        Parallel.For(0, m, parallel, j =>
        {
            if (columns[j].IsConstant)
            {
                coefficients[j] = new double[]?[k];
                converged[j] = true;
                return;
            }

            // Demeaning needs the column as values; this path is rare (more than two fixed effects, or the cost model).
            var x = columns[j].ToArray(n);
            var r = AlternatingProjections.Demean(codes, inverse, w, x, options.Tolerance, options.MaxIterations, parallel.CancellationToken);
            demeaned[j] = r.Demeaned;
            coefficients[j] = r.Alpha;
            iterations[j] = r.Iterations;
            converged[j] = r.Converged;
        });

        // Two fixed effects: count the connected components as the exact path does, so the degrees of freedom and the
        // reference levels do not depend on which path the cost model chose.
        (int Count, int[][]? OfLevel) components = k == 2 ? LevelComponents.FromRows(codes[0], codes[1], levels[0], levels[1]) : (1, null);
        return new Result(
            new MaterializedDesign(demeaned, n),
            new FixedEffectCoefficients(coefficients),
            RawSquares(columns, w, n, parallel),
            new AbsorptionSummary(AbsorptionMethod.AlternatingProjections, iterations.Max(), converged.All(c => c), components.Count),
            components.OfLevel,
            levels.Sum() - (k == 2 ? components.Count : k - 1),
            tol);
    }

    /// <summary>One outcome's part of a result of <see cref="AbsorbMany"/>: the design columns and outcome <paramref name="outcome"/>.</summary>
    public static Result Select(Result all, int designColumns, int outcome)
    {
        int[] columns = [.. Enumerable.Range(0, designColumns), designColumns + outcome];
        return all with
        {
            Design = all.Design.Select(columns),
            Coefficients = all.Coefficients?.Select(columns),
            RawSquares = [.. columns.Select(c => all.RawSquares[c])],
        };
    }

    /// <summary>Whether the fixed effects go through cell sums (group means or the exact two-way solve).</summary>
    private static bool UseCells(AbsorptionStrategy strategy, int[] levels, int rows, int projectedColumns) => strategy switch
    {
        AbsorptionStrategy.AlternatingProjections => false,
        _ when levels.Length == 1 => true,
        _ when levels.Length > 2 => false,
        AbsorptionStrategy.Exact => AbsorptionCostModel.ExactFits(levels[0], levels[1]),
        _ => AbsorptionCostModel.PreferExact(rows, projectedColumns, levels[0], levels[1]),
    };

    /// <summary>sum_i w_i x_i^2 per column (zero for the constant), each column summed in row order.</summary>
    private static double[] RawSquares(DesignColumn[] columns, double[]? w, int rows, ParallelOptions parallel)
    {
        var result = new double[columns.Length];
        Parallel.For(0, columns.Length, parallel, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (j) =>
        {
            if (columns[j].IsConstant)
            {
                return;
            }

            var s = 0.0;
            if (columns[j].Codes is { } codes)
            {
                var level = columns[j].Level;
                for (var i = 0; i < rows; i++)
                {
                    if (codes[i] == level)
                    {
                        s += w is null ? 1.0 : w[i];
                    }
                }

                result[j] = s;
                return;
            }

            var x = columns[j].Values!;
            if (w is null)
            {
                s = DenseKernels.Dot(x, x);
            }
            else
            {
                for (var i = 0; i < x.Length; i++)
                {
                    s += w[i] * x[i] * x[i];
                }
            }

            result[j] = s;
        });
        return result;
    }
}
