using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Indicators.Work;

namespace Indikator.Core.Tests.Indicators.Work;

/// <summary>
/// GroupDifferenceCounts: the nested differences of every pair of groups, counted in one pass over the rows, are the
/// integers a pass per pair counts (the rows of B outside A, the distinct persons with a row in A but not in B).
/// </summary>
public class GroupDifferenceCountsTests
{
    /// <summary>
    /// A random panel: persons with 0 to 5 rows each, in months in any order (a person may have several rows in a
    /// month), random memberships, and a random subset of used rows. Up to 5 groups, or 62 to 66 so that the membership
    /// sets of a row (the country and the groups) take one or two words.
    /// </summary>
    private sealed record Case(int Persons, int Months, int Groups, int Seed)
    {
        public override string ToString() => $"persons={Persons} months={Months} groups={Groups} seed={Seed}";
    }

    private static readonly Arbitrary<Case> Cases =
        (from persons in Gen.Choose(1, 12)
         from months in Gen.Choose(1, 4)
         from groups in Gen.OneOf(Gen.Choose(1, 5), Gen.Choose(62, 66))
         from seed in Gen.Choose(0, int.MaxValue)
         select new Case(persons, months, groups, seed)).ToArbitrary();

    [Fact]
    public void One_pass_gives_every_pair_the_counts_of_a_pass_per_pair()
        => Prop.ForAll(Cases, c =>
        {
            var (personStart, period, members, used) = Build(c);
            var counts = GroupDifferenceCounts.Count(members, used, personStart, period, c.Months);
            var outside = new int[c.Months + 1];
            var difference = new int[c.Months + 1];
            for (var b = 0; b < c.Groups; b++)
            {
                for (var a = -1; a < c.Groups; a++)
                {
                    if (a == b)
                    {
                        continue;
                    }

                    counts.Fill(a, b, outside, difference);
                    var (expectedOutside, expectedDifference) = PerPair(a, b, c.Months, personStart, period, members, used);
                    if (!outside.AsSpan().SequenceEqual(expectedOutside) || !difference.AsSpan().SequenceEqual(expectedDifference))
                    {
                        return false;
                    }
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();

    private static (int[] PersonStart, int[] Period, int[][] Members, int[] Used) Build(Case c)
    {
        var random = new Random(c.Seed);
        var personStart = new int[c.Persons + 1];
        for (var p = 0; p < c.Persons; p++)
        {
            personStart[p + 1] = personStart[p] + random.Next(0, 6);
        }

        var rows = personStart[^1];
        var period = Enumerable.Range(0, rows).Select(_ => random.Next(c.Months)).ToArray();

        // Each group holds a share of the rows of its own, from none to all, so that nested pairs occur.
        var members = Enumerable.Range(0, c.Groups).Select(_ =>
        {
            var share = random.NextDouble();
            return Enumerable.Range(0, rows).Select(r => random.NextDouble() < share ? period[r] : -1).ToArray();
        }).ToArray();
        var used = Enumerable.Range(0, rows).Where(_ => random.Next(4) > 0).ToArray();
        return (personStart, period, members, used);
    }

    /// <summary>The counts of one pair, straight from their definition.</summary>
    private static (int[] Outside, int[] Difference) PerPair(int a, int b, int months, int[] personStart, int[] period, int[][] members, int[] used)
    {
        var outside = new int[months + 1];
        var difference = new int[months + 1];
        for (var c = 0; c <= months; c++)
        {
            var rows = used.Where(r => c == months || period[r] == c).ToArray();
            outside[c] = rows.Count(r => InB(r) && !InA(r));
            difference[c] = rows.Where(r => InA(r) && !InB(r)).Select(r => Array.FindLastIndex(personStart, s => s <= r)).Distinct().Count();
        }

        return (outside, difference);

        bool InA(int r) => a < 0 || members[a][r] >= 0;

        bool InB(int r) => members[b][r] >= 0;
    }
}
