using System.Runtime.CompilerServices;

namespace Indikator.Core.Synthetic;

/// <summary>
/// xoshiro256** (Blackman and Vigna 2018), seeded through SplitMix64 from a (seed, stream, index)
/// triple, so every person and every table gets its own reproducible stream whatever thread runs it.
/// </summary>
/// <remarks>A mutable value type: pass it by reference. Not thread safe; one instance per person.</remarks>
internal struct Xoshiro256
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Xoshiro256(long seed, ulong stream, long index)
    {
        // Mixing the three inputs through SplitMix64 before seeding keeps streams of neighbouring
        // persons statistically unrelated (the xoshiro authors' recommended seeding).
        var x = SplitMix((ulong)seed) ^ SplitMix(stream * 0x9E3779B97F4A7C15UL + 0xD1B54A32D192ED03UL) ^ SplitMix((ulong)index + 0x8CB92BA72F3D8DD7UL);
        _s0 = Next(ref x);
        _s1 = Next(ref x);
        _s2 = Next(ref x);
        _s3 = Next(ref x);
    }

    /// <summary>A uniform draw in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / 9007199254740992.0);

    /// <summary>A uniform integer in [lo, hi] (both inclusive), by Lemire's multiply-shift (bias below 2^-32 for small ranges).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int NextInt(int lo, int hi)
    {
        var range = (ulong)(uint)(hi - lo + 1);
        return lo + (int)(((NextUInt64() >> 32) * range) >> 32);
    }

    /// <summary>A standard normal draw (Box-Muller, one of the pair).</summary>
    public double NextNormal()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        var result = BitRotate(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitRotate(_s3, 45);
        return result;
    }

    private static ulong BitRotate(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong Next(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        return SplitMix(x);
    }

    private static ulong SplitMix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
