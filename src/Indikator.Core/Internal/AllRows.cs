namespace Indikator.Core.Internal;

/// <summary>
/// The rows 0..n-1 as an array, shared: a fit that used every row reports its rows as this array, and every outcome's
/// context over the same data reads the same one instead of a fresh copy each (100 MB at 25 million rows).
/// </summary>
/// <remarks>Callers only read the array. The last one made is kept through a weak reference, so it lives as long as
/// someone uses it.</remarks>
internal static class AllRows
{
    private static readonly object Gate = new();
    private static WeakReference<int[]>? _last;

    /// <summary>The array [0, 1, ..., n - 1].</summary>
    /// <param name="n">The number of rows.</param>
    public static int[] Of(int n)
    {
        lock (Gate)
        {
            if (_last is not null && _last.TryGetTarget(out var rows) && rows.Length == n)
            {
                return rows;
            }

            rows = new int[n];
            for (var i = 0; i < n; i++)
            {
                rows[i] = i;
            }

            _last = new WeakReference<int[]>(rows);
            return rows;
        }
    }
}
