using Indikator.Core.Data;
using Indikator.Core.Indicators;
using Indikator.Core.Indicators.Providers;

namespace Indikator.Core.Tests.Indicators.Providers;

public partial class ProviderIndicatorCalculatorTests
{
    [Fact]
    public void Fifteen_training_hours_are_two_days()
    {
        var data = new ProviderData { StaffTraining = [new(P, 2024, 15, true)] };
        Assert.Equal(2.0, Single(data, ProviderIndicator.CompetenceDevelopment).Value);
    }

    [Fact]
    public void Competence_counts_only_staff_in_the_rehabilitation_work()
    {
        // (15 + 0) hours / 7.5 / 2 counted staff = 1 day; the production worker's 30 hours are left out.
        var data = new ProviderData { StaffTraining = [new(P, 2024, 15, true), new(P, 2024, 0, true), new(P, 2024, 30, false)] };
        var result = Single(data, ProviderIndicator.CompetenceDevelopment);
        Assert.Equal(1.0, result.Value);
        Assert.Equal(2, result.Basis);
        Assert.Equal(1, result.Excluded);
        Assert.Null(result.Persons); // about staff, not users: not suppressed
        Assert.Null(Calc(new ProviderData { StaffTraining = [new(P, 2024, 30, false)] }).Compute(ProviderIndicator.CompetenceDevelopment, P, null, 2024));
    }

    [Theory]
    [InlineData(-1.0, "-1")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void Negative_or_non_finite_hours_are_errors(double hours, string shown)
    {
        var data = new ProviderData { StaffTraining = [new(P, 2024, 1, true), new(P, 2024, 2, true), new(P, 2024, hours, true)] };
        var error = Assert.Throws<ProviderDataException>(() => Calc(data));
        Assert.Equal($"StaffTraining[2].TrainingHours: {shown} hours; training hours must be a finite number of 0 or more.", error.Message);
    }

    [Fact]
    public void Partners_count_written_agreements_used_in_the_reporting_year()
    {
        var data = new ProviderData
        {
            PlacementPartners =
            [
                new(P, 2024, true, new YearMonth(2024, 11)),
                new(P, 2024, true, new YearMonth(2024, 1)),
                new(P, 2024, true, new YearMonth(2023, 12)),
                new(P, 2024, false, new YearMonth(2024, 6)),
                new(P, 2024, true, null),
            ],
        };
        var result = Single(data, ProviderIndicator.PlacementPartners);
        Assert.Equal(2.0, result.Value);
        Assert.Equal(5, result.Basis);
        Assert.Equal(3, result.Excluded);
        Assert.Null(result.Persons); // firms, not persons
    }

    [Fact]
    public void A_partner_used_after_the_reporting_year_is_an_error()
    {
        var data = new ProviderData { PlacementPartners = [new(P, 2024, true, new YearMonth(2025, 1))] };
        var error = Assert.Throws<ProviderDataException>(() => Calc(data));
        Assert.Equal("PlacementPartners[0].LastUsed: 2025-01 lies after the reporting year 2024.", error.Message);
    }

    [Fact]
    public void Placement_participants_are_a_percent_per_programme()
    {
        var data = new ProviderData
        {
            Participants = [new(P, Programme.Aps, 2024, true), new(P, Programme.Aps, 2024, false), new(P, Programme.Aps, 2024, false), new(P, Programme.Aps, 2024, false), new(P, Programme.Vta, 2024, true)],
        };
        Assert.Equal(25.0, Single(data, ProviderIndicator.PlacementParticipants, Programme.Aps).Value);
        Assert.Equal(100.0, Single(data, ProviderIndicator.PlacementParticipants, Programme.Vta).Value);
    }

    [Fact]
    public void Health_focus_is_percent_yes_of_six_questions_per_programme()
    {
        // Provider: yes to 1 and 3; KiA: yes to 5 -> 3 of 6 = 50 %. AB: yes to 5 and 6 -> 4 of 6.
        var data = new ProviderData
        {
            ProviderHealth = [new(P, 2024, true, false, true, false)],
            ProgrammeHealth = [new(P, Programme.Kia, 2024, true, false), new(P, Programme.Ab, 2024, true, true), new(P, Programme.Ab, 2023, true, true)],
        };
        Assert.Equal(50.0, Single(data, ProviderIndicator.HealthFocus, Programme.Kia).Value);
        Assert.Equal(400.0 / 6, Single(data, ProviderIndicator.HealthFocus, Programme.Ab).Value, 12);
        Assert.Equal(6, Single(data, ProviderIndicator.HealthFocus, Programme.Ab).Basis);
        // 2023 has no answers to questions 1-4, so no result.
        Assert.Null(Calc(data).Compute(ProviderIndicator.HealthFocus, P, Programme.Ab, 2023));
    }

    [Fact]
    public void Duplicate_health_records_are_errors()
    {
        var data = new ProviderData { ProviderHealth = [new(P, 2024, true, true, true, true), new(P, 2024, false, false, false, false)] };
        var error = Assert.Throws<ProviderDataException>(() => Calc(data));
        Assert.Equal("ProviderHealth[1].ProviderId: a second record for the same provider, programme and year; give one record each.", error.Message);
    }
}
