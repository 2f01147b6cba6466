using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Indicators;
using Indikator.Core.Indicators.Providers;

namespace Indikator.Core.Tests.Indicators.Providers;

public partial class ScorecardTests
{
    /// <summary>Up to 8 providers with 1-12 leavers each (many below 5), values 0-100, one of them the own provider, a shuffle seed.</summary>
    private static readonly Arbitrary<(int[] Persons, int[] Values, int Own, int Seed)> SmallProviders =
        (from n in Gen.Choose(1, 8)
         from persons in Gen.Choose(1, 12).ArrayOf(n)
         from values in Gen.Choose(0, 100).ArrayOf(n)
         from own in Gen.Choose(0, n - 1)
         from seed in Gen.Choose(0, int.MaxValue)
         select (persons, values, own, seed)).ToArbitrary();

    [Fact]
    public void No_shown_result_has_fewer_than_the_minimum_persons_nor_can_be_recovered_from_the_average_and_order_does_not_matter()
    {
        Prop.ForAll(SmallProviders, c =>
        {
            var results = c.Persons.Select((n, i) => Placement($"p{i}", c.Values[i], n)).ToList();
            var card = Scorecard.Create(results, ProviderIndicator.PlacementIntoWork, Programme.Ab, 2024, $"p{c.Own}", new ScorecardOptions { TopCount = 100 });
            var persons = results.ToDictionary(r => r.ProviderId, r => r.Persons!.Value);

            // Primary: nothing shown below 5.
            Assert.All(card.Top, e => Assert.True(persons[e.ProviderId] >= 5));
            Assert.True(card.OwnResult is null || persons[card.OwnProviderId] >= 5);

            // Secondary: with a published average, never exactly one provider hidden (it would be n x average - the rest).
            if (!card.IsNationalAverageSuppressed)
            {
                Assert.NotEqual(1, card.SuppressedProviderCount);
            }

            Assert.Equal(card.ProviderCount - card.SuppressedProviderCount, card.Top.Count);

            // The input order does not change the card.
            var random = new Random(c.Seed);
            var shuffled = results.OrderBy(_ => random.Next()).ToList();
            var again = Scorecard.Create(shuffled, ProviderIndicator.PlacementIntoWork, Programme.Ab, 2024, $"p{c.Own}", new ScorecardOptions { TopCount = 100 });
            Assert.Equal(card.Top, again.Top);
            Assert.Equal(card.OwnResult, again.OwnResult);
            Assert.Equal(card.SuppressedProviderCount, again.SuppressedProviderCount);
        }).QuickCheckThrowOnFailure();
    }
}
