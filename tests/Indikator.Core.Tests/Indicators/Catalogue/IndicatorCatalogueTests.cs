using System.Text.RegularExpressions;
using Indikator.Core.Indicators;
using Indikator.Core.Indicators.Catalogue;
using Indikator.Core.Indicators.Providers;

namespace Indikator.Core.Tests.Indicators.Catalogue;

public partial class IndicatorCatalogueTests
{
    [Fact]
    public void Catalogue_holds_the_work_indicators_the_legacy_measure_and_thirteen_provider_indicators()
    {
        Assert.Equal(["jobb3", "atid3", "jobb12", "atid12"], IndicatorCatalogue.InGroup(IndicatorGroup.WorkIndicator).Select(d => d.Id));
        Assert.Equal(["arbeid6mnd"], IndicatorCatalogue.InGroup(IndicatorGroup.LegacyTransition).Select(d => d.Id));
        var providers = IndicatorCatalogue.InGroup(IndicatorGroup.ProviderQuality);
        Assert.Equal(Enumerable.Range(1, 13), providers.Select(d => d.ProviderNumber!.Value));
        Assert.Equal(18, IndicatorCatalogue.All.Count);
    }

    [Fact]
    public void Ids_are_unique_lower_case_ascii_and_every_definition_is_complete()
    {
        Assert.Equal(IndicatorCatalogue.All.Count, IndicatorCatalogue.Ids.Distinct(StringComparer.Ordinal).Count());
        foreach (var d in IndicatorCatalogue.All)
        {
            Assert.Matches(new Regex("^[a-z][a-z0-9_]*$"), d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.NorwegianName), d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.EnglishName), d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Description), d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Population), d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.AggregationText), d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Source.Document), d.Id);
            Assert.NotEmpty(d.ApplicableProgrammes);
            Assert.All(d.NotNormativeFor, p => Assert.Contains(p, d.ApplicableProgrammes));
            Assert.Equal(d.Direction == IndicatorDirection.NotNormative || d.NotNormativeFor.Count > 0, d.NormativeNote is not null);
        }
    }

    [Fact]
    public void Get_returns_the_definition_by_id_and_by_provider_indicator()
    {
        Assert.Equal(IndicatorUnit.HoursPerWeek, IndicatorCatalogue.Get("atid12").Unit);
        foreach (var indicator in Enum.GetValues<ProviderIndicator>().Where(i => i != ProviderIndicator.None))
        {
            Assert.Equal((int)indicator, IndicatorCatalogue.Get(indicator).ProviderNumber);
        }

        Assert.Equal("tid_formidling", IndicatorCatalogue.Get(ProviderIndicator.TimeToPlacement).Id);
        Assert.True(IndicatorCatalogue.TryGet("jobb3", out var jobb3));
        Assert.Equal(IndicatorUnit.Share, jobb3.Unit);
        Assert.False(IndicatorCatalogue.TryGet("JOBB3", out _));
        Assert.False(IndicatorCatalogue.TryGet(null, out _));
    }

    [Fact]
    public void Get_of_an_unknown_id_throws_and_lists_the_known_ids()
    {
        var error = Assert.Throws<IndicatorNotFoundException>(() => IndicatorCatalogue.Get("jobb6"));
        Assert.Equal("jobb6", error.RequestedId);
        Assert.IsAssignableFrom<KeyNotFoundException>(error);
        Assert.StartsWith("Unknown indicator id 'jobb6'. Known ids: jobb3, atid3, jobb12, atid12, arbeid6mnd, tilfredshet_nav,", error.Message, StringComparison.Ordinal);
        Assert.Contains("tid_formidling", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorCatalogue.Get(ProviderIndicator.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorCatalogue.Get((ProviderIndicator)14));
    }

    [Fact]
    public void Applicability_follows_the_report()
    {
        var all = ProgrammeNames.All;
        for (var number = 1; number <= 7; number++)
        {
            Assert.Equal(all, IndicatorCatalogue.Get((ProviderIndicator)number).ApplicableProgrammes);
        }

        foreach (var indicator in new[] { ProviderIndicator.PlacementIntoWork, ProviderIndicator.ActiveSolutions, ProviderIndicator.LengthOfStay })
        {
            var definition = IndicatorCatalogue.Get(indicator);
            Assert.False(definition.AppliesTo(Programme.Vta));
            Assert.False(definition.AppliesTo(Programme.Tia));
            Assert.Equal([Programme.Avklaring, Programme.Aps, Programme.Kia, Programme.Ab], definition.ApplicableProgrammes);
        }

        Assert.Equal([Programme.Kia], IndicatorCatalogue.Get(ProviderIndicator.FormalQualification).ApplicableProgrammes);
        Assert.Equal([Programme.Ab], IndicatorCatalogue.Get(ProviderIndicator.TimeToFirstWorkday).ApplicableProgrammes);
        Assert.Equal([Programme.Ab], IndicatorCatalogue.Get(ProviderIndicator.TimeToPlacement).ApplicableProgrammes);
    }

    [Fact]
    public void Directions_and_normativity_follow_the_report()
    {
        Assert.Equal(IndicatorDirection.LowerIsBetter, IndicatorCatalogue.Get(ProviderIndicator.TimeToFirstWorkday).Direction);
        Assert.Equal(IndicatorDirection.LowerIsBetter, IndicatorCatalogue.Get(ProviderIndicator.TimeToPlacement).Direction);
        var stay = IndicatorCatalogue.Get(ProviderIndicator.LengthOfStay);
        Assert.Equal(IndicatorDirection.NotNormative, stay.Direction);
        Assert.False(stay.IsNormativeFor(Programme.Ab));
        var placements = IndicatorCatalogue.Get(ProviderIndicator.PlacementParticipants);
        Assert.False(placements.IsNormativeFor(Programme.Vta));
        Assert.False(placements.IsNormativeFor(Programme.Tia));
        Assert.True(placements.IsNormativeFor(Programme.Ab));
        Assert.True(placements.IsNormativeFor(null));
        Assert.False(IndicatorCatalogue.Get("jobb3").IsNormativeFor(Programme.Vta));
        Assert.True(IndicatorCatalogue.Get("jobb3").IsNormativeFor(Programme.Kia));
        Assert.True(IndicatorCatalogue.Get(ProviderIndicator.PlacementIntoWork).IsNormativeFor(Programme.Aps));
    }

    [Fact]
    public void Provider_level_indicators_are_the_surveys_of_nav_and_employees_competence_and_partners()
    {
        var providerLevel = IndicatorCatalogue.InGroup(IndicatorGroup.ProviderQuality)
            .Where(d => d.Level == ReportingLevel.Provider)
            .Select(d => d.ProviderNumber!.Value);
        Assert.Equal([1, 3, 4, 5], providerLevel);
    }
}
