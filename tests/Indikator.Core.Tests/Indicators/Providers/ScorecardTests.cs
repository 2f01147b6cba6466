using Indikator.Core.Indicators;
using Indikator.Core.Indicators.Catalogue;
using Indikator.Core.Indicators.Providers;

namespace Indikator.Core.Tests.Indicators.Providers;

public partial class ScorecardTests
{
    private const string Own = "Egen bedrift AS";

    private static ProviderIndicatorResult Partners(string provider, double value, int year = 2024)
        => new(ProviderIndicator.PlacementPartners, provider, null, year, value, (int)value, 0);

    private static ProviderIndicatorResult Ab(ProviderIndicator indicator, string provider, double value, int year = 2024)
        => new(indicator, provider, Programme.Ab, year, value, 10, 0);

    /// <summary>The providers and partner counts of the report's example scorecard (section 4.12), with the own provider at 140 (135 the year before).</summary>
    private static List<ProviderIndicatorResult> ReportExample() =>
    [
        Partners("Ny jobb AS", 400),
        Partners("Von AS", 350),
        Partners("Rett tilbake AS", 248),
        Partners("Bro AS", 231),
        Partners("Alle skal med AS", 225),
        Partners(Own, 140),
        Partners(Own, 135, 2023),
        Partners("Ny jobb AS", 10, 2023),
    ];

    [Fact]
    public void Top_three_with_national_average_and_own_current_and_previous_result()
    {
        var card = Scorecard.Create(ReportExample(), ProviderIndicator.PlacementPartners, null, 2024, Own, new ScorecardOptions { TopCount = 3 });
        Assert.Equal(
            [new ScorecardEntry(1, "Ny jobb AS", 400, 400), new ScorecardEntry(2, "Von AS", 350, 350), new ScorecardEntry(3, "Rett tilbake AS", 248, 248)],
            card.Top);
        Assert.Equal((400 + 350 + 248 + 231 + 225 + 140) / 6.0, card.NationalAverage, 12);
        Assert.Equal(6, card.ProviderCount);
        Assert.Equal(140, card.OwnResult);
        Assert.Equal(6, card.OwnRank);
        Assert.Equal(135, card.OwnPreviousResult);
        Assert.Equal(ProviderIndicator.PlacementPartners, card.Indicator);
        Assert.Equal(IndicatorDirection.HigherIsBetter, card.RankingDirection);
        Assert.True(card.IsNormative);
        Assert.Null(card.Note);
    }

    [Fact]
    public void Default_shows_the_top_five()
    {
        var card = Scorecard.Create(ReportExample(), ProviderIndicator.PlacementPartners, null, 2024, Own);
        Assert.Equal(["Ny jobb AS", "Von AS", "Rett tilbake AS", "Bro AS", "Alle skal med AS"], card.Top.Select(e => e.ProviderId));
    }

    [Fact]
    public void Lower_is_better_for_time_to_placement()
    {
        var results = new[]
        {
            Ab(ProviderIndicator.TimeToPlacement, "A", 20),
            Ab(ProviderIndicator.TimeToPlacement, "B", 8),
            Ab(ProviderIndicator.TimeToPlacement, Own, 12),
            Ab(ProviderIndicator.TimeToPlacement, Own, 14, 2023),
        };
        var card = Scorecard.Create(results, ProviderIndicator.TimeToPlacement, Programme.Ab, 2024, Own, new ScorecardOptions { TopCount = 2 });
        Assert.Equal(["B", Own], card.Top.Select(e => e.ProviderId));
        Assert.Equal(IndicatorDirection.LowerIsBetter, card.RankingDirection);
        Assert.Equal(2, card.OwnRank);
        Assert.Equal(14, card.OwnPreviousResult);
        Assert.Equal(40 / 3.0, card.NationalAverage, 12);
    }

    [Fact]
    public void Ties_share_a_rank_and_are_ordered_by_provider_id_when_cut()
    {
        var results = new[] { Partners("D", 10), Partners("C", 20), Partners("B", 20), Partners("A", 5), Partners("E", 20) };
        var card = Scorecard.Create(results.Reverse(), ProviderIndicator.PlacementPartners, null, 2024, "A", new ScorecardOptions { TopCount = 2 });
        Assert.Equal([new ScorecardEntry(1, "B", 20, 20), new ScorecardEntry(1, "C", 20, 20)], card.Top);
        Assert.Equal(5, card.OwnRank);
        var all = Scorecard.Create(results, ProviderIndicator.PlacementPartners, null, 2024, "D", new ScorecardOptions { TopCount = 10 });
        Assert.Equal([1, 1, 1, 4, 5], all.Top.Select(e => e.Rank));
        Assert.Equal(4, all.OwnRank);
    }

