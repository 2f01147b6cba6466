using Indikator.Core.Indicators;
using Indikator.Core.Indicators.Providers;

namespace Indikator.Core.Tests.Indicators.Providers;

public partial class ScorecardTests
{
    /// <summary>A placement-into-work result (indicator 8, AB) based on <paramref name="leavers"/> leavers.</summary>
    private static ProviderIndicatorResult Placement(string provider, double percent, int leavers, int year = 2024)
        => new(ProviderIndicator.PlacementIntoWork, provider, Programme.Ab, year, percent, leavers, 0) { Persons = leavers };

    [Fact]
    public void The_previous_result_is_the_latest_earlier_measurement_not_only_the_year_before()
    {
        // Own provider: 2021 = 30 %, 2022 = 35 %, none in 2023, 2024 = 50 %. The latest measurement before 2024 is 2022.
        var card = Scorecard.Create(
            [
                Placement(Own, 30, 10, 2021), Placement(Own, 35, 10, 2022), Placement(Own, 50, 10),
                Placement("A", 60, 10), Placement("A", 55, 10, 2023),
            ],
            ProviderIndicator.PlacementIntoWork, Programme.Ab, 2024, Own);
        Assert.Equal(new ScorecardPrevious(2022, 35), card.OwnPrevious);
        Assert.Equal(35, card.OwnPreviousResult);
        Assert.Equal(new ScorecardPrevious(2023, 55), card.PreviousOf("A"));
        Assert.Null(card.PreviousOf("B"));
    }

    [Fact]
    public void A_result_of_fewer_than_five_leavers_is_hidden_everywhere_with_secondary_suppression()
    {
        // 2024: A 80 % of 20, B 60 % of 10, Own 100 % of 4 (primary: 4 < 5), C 40 % of 6.
        // The national average is a margin over the four providers: with only Own hidden it would reveal Own's value
        // (4 * average - 80 - 60 - 40), so the next smallest count, C (6), is hidden too (secondary).
        // Average over all four (hidden included): (80 + 60 + 100 + 40) / 4 = 70. Ranks among published: A 1, B 2.
        var card = Scorecard.Create(
            [Placement("A", 80, 20), Placement("B", 60, 10), Placement(Own, 100, 4), Placement("C", 40, 6)],
            ProviderIndicator.PlacementIntoWork, Programme.Ab, 2024, Own);
        Assert.Equal(["A", "B"], card.Top.Select(e => e.ProviderId));
        Assert.Equal([1, 2], card.Top.Select(e => e.Rank));
        Assert.Equal(70, card.NationalAverage, 12);
        Assert.False(card.IsNationalAverageSuppressed);
        Assert.Equal(4, card.ProviderCount);
        Assert.Equal(2, card.SuppressedProviderCount);
        Assert.True(card.IsOwnResultSuppressed);
        Assert.Null(card.OwnResult);
        Assert.Null(card.OwnRank);
    }

    [Fact]
    public void A_suppressed_previous_result_is_not_shown()
    {
        // 2023: Own 50 % of 3 leavers (primary), A 70 % of 8 (secondary: the only other provider). 2024: both published.
        var card = Scorecard.Create(
            [Placement(Own, 50, 3, 2023), Placement("A", 70, 8, 2023), Placement(Own, 60, 9), Placement("A", 65, 9)],
            ProviderIndicator.PlacementIntoWork,
            Programme.Ab,
            2024,
            Own);
        Assert.Equal(new ScorecardPrevious(2023, null), card.OwnPrevious);
        Assert.True(card.OwnPrevious!.IsSuppressed);
        Assert.Null(card.OwnPreviousResult);
        Assert.True(card.PreviousOf("A")!.IsSuppressed);
        Assert.Equal(60, card.OwnResult);
    }

    [Fact]
    public void The_national_average_is_withheld_when_all_providers_together_have_fewer_than_five_persons()
    {
        // A 2 leavers, Own 2 leavers: both primary, total 4 < 5 also primary.
        var card = Scorecard.Create(
            [Placement("A", 50, 2), Placement(Own, 100, 2)], ProviderIndicator.PlacementIntoWork, Programme.Ab, 2024, Own);
        Assert.True(card.IsNationalAverageSuppressed);
        Assert.True(double.IsNaN(card.NationalAverage));
        Assert.Empty(card.Top);
    }

    [Fact]
    public void The_minimum_is_an_option_and_results_without_persons_are_not_suppressed()
    {
        // Minimum 1 suppresses nothing: Own's 4 leavers are shown, rank 1 (100 % > 80 %).
        var results = new[] { Placement("A", 80, 20), Placement(Own, 100, 4) };
        var card = Scorecard.Create(results, ProviderIndicator.PlacementIntoWork, Programme.Ab, 2024, Own, new ScorecardOptions { MinimumPersons = 1 });
        Assert.Equal(100, card.OwnResult);
        Assert.Equal(1, card.OwnRank);

        // Partner counts (indicator 5) describe firms, not persons: a count of 2 partners is shown.
        var partners = Scorecard.Create([Partners(Own, 2), Partners("A", 3)], ProviderIndicator.PlacementPartners, null, 2024, Own);
        Assert.Equal(2, partners.OwnResult);
        Assert.Equal(0, partners.SuppressedProviderCount);

        Assert.Throws<ArgumentOutOfRangeException>(
            () => Scorecard.Create(results, ProviderIndicator.PlacementIntoWork, Programme.Ab, 2024, Own, new ScorecardOptions { MinimumPersons = 0 }));
    }
}
