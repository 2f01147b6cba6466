using System.Runtime.CompilerServices;

namespace Indikator.Core.Numerics;

/// <summary>
/// Deterministic parallel passes over a <see cref="DesignSource"/> in fixed row blocks.
/// </summary>
/// <remarks>
/// <para>Rows are cut into chunks of <see cref="ChunkRows"/> and each chunk into blocks of <see cref="BlockRows"/>.
/// A chunk is processed by one thread, block after block; chunk results are merged in chunk order. The cut depends
/// only on the row count, never on the number of threads, so every sum is formed in the same order and the
/// result is bit-identical for any degree of parallelism.</para>
/// </remarks>
internal static class BlockGram
{
    public const int BlockRows = 1024;
    public const int ChunkRows = 64 * BlockRows;

    /// <summary>Computes sum_i s_i z_i z_i' over the rows z_i of the source (all columns, outcome included).</summary>
    /// <param name="source">The design.</param>
    /// <param name="rowScale">Non-negative row weights s_i, or null for one.</param>
    /// <param name="parallel">Parallel options (degree of parallelism and cancellation).</param>
    /// <returns>The full symmetric m x m matrix, row-major.</returns>
    public static double[] Compute(DesignSource source, double[]? rowScale, ParallelOptions parallel)
    {
        var m = source.Columns;
        var n = source.Rows;
        var chunks = (n + ChunkRows - 1) / ChunkRows;
        var partial = new double[chunks][];
        Parallel.For(
            0,
            chunks,
            parallel,
            () => new double[m * BlockRows],
            [MethodImpl(MethodImplOptions.AggressiveOptimization)] (chunk, _, buffer) =>
            {
                var acc = new double[m * m];
                var end = Math.Min(n, (chunk + 1) * ChunkRows);
                for (var start = chunk * ChunkRows; start < end; start += BlockRows)
                {
                    var count = Math.Min(BlockRows, end - start);
                    var span = buffer.AsSpan(0, m * count);
                    source.Fill(start, count, span);
                    if (rowScale is not null)
                    {
                        ScaleRows(span, m, count, rowScale.AsSpan(start, count));
                    }

                    AccumulateUpper(span, m, count, acc, source.ExclusiveGroups);
                }

                partial[chunk] = acc;
                return buffer;
            },
            _ => { });

        var result = new double[m * m];
        for (var c = 0; c < chunks; c++)
        {
            var p = partial[c];
            for (var i = 0; i < result.Length; i++)
            {
                result[i] += p[i];
            }
        }

        for (var i = 0; i < m; i++)
        {
            for (var j = i + 1; j < m; j++)
            {
                result[(j * m) + i] = result[(i * m) + j];
            }
        }

        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ScaleRows(Span<double> block, int m, int count, ReadOnlySpan<double> rowScale)
    {
        Span<double> root = count <= 2048 ? stackalloc double[count] : new double[count];
        for (var r = 0; r < count; r++)
        {
            root[r] = Math.Sqrt(rowScale[r]);
        }

        for (var c = 0; c < m; c++)
        {
            DenseKernels.MultiplyInPlace(block.Slice(c * count, count), root);
        }
    }

    /// <summary>Adds the upper triangle of B'B for a column-major block B, four columns j at a time so that column i
    /// is loaded once per four products.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AccumulateUpper(ReadOnlySpan<double> block, int m, int count, double[] acc, int[]? groups)
    {
        for (var i = 0; i < m; i++)
        {
            var ci = block.Slice(i * count, count);
            var gi = groups is null ? -1 : groups[i];
            var j = i;
            while (j < m)
            {
                if (gi >= 0 && j != i && groups![j] == gi)
                {
                    j++;
                    continue;
                }

                if (j + 4 <= m && (gi < 0 || NoneInGroup(groups!, j, gi)))
                {
                    Dot4(ci, block, j, count, acc.AsSpan((i * m) + j, 4));
                    j += 4;
                }
                else
                {
                    acc[(i * m) + j] += DenseKernels.Dot(ci, block.Slice(j * count, count));
                    j++;
                }
            }
        }
    }

    private static bool NoneInGroup(int[] groups, int j, int g)
        => groups[j] != g && groups[j + 1] != g && groups[j + 2] != g && groups[j + 3] != g;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Dot4(ReadOnlySpan<double> a, ReadOnlySpan<double> block, int j, int count, Span<double> acc)
    {
        var b0 = block.Slice(j * count, count);
        var b1 = block.Slice((j + 1) * count, count);
        var b2 = block.Slice((j + 2) * count, count);
        var b3 = block.Slice((j + 3) * count, count);
        var w = System.Numerics.Vector<double>.Count;
        var va = System.Runtime.InteropServices.MemoryMarshal.Cast<double, System.Numerics.Vector<double>>(a);
        var v0 = System.Runtime.InteropServices.MemoryMarshal.Cast<double, System.Numerics.Vector<double>>(b0);
        var v1 = System.Runtime.InteropServices.MemoryMarshal.Cast<double, System.Numerics.Vector<double>>(b1);
        var v2 = System.Runtime.InteropServices.MemoryMarshal.Cast<double, System.Numerics.Vector<double>>(b2);
        var v3 = System.Runtime.InteropServices.MemoryMarshal.Cast<double, System.Numerics.Vector<double>>(b3);
        var s0 = System.Numerics.Vector<double>.Zero;
        var s1 = System.Numerics.Vector<double>.Zero;
        var s2 = System.Numerics.Vector<double>.Zero;
        var s3 = System.Numerics.Vector<double>.Zero;
        for (var v = 0; v < va.Length; v++)
        {
            var x = va[v];
            s0 += x * v0[v];
            s1 += x * v1[v];
            s2 += x * v2[v];
            s3 += x * v3[v];
        }

        double t0 = System.Numerics.Vector.Sum(s0), t1 = System.Numerics.Vector.Sum(s1), t2 = System.Numerics.Vector.Sum(s2), t3 = System.Numerics.Vector.Sum(s3);
        for (var r = va.Length * w; r < count; r++)
        {
            t0 += a[r] * b0[r];
            t1 += a[r] * b1[r];
            t2 += a[r] * b2[r];
            t3 += a[r] * b3[r];
        }

        acc[0] += t0;
        acc[1] += t1;
        acc[2] += t2;
        acc[3] += t3;
    }
}