    [Fact]
    public void Not_normative_for_vta_is_flagged_with_a_note()
    {
        var results = new[]
        {
            new ProviderIndicatorResult(ProviderIndicator.PlacementParticipants, "A", Programme.Vta, 2024, 30, 10, 0),
            new ProviderIndicatorResult(ProviderIndicator.PlacementParticipants, Own, Programme.Vta, 2024, 10, 10, 0),
            new ProviderIndicatorResult(ProviderIndicator.PlacementParticipants, Own, Programme.Ab, 2024, 10, 10, 0),
        };
        var vta = Scorecard.Create(results, ProviderIndicator.PlacementParticipants, Programme.Vta, 2024, Own);
        Assert.False(vta.IsNormative);
        Assert.StartsWith("VTA and TiA do not aim at placement into work", vta.Note, StringComparison.Ordinal);
        Assert.Equal(2, vta.ProviderCount);
        var ab = Scorecard.Create(results, ProviderIndicator.PlacementParticipants, Programme.Ab, 2024, Own);
        Assert.True(ab.IsNormative);
        Assert.Equal(1, ab.ProviderCount);
    }

    [Fact]
    public void Length_of_stay_needs_an_explicit_ranking_direction_and_stays_flagged()
    {
        var results = new[] { Ab(ProviderIndicator.LengthOfStay, "A", 30), Ab(ProviderIndicator.LengthOfStay, Own, 20) };
        var error = Assert.Throws<ArgumentException>(() => Scorecard.Create(results, ProviderIndicator.LengthOfStay, Programme.Ab, 2024, Own));
        Assert.StartsWith("Indicator 'oppholdstid' is not normative (no better direction); set ScorecardOptions.RankingDirection", error.Message, StringComparison.Ordinal);
        var card = Scorecard.Create(results, ProviderIndicator.LengthOfStay, Programme.Ab, 2024, Own, new ScorecardOptions { RankingDirection = IndicatorDirection.LowerIsBetter });
        Assert.Equal([Own, "A"], card.Top.Select(e => e.ProviderId));
        Assert.False(card.IsNormative);
        Assert.NotNull(card.Note);
    }

    [Fact]
    public void Invalid_requests_are_rejected_with_clear_errors()
    {
        var results = ReportExample();
        Assert.Throws<IndicatorNotApplicableException>(() => Scorecard.Create(results, ProviderIndicator.PlacementIntoWork, Programme.Tia, 2024, Own));
        Assert.Equal(
            "Indicator 8 'formidling_arbeid' is reported per programme; give the programme. (Parameter 'programme')",
            Assert.Throws<ArgumentException>(() => Scorecard.Create(results, ProviderIndicator.PlacementIntoWork, null, 2024, Own)).Message);
        Assert.Equal(
            "No provider has a result for indicator 5 'hospiteringspartnere' in 2030. (Parameter 'results')",
            Assert.Throws<ArgumentException>(() => Scorecard.Create(results, ProviderIndicator.PlacementPartners, null, 2030, Own)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Scorecard.Create(results, ProviderIndicator.PlacementPartners, null, 2024, Own, new ScorecardOptions { TopCount = 0 }));
        Assert.Equal(
            "results[1] is not a finite number; give only computed results. (Parameter 'results')",
            Assert.Throws<ArgumentException>(() => Scorecard.Create([Partners("A", 1), Partners("B", double.NaN)], ProviderIndicator.PlacementPartners, null, 2024, Own)).Message);
        Assert.Throws<ArgumentException>(() => Scorecard.Create([Partners("A", 1), null!], ProviderIndicator.PlacementPartners, null, 2024, Own));
        var duplicate = Assert.Throws<ArgumentException>(() => Scorecard.Create([.. results, Partners("Von AS", 1)], ProviderIndicator.PlacementPartners, null, 2024, Own));
        Assert.StartsWith("Provider 'Von AS' has two results for indicator 'hospiteringspartnere' in 2024.", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provider_without_results_gets_a_scorecard_without_own_values()
    {
        var card = Scorecard.Create(ReportExample(), ProviderIndicator.PlacementPartners, Programme.Vta, 2024, "Ny AS");
        Assert.Null(card.OwnResult);
        Assert.Null(card.OwnRank);
        Assert.Null(card.OwnPreviousResult);
        Assert.Equal(Programme.Vta, card.Programme);
        Assert.Equal(6, card.ProviderCount);
    }

    [Fact]
    public void Scorecard_from_computed_results_of_competence_development()
    {
        var data = new ProviderData
        {
            StaffTraining =
            [
                new("A", 2024, 15, true), new("A", 2024, 15, true),
                new("B", 2024, 45, true),
                new(Own, 2024, 7.5, true), new(Own, 2024, 22.5, true), new(Own, 2024, 100, false),
                new(Own, 2023, 7.5, true),
            ],
        };
        var results = new ProviderIndicatorCalculator(data).ComputeAll(ProviderIndicator.CompetenceDevelopment);
        var card = Scorecard.Create(results, ProviderIndicator.CompetenceDevelopment, null, 2024, Own, new ScorecardOptions { TopCount = 3 });
        Assert.Equal([("B", 6.0), ("A", 2.0), (Own, 2.0)], card.Top.Select(e => (e.ProviderId, e.Value)));
        Assert.Equal([1, 2, 2], card.Top.Select(e => e.Rank));
        Assert.Equal(10 / 3.0, card.NationalAverage, 12);
        Assert.Equal(1.0, card.OwnPreviousResult);
    }
}
