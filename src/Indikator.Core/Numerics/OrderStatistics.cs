using System.Runtime.CompilerServices;

namespace Indikator.Core.Numerics;

/// <summary>
/// Order statistics without a full sort: the values at given ranks of the sorted array, found by partitioning only
/// the parts that hold a wanted rank (about n log2(ranks) comparisons against n log2(n) for a sort: 25 million
/// values' deciles in a fraction of the time of <see cref="Array.Sort{T}(T[])"/>).
/// </summary>
internal static class OrderStatistics
{
    private const int Small = 32;

    /// <summary>The values that <paramref name="values"/> sorted ascending would have at <paramref name="ranks"/>
    /// (ascending, each in [0, n)). The array is reordered. NaN is not allowed.</summary>
    public static double[] Select(double[] values, int[] ranks)
    {
        var result = new double[ranks.Length];
        Select(values, 0, values.Length - 1, ranks, 0, ranks.Length - 1, result, depth: 0);
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Select(double[] a, int lo, int hi, int[] ranks, int rlo, int rhi, double[] result, int depth)
    {
        while (rlo <= rhi)
        {
            if (hi - lo < Small || depth > 64)
            {
                // Small parts, and the rare input that defeats the pivots, are sorted.
                Array.Sort(a, lo, hi - lo + 1);
                for (var r = rlo; r <= rhi; r++)
                {
                    result[r] = a[ranks[r]];
                }

                return;
            }

            // Three-way partition around a median of three: [lo, lt) < pivot, [lt, gt] == pivot, (gt, hi] > pivot, so
            // runs of ties (common in rates and shares) end in the middle part at once.
            var pivot = MedianOfThree(a[lo], a[lo + ((hi - lo) / 2)], a[hi]);
            int lt = lo, i = lo, gt = hi;
            while (i <= gt)
            {
                var x = a[i];
                if (x < pivot)
                {
                    (a[lt], a[i]) = (a[i], a[lt]);
                    lt++;
                    i++;
                }
                else if (x > pivot)
                {
                    (a[gt], a[i]) = (a[i], a[gt]);
                    gt--;
                }
                else
                {
                    i++;
                }
            }

            // Ranks below lt go left, ranks in [lt, gt] are the pivot, ranks above gt go right.
            var left = rlo;
            while (left <= rhi && ranks[left] < lt)
            {
                left++;
            }

            var right = left;
            while (right <= rhi && ranks[right] <= gt)
            {
                result[right] = pivot;
                right++;
            }

            depth++;
            Select(a, lo, lt - 1, ranks, rlo, left - 1, result, depth);
            lo = gt + 1;
            rlo = right;
        }
    }

    private static double MedianOfThree(double a, double b, double c)
        => a < b ? (b < c ? b : Math.Max(a, c)) : (a < c ? a : Math.Max(b, c));
}
