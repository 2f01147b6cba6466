using System.Runtime.CompilerServices;
using Indikator.Core.Numerics;

namespace Indikator.Core.RiskAdjustment;

/// <summary>
/// The pass over the rows after the solve: residuals, their weighted sum of squares, the within sum of squares of the
/// demeaned outcome and, for a one-way clustered covariance, the cluster score sums. Several outcomes fitted on the
/// same design (<see cref="LinearModel.FitMany"/>) share one pass: each block of the demeaned design is filled, and
/// turned into rows for the score sums, once for all of them.
/// </summary>
/// <remarks>Each outcome's numbers are summed in the same order as in a pass of its own (per fixed segment, rows in
/// order), so sharing the pass does not change a bit, and neither does the thread count.</remarks>
internal static class ResidualPass
{
    /// <summary>One outcome's sums.</summary>
    /// <param name="Residuals">The residuals, one per row.</param>
    /// <param name="Ssr">The weighted sum of squared residuals.</param>
    /// <param name="Within">The weighted sum of squares of the demeaned outcome.</param>
    /// <param name="Scores">The cluster score sums per segment, in row order, or null without one-way clusters.</param>
    public sealed record Sums(double[] Residuals, double Ssr, double Within, ClusterScoreSums[]? Scores);

    /// <summary>Runs the pass.</summary>
    /// <param name="design">The demeaned design: <paramref name="p"/> design columns, then one column per outcome.</param>
    /// <param name="p">The number of design columns.</param>
    /// <param name="coefficients">Per outcome, the p coefficients (zero where dropped).</param>
    /// <param name="kept">The design columns kept in the solve, the same for every outcome.</param>
    /// <param name="w">The weights, or null.</param>
    /// <param name="cluster">The cluster of each row for the score sums, or null.</param>
    /// <param name="clusters">The number of clusters.</param>
    /// <param name="parallel">The parallel options.</param>
    public static Sums[] Run(DesignSource design, int p, IReadOnlyList<double[]> coefficients, int[] kept, double[]? w, int[]? cluster, int clusters, ParallelOptions parallel)
    {
        var n = design.Rows;
        var outcomes = coefficients.Count;
        var m = design.Columns;
        var residuals = new double[outcomes][];
        for (var g = 0; g < outcomes; g++)
        {
            residuals[g] = new double[n];
        }

        var (bounds, streaming) = CovarianceComputer.Segments(n, cluster, clusters, kept.Length);
        var segments = bounds.Length - 1;
        var scoreParts = new ClusterScoreSums[outcomes][];
        var ssrParts = new double[outcomes][];
        var withinParts = new double[outcomes][];
        for (var g = 0; g < outcomes; g++)
        {
            scoreParts[g] = new ClusterScoreSums[segments];
            ssrParts[g] = new double[segments];
            withinParts[g] = new double[segments];
        }

        Parallel.For(0, segments, parallel, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (seg) =>
        {
            var buffer = new double[m * BlockGram.BlockRows];
            var factor = new double[BlockGram.BlockRows];
            var rows = cluster is null ? null : new double[kept.Length * BlockGram.BlockRows];
            var scores = new ClusterScoreSums?[outcomes];
            for (var g = 0; g < outcomes; g++)
            {
                scores[g] = cluster is null ? null : ClusterScoreSums.Create(kept.Length, clusters, streaming);
            }

            var ssr = new double[outcomes];
            var within = new double[outcomes];
            var end = bounds[seg + 1];
            for (var start = bounds[seg]; start < end; start += BlockGram.BlockRows)
            {
                var count = Math.Min(BlockGram.BlockRows, end - start);
                design.Fill(start, count, buffer.AsSpan(0, m * count));
                if (rows is not null)
                {
                    ClusterScoreSums.Transpose(buffer, count, kept, rows);
                }

                for (var g = 0; g < outcomes; g++)
                {
                    var b = coefficients[g];
                    var e = residuals[g].AsSpan(start, count);
                    var y = buffer.AsSpan((p + g) * count, count);
                    y.CopyTo(e);
                    foreach (var j in kept)
                    {
                        DenseKernels.SubtractScaled(e, b[j], buffer.AsSpan(j * count, count));
                    }

                    // One running sum per segment across its blocks, as a pass of its own would add them.
                    double s = ssr[g], t = within[g];
                    for (var r = 0; r < count; r++)
                    {
                        var wi = w is null ? 1.0 : w[start + r];
                        s += wi * e[r] * e[r];
                        t += wi * y[r] * y[r];
                        factor[r] = wi * e[r];
                    }

                    ssr[g] = s;
                    within[g] = t;
                    scores[g]?.AddRows(rows, count, cluster.AsSpan(start, count), factor.AsSpan(0, count));
                }
            }

            for (var g = 0; g < outcomes; g++)
            {
                ssrParts[g][seg] = ssr[g];
                withinParts[g][seg] = within[g];
                scoreParts[g][seg] = scores[g]!;
            }
        });

        var result = new Sums[outcomes];
        for (var g = 0; g < outcomes; g++)
        {
            result[g] = new Sums(residuals[g], LinearModel.Sum(ssrParts[g]), LinearModel.Sum(withinParts[g]), cluster is null ? null : scoreParts[g]);
        }

        return result;
    }
}
