using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Synthetic;

namespace Indikator.Core.Tests.Synthetic;

public sealed class Xoshiro256Tests
{
    [Fact]
    public void The_same_seed_stream_and_index_give_the_same_sequence()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<long>(), Gen.Choose(0, 1_000_000).ToArbitrary(), (seed, index) =>
        {
            var a = new Xoshiro256(seed, 1, index);
            var b = new Xoshiro256(seed, 1, index);
            for (var i = 0; i < 20; i++)
            {
                if (a.NextUInt64() != b.NextUInt64())
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Neighbouring_indices_and_streams_give_different_sequences()
    {
        var a = new Xoshiro256(42, 1, 0);
        var b = new Xoshiro256(42, 1, 1);
        var c = new Xoshiro256(42, 2, 0);
        var x = a.NextUInt64();
        Assert.NotEqual(x, b.NextUInt64());
        Assert.NotEqual(x, c.NextUInt64());
    }

    [Fact]
    public void Next_int_stays_in_its_inclusive_range()
    {
        Prop.ForAll(Gen.Choose(-1000, 1000).ToArbitrary(), Gen.Choose(0, 50).ToArbitrary(), Gen.Choose(0, 100_000).ToArbitrary(), (lo, width, index) =>
        {
            var rng = new Xoshiro256(7, 3, index);
            for (var i = 0; i < 50; i++)
            {
                var v = rng.NextInt(lo, lo + width);
                if (v < lo || v > lo + width)
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Uniform_and_normal_draws_have_the_right_moments()
    {
        var rng = new Xoshiro256(1, 1, 1);
        const int n = 200_000;
        double sum = 0, sumSq = 0, normalSum = 0, normalSq = 0;
        for (var i = 0; i < n; i++)
        {
            var u = rng.NextDouble();
            Assert.InRange(u, 0.0, 1.0 - double.Epsilon);
            sum += u;
            sumSq += u * u;
            var z = rng.NextNormal();
            normalSum += z;
            normalSq += z * z;
        }

        // SEs: mean of U(0,1) 0.00065, mean of N(0,1) 0.0022, variance of N(0,1) 0.0032; tolerance 5 SE.
        Assert.Equal(0.5, sum / n, 0.0033);
        Assert.Equal(1.0 / 12.0, (sumSq / n) - ((sum / n) * (sum / n)), 0.002);
        Assert.Equal(0.0, normalSum / n, 0.011);
        Assert.Equal(1.0, normalSq / n, 0.016);
    }
}
