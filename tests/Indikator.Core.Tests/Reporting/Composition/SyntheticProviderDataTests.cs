using Indikator.Core.Indicators;
using Indikator.Core.Indicators.Providers;
using Indikator.Core.Synthetic.Providers;

namespace Indikator.Core.Tests.Reporting.Composition;

/// <summary>The seeded synthetic provider data behind the demo's scorecards.</summary>
public sealed class SyntheticProviderDataTests
{
    [Fact]
    public void The_same_seed_gives_the_same_data_and_another_seed_other_data()
    {
        var a = SyntheticProviderData.Generate(7);
        var b = SyntheticProviderData.Generate(7);
        var c = SyntheticProviderData.Generate(8);
        Assert.Equal(a.Exits, b.Exits);
        Assert.Equal(a.StaffTraining, b.StaffTraining);
        Assert.Equal(a.PlacementPartners, b.PlacementPartners);
        Assert.NotEqual(a.Exits, c.Exits);
    }

    [Fact]
    public void The_data_are_valid_and_cover_thirty_providers_six_programmes_and_two_years()
    {
        var data = SyntheticProviderData.Generate(1, lastYear: 2024);
        var calculator = new ProviderIndicatorCalculator(data);
        Assert.Equal(SyntheticProviderData.ProviderCount, data.Exits.Select(e => e.ProviderId).Distinct().Count());
        Assert.Equal(ProgrammeNames.All.ToHashSet(), data.Exits.Select(e => e.Programme).ToHashSet());
        Assert.Equal([2023, 2024], data.Exits.Select(e => e.Year).Distinct().Order());
        Assert.NotEmpty(calculator.ComputeAll(ProviderIndicator.TimeToPlacement));
        Assert.NotEmpty(calculator.ComputeAll(ProviderIndicator.CompetenceDevelopment));
    }

    [Fact]
    public void Placement_rates_are_plausible_and_low_for_sheltered_programmes()
    {
        var data = SyntheticProviderData.Generate(2);
        double Rate(Programme p)
        {
            var exits = data.Exits.Where(e => e.Programme == p).ToArray();
            return exits.Count(e => ExitReasons.IsPlacementIntoWork(e.Reason)) / (double)exits.Length;
        }

        Assert.InRange(Rate(Programme.Avklaring), 0.15, 0.40);
        Assert.InRange(Rate(Programme.Ab), 0.30, 0.55);
        Assert.InRange(Rate(Programme.Vta), 0.0, 0.12);
        var results = new ProviderIndicatorCalculator(data).ComputeAll(ProviderIndicator.PlacementIntoWork)
            .Where(r => r.Programme == Programme.Avklaring && r.Year == 2025)
            .Select(r => r.Value)
            .ToArray();
        Assert.True(results.Length >= 20);
        Assert.True(results.Max() - results.Min() > 10, "providers should differ by more than 10 percentage points");
    }

    [Fact]
    public void Provider_ids_are_numbered_from_one()
    {
        Assert.Equal("Leverandør 01", SyntheticProviderData.ProviderId(0));
        Assert.Equal("Leverandør 30", SyntheticProviderData.ProviderId(29));
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticProviderData.ProviderId(30));
    }
}
