using System.Numerics;
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
    /// <summary>Completed cluster sums wait in a batch of this many before their outer products are added, a tile of the
    /// meat at a time (<see cref="AddOuterBatch"/>).</summary>
    internal const int Batch = 32;

    private readonly int p;
    private readonly double[]? scores;
    private readonly double[]? meat;

    // Streaming: rows 0..batched-1 hold completed runs' sums, row batched the running one.
    private readonly double[]? batch;
    private int batched;
    private int runningCode = -1;

    private ClusterScoreSums(int p, double[]? scores, double[]? meat, double[]? batch)
    {
        this.p = p;
        this.scores = scores;
        this.meat = meat;
        this.batch = batch;
    }

    /// <summary>A segment's sums: streaming when the clusters are contiguous runs, else G x p partials.</summary>
    public static ClusterScoreSums Create(int p, int g, bool streaming) => streaming
        ? new ClusterScoreSums(p, null, new double[p * p], new double[Batch * p])
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
        if (batch is null)
        {
            var all = scores!;
            for (var r = 0; r < count; r++)
            {
                DenseKernels.SubtractScaled(all.AsSpan(cluster[r] * p, p), -factor[r], rows.Slice(r * p, p));
            }

            return;
        }

        var running = batch.AsSpan(batched * p, p);
        for (var r = 0; r < count; r++)
        {
            if (cluster[r] != runningCode)
            {
                EndRun();
                runningCode = cluster[r];
                running = batch.AsSpan(batched * p, p);
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
        if (parts[0].batch is not null)
        {
            foreach (var part in parts)
            {
                part.EndRun();
                part.FlushBatch();
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
            for (var c = 0; c < g; c += Batch)
            {
                var n = Math.Min(Batch, g - c);
                AddOuterBatch(meat, scores.AsSpan(c * p, n * p), n, p);
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

        runningCode = -1;
        if (++batched == Batch)
        {
            FlushBatch();
        }
    }

    private void FlushBatch()
    {
        AddOuterBatch(meat!, batch.AsSpan(0, batched * p), batched, p);
        Array.Clear(batch!, 0, batched * p);
        batched = 0;
    }

    /// <summary>
    /// The upper triangle (and some entries below it, which <see cref="Meat"/> overwrites) of meat += sum_b s_b s_b' over
    /// the <paramref name="count"/> rows of <paramref name="rows"/>, with the bits of adding one row's outer product after
    /// the other: every entry adds its rows' products in row order, each as y - (-a) x. Four meat rows and two vectors of
    /// columns stay in registers while all the batch's rows are added, so the meat is read and written once per batch
    /// instead of once per row.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void AddOuterBatch(double[] meat, ReadOnlySpan<double> rows, int count, int p)
    {
        var width = Vector<double>.Count;
        var i = 0;
        for (; i + 4 <= p; i += 4)
        {
            var j = i;
            for (; Vector.IsHardwareAccelerated && j + (2 * width) <= p; j += 2 * width)
            {
                Tile(meat, rows, count, p, i, j, width);
            }

            for (var r = i; r < i + 4; r++)
            {
                for (var b = 0; b < count; b++)
                {
                    var s = rows.Slice(b * p, p);
                    DenseKernels.SubtractScaled(meat.AsSpan((r * p) + j, p - j), -s[r], s[j..]);
                }
            }
        }

        for (; i < p; i++)
        {
            for (var b = 0; b < count; b++)
            {
                var s = rows.Slice(b * p, p);
                DenseKernels.SubtractScaled(meat.AsSpan((i * p) + i, p - i), -s[i], s[i..]);
            }
        }
    }

    /// <summary>Meat rows i..i+3, columns j..j+2w-1, over all the batch's rows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Tile(double[] meat, ReadOnlySpan<double> rows, int count, int p, int i, int j, int width)
    {
        var m = meat.AsSpan();
        var a00 = new Vector<double>(m.Slice((i * p) + j, width));
        var a01 = new Vector<double>(m.Slice((i * p) + j + width, width));
        var a10 = new Vector<double>(m.Slice(((i + 1) * p) + j, width));
        var a11 = new Vector<double>(m.Slice(((i + 1) * p) + j + width, width));
        var a20 = new Vector<double>(m.Slice(((i + 2) * p) + j, width));
        var a21 = new Vector<double>(m.Slice(((i + 2) * p) + j + width, width));
        var a30 = new Vector<double>(m.Slice(((i + 3) * p) + j, width));
        var a31 = new Vector<double>(m.Slice(((i + 3) * p) + j + width, width));
        for (var b = 0; b < count; b++)
        {
            var s = rows.Slice(b * p, p);
            var x0 = new Vector<double>(s.Slice(j, width));
            var x1 = new Vector<double>(s.Slice(j + width, width));
            var c = new Vector<double>(-s[i]);
            a00 -= c * x0;
            a01 -= c * x1;
            c = new Vector<double>(-s[i + 1]);
            a10 -= c * x0;
            a11 -= c * x1;
            c = new Vector<double>(-s[i + 2]);
            a20 -= c * x0;
            a21 -= c * x1;
            c = new Vector<double>(-s[i + 3]);
            a30 -= c * x0;
            a31 -= c * x1;
        }

        a00.CopyTo(m.Slice((i * p) + j, width));
        a01.CopyTo(m.Slice((i * p) + j + width, width));
        a10.CopyTo(m.Slice(((i + 1) * p) + j, width));
        a11.CopyTo(m.Slice(((i + 1) * p) + j + width, width));
        a20.CopyTo(m.Slice(((i + 2) * p) + j, width));
        a21.CopyTo(m.Slice(((i + 2) * p) + j + width, width));
        a30.CopyTo(m.Slice(((i + 3) * p) + j, width));
        a31.CopyTo(m.Slice(((i + 3) * p) + j + width, width));
    }
}
