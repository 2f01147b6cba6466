using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Numerics;

namespace Indikator.Core.Tests.Numerics;

/// <summary>The person-cluster meat adds its clusters' outer products a batch at a time with the bits of one cluster at a time.</summary>
public class ClusterScoreSumsTests
{
    [Fact]
    public void Batched_outer_products_have_the_bits_of_one_row_at_a_time()
    {
        // Widths around the four-row and two-vector tiles; values of very different sizes, so any change in the order
        // of additions shows in the last bits.
        var gen = from seed in Gen.Choose(1, 1_000_000)
                  from p in Gen.Choose(1, 70)
                  from count in Gen.Choose(0, ClusterScoreSums.Batch)
                  select (seed, p, count);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var random = new Random(t.seed);
            var rows = Values(random, t.count * t.p);
            var start = Values(random, t.p * t.p);
            var expected = (double[])start.Clone();
            for (var b = 0; b < t.count; b++)
            {
                OneRow(expected, rows.AsSpan(b * t.p, t.p));
            }

            var batched = (double[])start.Clone();
            ClusterScoreSums.AddOuterBatch(batched, rows, t.count, t.p);

            return UpperTriangle(expected, t.p).SequenceEqual(UpperTriangle(batched, t.p));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void Streaming_meat_equals_a_sum_over_clusters_in_order_to_the_bit()
    {
        // Clusters are contiguous runs of rows (persons in person order), many more than a batch.
        var gen = from seed in Gen.Choose(1, 1_000_000)
                  from p in Gen.Choose(1, 40)
                  from clusters in Gen.Choose(1, 200)
                  select (seed, p, clusters);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var random = new Random(t.seed);
            var runs = Enumerable.Range(0, t.clusters).Select(_ => random.Next(1, 6)).ToArray();
            var n = runs.Sum();
            var cluster = runs.SelectMany((length, g) => Enumerable.Repeat(g, length)).ToArray();
            var rows = Values(random, n * t.p);
            var factor = Values(random, n);

            var sums = ClusterScoreSums.Create(t.p, t.clusters, streaming: true);
            sums.AddRows(rows, n, cluster, factor);
            var meat = ClusterScoreSums.Meat([sums], t.clusters);

            var expected = new double[t.p * t.p];
            var at = 0;
            foreach (var length in runs)
            {
                var s = new double[t.p];
                for (var r = at; r < at + length; r++)
                {
                    DenseKernels.SubtractScaled(s, -factor[r], rows.AsSpan(r * t.p, t.p));
                }

                OneRow(expected, s);
                at += length;
            }

            for (var i = 0; i < t.p; i++)
            {
                for (var j = i + 1; j < t.p; j++)
                {
                    expected[(j * t.p) + i] = expected[(i * t.p) + j];
                }
            }

            return expected.SequenceEqual(meat);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    /// <summary>The upper triangle of meat += s s', one row of it after the other, as each cluster used to be added.</summary>
    private static void OneRow(double[] meat, ReadOnlySpan<double> s)
    {
        var p = s.Length;
        for (var i = 0; i < p; i++)
        {
            for (var j = i; j < p; j++)
            {
                meat[(i * p) + j] -= -s[i] * s[j];
            }
        }
    }

    private static IEnumerable<double> UpperTriangle(double[] meat, int p)
        => Enumerable.Range(0, p).SelectMany(i => Enumerable.Range(i, p - i).Select(j => meat[(i * p) + j]));

    private static double[] Values(Random random, int count)
        => [.. Enumerable.Range(0, count).Select(_ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-3, 4)))];
}
