namespace Indikator.Core.RiskAdjustment;

/// <summary>Counter-based draws of wild bootstrap multipliers: replication b's multipliers depend only on (seed, b),
/// so any partitioning of the replications over threads gives the same numbers.</summary>
/// <remarks>The generator is SplitMix64 (Steele, Lea and Flood 2014) started from a hash of (seed, b). A Webb draw
/// maps the top 32 bits of a 64-bit output to 0..5 by multiplication (Lemire 2019); the bias is below 2e-9.</remarks>
internal static class BootstrapDraws
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private static readonly double[] WebbValues =
    [
        -Math.Sqrt(1.5), -1.0, -Math.Sqrt(0.5), Math.Sqrt(0.5), 1.0, Math.Sqrt(1.5),
    ];

    /// <summary>The number of distinct draws of G multipliers if it is at most <paramref name="limit"/>, else -1.</summary>
    public static long DistinctDraws(WildBootstrapWeights weights, int clusters, long limit)
    {
        var basis = weights == WildBootstrapWeights.Rademacher ? 2L : 6L;
        var total = 1L;
        for (var g = 0; g < clusters; g++)
        {
            total *= basis;
            if (total > limit)
            {
                return -1;
            }
        }

        return total;
    }

    /// <summary>Fills v with the random multipliers of replication b.</summary>
    public static void Random(WildBootstrapWeights weights, long seed, long replication, Span<double> v)
    {
        var state = Mix(Mix(unchecked((ulong)seed) + Golden) ^ unchecked((ulong)replication * Golden));
        if (weights == WildBootstrapWeights.Rademacher)
        {
            ulong bits = 0;
            for (var g = 0; g < v.Length; g++)
            {
                if ((g & 63) == 0)
                {
                    bits = Next(ref state);
                }

                v[g] = (bits & 1) == 0 ? 1.0 : -1.0;
                bits >>= 1;
            }

            return;
        }

        for (var g = 0; g < v.Length; g++)
        {
            var index = (int)(((Next(ref state) >> 32) * 6UL) >> 32);
            v[g] = WebbValues[index];
        }
    }

    /// <summary>Fills v with draw number <paramref name="index"/> of the full enumeration: digit g of the index in base 2
    /// or 6, least significant first, is the multiplier of cluster g (Rademacher: 0 is +1, 1 is -1; Webb: digit k is
    /// the k-th smallest value).</summary>
    public static void Enumerate(WildBootstrapWeights weights, long index, Span<double> v)
    {
        if (weights == WildBootstrapWeights.Rademacher)
        {
            for (var g = 0; g < v.Length; g++)
            {
                v[g] = ((index >> g) & 1) == 0 ? 1.0 : -1.0;
            }

            return;
        }

        // Digit k is the k-th of the ordered values -sqrt(3/2) .. sqrt(3/2), the order of the R reference
        // (shared/reference/inference), so bootstrap t statistics can be compared draw by draw.
        var rest = index;
        for (var g = 0; g < v.Length; g++)
        {
            v[g] = WebbValues[(int)(rest % 6)];
            rest /= 6;
        }
    }

    private static ulong Next(ref ulong state)
    {
        state += Golden;
        return Mix(state);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
