namespace Indikator.Core.Outcomes;

/// <summary>
/// Fixed partitioning of rows into blocks, so that parallel loops cut the data the same way whatever the
/// number of threads and merge per-block results in block order.
/// </summary>
internal static class Blocks
{
    public const int Size = 1 << 16;

    public static int Count(int rows) => (rows + Size - 1) / Size;

    public static int Start(int block, int rows) => (int)Math.Min((long)block * Size, rows);

    public static int End(int block, int rows) => (int)Math.Min(((long)block + 1) * Size, rows);

    /// <summary>Runs <paramref name="body"/> for blocks 0..<paramref name="blockCount"/>-1 on at most <paramref name="maxDegreeOfParallelism"/> threads (-1: no limit).</summary>
    public static void For(int blockCount, int maxDegreeOfParallelism, Action<int> body, CancellationToken cancellationToken = default)
        => Parallel.For(0, blockCount, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken }, body);
}
