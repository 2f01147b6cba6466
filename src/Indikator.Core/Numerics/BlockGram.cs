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
            (chunk, _, buffer) =>
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

                    AccumulateUpper(span, m, count, acc);
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

    private static void AccumulateUpper(ReadOnlySpan<double> block, int m, int count, double[] acc)
    {
        for (var i = 0; i < m; i++)
        {
            var ci = block.Slice(i * count, count);
            for (var j = i; j < m; j++)
            {
                acc[(i * m) + j] += DenseKernels.Dot(ci, block.Slice(j * count, count));
            }
        }
    }
}
