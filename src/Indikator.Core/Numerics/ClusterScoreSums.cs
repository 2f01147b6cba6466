using System.Runtime.CompilerServices;

namespace Indikator.Core.Numerics;

/// <summary>
/// The score sums of one fixed segment of rows for a one-way cluster meat, M = sum_g S_g S_g' with
/// S_g = sum over rows i of cluster g of w_i e_i x~_i.
/// </summary>
/// <remarks>
/// <para>Two layouts. When every cluster's rows are one contiguous run (person clusters over rows in person order) and the
/// segments are cut at run boundaries, each S_g is complete inside one segment: the segment keeps only the running S_g
/// and adds S_g S_g' to a p x p meat when the run ends ("streaming"). Memory is p x p per segment whatever G, and the
/// segments can run in parallel. Otherwise the segment keeps all G x p partial sums, which are merged in segment order
/// before the outer products are taken.</para>
/// <para>Either way each S_g adds its rows in row order, so the meat does not depend on the thread count.</para>
/// </remarks>
internal sealed class ClusterScoreSums
{
    private readonly int p;
    private readonly double[]? scores;
    private readonly double[]? meat;
    private readonly double[]? running;
    private int runningCode = -1;

    private ClusterScoreSums(int p, double[]? scores, double[]? meat, double[]? running)
    {
        this.p = p;
        this.scores = scores;
        this.meat = meat;
        this.running = running;
    }

    /// <summary>A segment's sums: streaming when the clusters are contiguous runs, else G x p partials.</summary>
    public static ClusterScoreSums Create(int p, int g, bool streaming) => streaming
        ? new ClusterScoreSums(p, null, new double[p * p], new double[p])
        : new ClusterScoreSums(p, new double[(long)g * p <= Array.MaxLength ? g * p : throw new OverflowException("G x p score sums exceed an array.")], null, null);

    /// <summary>Writes the kept columns of a column-major block as rows: value (row r, kept column j) at r*p + j.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Transpose(ReadOnlySpan<double> block, int count, int[] kept, Span<double> rows)
    {
        var p = kept.Length;
        for (var j = 0; j < p; j++)
        {
            var column = block.Slice(kept[j] * count, count);
            for (var r = 0; r < count; r++)
            {
                rows[(r * p) + j] = column[r];
            }
        }
    }

    /// <summary>Adds <paramref name="count"/> rows (row-major, p per row, <see cref="Transpose"/>) with their row factors w_i e_i.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddRows(ReadOnlySpan<double> rows, int count, ReadOnlySpan<int> cluster, ReadOnlySpan<double> factor)
    {
        // A row's p values and its cluster's p sums are both contiguous, so a row is one vector update. Each sum still
        // adds its rows in row order, with y - (-f) x = y + f x to the bit.
        if (running is null)
        {
            var all = scores!;
            for (var r = 0; r < count; r++)
            {
                DenseKernels.SubtractScaled(all.AsSpan(cluster[r] * p, p), -factor[r], rows.Slice(r * p, p));
            }

            return;
        }

        for (var r = 0; r < count; r++)
        {
            if (cluster[r] != runningCode)
            {
                EndRun();
                runningCode = cluster[r];
            }

            DenseKernels.SubtractScaled(running, -factor[r], rows.Slice(r * p, p));
        }
    }

    /// <summary>The meat, upper and lower triangle, of <paramref name="parts"/> (the segments in row order), each
    /// completed; the parts are consumed.</summary>
    public static double[] Meat(ClusterScoreSums[] parts, int g)
    {
        var p = parts[0].p;
        double[] meat;
        if (parts[0].running is not null)
        {
            foreach (var part in parts)
            {
                part.EndRun();
            }

            meat = parts[0].meat!;
            for (var seg = 1; seg < parts.Length; seg++)
            {
                var other = parts[seg].meat!;
                for (var i = 0; i < meat.Length; i++)
                {
                    meat[i] += other[i];
                }
            }
        }
        else
        {
            var scores = parts[0].scores!;
            for (var seg = 1; seg < parts.Length; seg++)
            {
                var other = parts[seg].scores!;
                for (var i = 0; i < scores.Length; i++)
                {
                    scores[i] += other[i];
                }
            }

            meat = new double[p * p];
            for (var c = 0; c < g; c++)
            {
                AddOuter(meat, scores.AsSpan(c * p, p));
            }
        }

        for (var i = 0; i < p; i++)
        {
            for (var j = i + 1; j < p; j++)
            {
                meat[(j * p) + i] = meat[(i * p) + j];
            }
        }

        return meat;
    }

    private void EndRun()
    {
        if (runningCode < 0)
        {
            return;
        }

        AddOuter(meat!, running);
        Array.Clear(running!);
        runningCode = -1;
    }

    /// <summary>The upper triangle of meat += s s'.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddOuter(double[] meat, ReadOnlySpan<double> s)
    {
        var p = s.Length;
        for (var i = 0; i < p; i++)
        {
            // y - (-a) x is y + a x to the bit.
            DenseKernels.SubtractScaled(meat.AsSpan((i * p) + i, p - i), -s[i], s[i..]);
        }
    }
}
