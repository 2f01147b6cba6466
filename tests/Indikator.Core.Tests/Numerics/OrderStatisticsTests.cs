using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Numerics;

namespace Indikator.Core.Tests.Numerics;

/// <summary>Order statistics by partitioning give the values a sort puts at the same ranks, exactly.</summary>
public class OrderStatisticsTests
{
    [Fact]
    public void Selected_values_are_those_of_the_sorted_array_at_the_ranks()
    {
        // Few distinct values (ties everywhere) to many; lengths around the sorted small-part size and well above it.
        var gen = from seed in Gen.Choose(1, 1_000_000)
                  from n in Gen.Choose(1, 5_000)
                  from distinct in Gen.Elements(1, 2, 3, 10, 1_000, 1_000_000)
                  from wanted in Gen.Choose(1, 12)
                  select (seed, n, distinct, wanted);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var random = new Random(t.seed);
            var values = Enumerable.Range(0, t.n).Select(_ => (random.Next(t.distinct) * 0.25) - 3).ToArray();
            var ranks = Enumerable.Range(0, t.wanted).Select(_ => random.Next(t.n)).Distinct().Order().ToArray();
            var sorted = values.Order().ToArray();

            var selected = OrderStatistics.Select(values, ranks);

            return ranks.Select(r => sorted[r]).SequenceEqual(selected);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void Deciles_of_sorted_and_reversed_inputs()
    {
        var ascending = Enumerable.Range(0, 100_000).Select(i => (double)i).ToArray();
        int[] ranks = [9_999, 49_999, 89_999];
        Assert.Equal([9_999.0, 49_999.0, 89_999.0], OrderStatistics.Select((double[])ascending.Clone(), ranks));
        Assert.Equal([9_999.0, 49_999.0, 89_999.0], OrderStatistics.Select([.. ascending.Reverse()], ranks));
    }
}
