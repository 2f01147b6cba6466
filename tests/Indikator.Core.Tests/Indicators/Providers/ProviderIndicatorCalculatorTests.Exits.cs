using Indikator.Core.Indicators;
using Indikator.Core.Indicators.Providers;

namespace Indikator.Core.Tests.Indicators.Providers;

public partial class ProviderIndicatorCalculatorTests
{
    private static ProviderData ApsLeavers() => new()
    {
        Exits =
        [
            Exit(Programme.Aps, "2024-01-01", "2024-03-11", ExitReason.UnsubsidisedWork),           // 70 days = 10 weeks
            Exit(Programme.Aps, "2024-02-05", "2024-04-01", ExitReason.OpenEndedWageSubsidy),       // 56 days = 8 weeks
            Exit(Programme.Aps, "2023-11-01", "2024-01-10", ExitReason.OtherNavApprovedProgramme),  // 70 days = 10 weeks
            Exit(Programme.Aps, "2024-05-01", "2024-06-05", ExitReason.Other),                      // 35 days = 5 weeks
            Exit(Programme.Aps, "2023-05-01", "2023-06-05", ExitReason.UnsubsidisedWork),           // other year
        ],
    };

    [Fact]
    public void Placement_into_work_is_the_percent_of_leavers_with_a_placement_reason()
    {
        var result = Single(ApsLeavers(), ProviderIndicator.PlacementIntoWork, Programme.Aps);
        Assert.Equal(50.0, result.Value);
        Assert.Equal(4, result.Basis);

        // The value describes the 4 leavers: the persons count for disclosure control.
        Assert.Equal(4, result.Persons);
    }

    [Fact]
    public void Active_solutions_are_the_percent_of_leavers_with_an_active_reason()
        => Assert.Equal(25.0, Single(ApsLeavers(), ProviderIndicator.ActiveSolutions, Programme.Aps).Value);

    [Fact]
    public void Length_of_stay_is_mean_weeks_at_exit()
        => Assert.Equal((10 + 8 + 10 + 5) / 4.0, Single(ApsLeavers(), ProviderIndicator.LengthOfStay, Programme.Aps).Value, 12);

    [Fact]
    public void Exit_reason_percentages_show_each_item()
    {
        var split = Calc(ApsLeavers()).ExitReasonPercentages(P, Programme.Aps, 2024);
        Assert.Equal(25.0, split[ExitReason.UnsubsidisedWork]);
        Assert.Equal(25.0, split[ExitReason.OpenEndedWageSubsidy]);
        Assert.Equal(0.0, split[ExitReason.WageSubsidy]);
        Assert.Equal(100.0, split.Values.Sum(), 12);
        Assert.False(split.ContainsKey(ExitReason.None));
        Assert.Empty(Calc(ApsLeavers()).ExitReasonPercentages(P, Programme.Aps, 2020));
        Assert.Throws<IndicatorNotApplicableException>(() => Calc(ApsLeavers()).ExitReasonPercentages(P, Programme.Tia, 2024));
    }

    [Fact]
    public void Formal_qualification_is_the_percent_of_kia_leavers_with_a_qualification()
    {
        var data = new ProviderData
        {
            Exits =
            [
                Exit(Programme.Kia, "2024-01-01", "2024-06-01", ExitReason.UnsubsidisedWork) with { Qualification = FormalQualification.TradeCertificate },
                Exit(Programme.Kia, "2024-01-01", "2024-06-01", ExitReason.Other) with { Qualification = FormalQualification.ApprenticeCandidate },
                Exit(Programme.Kia, "2024-01-01", "2024-06-01", ExitReason.Other),
                Exit(Programme.Kia, "2024-01-01", "2024-06-01", ExitReason.SelfFinancedEducation) with { Qualification = FormalQualification.Certification },
            ],
        };
        Assert.Equal(75.0, Single(data, ProviderIndicator.FormalQualification, Programme.Kia).Value);
    }

    [Fact]
    public void Ab_times_are_mean_weeks_from_start_and_leavers_without_the_date_are_excluded()
    {
        var data = new ProviderData
        {
            Exits =
            [
                // Started 1 March, first workday 15 March (2 weeks), employed 26 April (56 days = 8 weeks).
                Exit(Programme.Ab, "2024-03-01", "2024-04-26", ExitReason.UnsubsidisedWork) with { FirstWorkday = Day("2024-03-15"), EmploymentDate = Day("2024-04-26") },
                // First workday after 4 weeks, employed after 12 weeks.
                Exit(Programme.Ab, "2024-01-01", "2024-03-25", ExitReason.WageSubsidy) with { FirstWorkday = Day("2024-01-29"), EmploymentDate = Day("2024-03-25") },
                // Never started in working life.
                Exit(Programme.Ab, "2024-01-01", "2024-09-01", ExitReason.Other),
            ],
        };
        var first = Single(data, ProviderIndicator.TimeToFirstWorkday, Programme.Ab);
        Assert.Equal(3.0, first.Value);
        Assert.Equal((2, 1, 2), (first.Basis, first.Excluded, first.Persons));
        var placement = Single(data, ProviderIndicator.TimeToPlacement, Programme.Ab);
        Assert.Equal(10.0, placement.Value);
        Assert.Equal((2, 1), (placement.Basis, placement.Excluded));
    }

    [Fact]
    public void An_exit_before_the_start_is_an_error_that_names_the_record_and_no_dates()
    {
        var data = new ProviderData { Exits = [Exit(Programme.Aps, "2024-01-01", "2024-02-01", ExitReason.Other), Exit(Programme.Aps, "2024-03-01", "2024-02-01", ExitReason.Other)] };
        var error = Assert.Throws<ProviderDataException>(() => Calc(data));
        Assert.Equal("Exits[1].ExitDate: the exit date is before the start date.", error.Message);
        Assert.Equal(("Exits", 1, "ExitDate"), (error.Collection, error.RecordIndex, error.Field));
    }

    [Fact]
    public void Exit_fields_for_the_wrong_programme_and_missing_reasons_are_errors()
    {
        Assert.Equal(
            "Exits[0].Reason: the exit reason is not set to a defined value.",
            Assert.Throws<ProviderDataException>(() => Calc(new ProviderData { Exits = [Exit(Programme.Aps, "2024-01-01", "2024-02-01", ExitReason.None)] })).Message);
        Assert.Equal(
            "Exits[0].Qualification: a formal qualification is recorded only for KiA, not APS.",
            Assert.Throws<ProviderDataException>(() => Calc(new ProviderData { Exits = [Exit(Programme.Aps, "2024-01-01", "2024-02-01", ExitReason.Other) with { Qualification = FormalQualification.Certification }] })).Message);
        Assert.Equal(
            "Exits[0].FirstWorkday: this date is recorded only for AB, not KiA.",
            Assert.Throws<ProviderDataException>(() => Calc(new ProviderData { Exits = [Exit(Programme.Kia, "2024-01-01", "2024-02-01", ExitReason.Other) with { FirstWorkday = Day("2024-01-10") }] })).Message);
        Assert.Equal(
            "Exits[0].FirstWorkday: the first workday lies outside the stay (before the start date or after the exit date).",
            Assert.Throws<ProviderDataException>(() => Calc(new ProviderData { Exits = [Exit(Programme.Ab, "2024-01-01", "2024-02-01", ExitReason.Other) with { FirstWorkday = Day("2023-12-31") }] })).Message);
        Assert.Equal(
            "Exits[0].EmploymentDate: the employment date is before the start date.",
            Assert.Throws<ProviderDataException>(() => Calc(new ProviderData { Exits = [Exit(Programme.Ab, "2024-01-01", "2024-02-01", ExitReason.UnsubsidisedWork) with { EmploymentDate = Day("2023-12-01") }] })).Message);
    }

    [Fact]
    public void Asking_for_an_indicator_that_does_not_apply_is_a_typed_error_saying_what_and_why()
    {
        var data = new ProviderData { Exits = [Exit(Programme.Vta, "2020-01-01", "2024-02-01", ExitReason.UnsubsidisedWork)] };
        var error = Assert.Throws<IndicatorNotApplicableException>(() => Calc(data).Compute(ProviderIndicator.PlacementIntoWork, P, Programme.Vta, 2024));
        Assert.Equal(ProviderIndicator.PlacementIntoWork, error.Indicator);
        Assert.Equal("formidling_arbeid", error.IndicatorId);
        Assert.Equal(Programme.Vta, error.Programme);
        Assert.Equal(
            "Indicator 8 'formidling_arbeid' (Placement into work) does not apply to VTA: the report (section 1 and the table «Forslag til indikatorer per tiltak») "
            + "leaves VTA and TiA out because placement into work is not their aim. It applies to Avklaring, APS, KiA, AB.",
            error.Message);

        var kia = Assert.Throws<IndicatorNotApplicableException>(() => Calc(data).Compute(ProviderIndicator.FormalQualification, P, Programme.Ab, 2024));
        Assert.Contains("does not apply to AB: formal qualification measures a main aim of KiA and the report defines it for KiA leavers only (sections 1 and 4.9).", kia.Message, StringComparison.Ordinal);
        var ab = Assert.Throws<IndicatorNotApplicableException>(() => Calc(data).Compute(ProviderIndicator.TimeToPlacement, P, Programme.Kia, 2024));
        Assert.Contains("does not apply to KiA: the report defines it for AB only (sections 1 and 4.11).", ab.Message, StringComparison.Ordinal);

        // ComputeAll leaves the VTA exits out of indicator 8 rather than failing.
        Assert.Empty(Calc(data).ComputeAll(ProviderIndicator.PlacementIntoWork));
    }

    [Fact]
    public void Programme_level_indicators_need_a_programme_and_provider_level_ones_ignore_it()
    {
        var data = new ProviderData { StaffTraining = [new(P, 2024, 7.5, true)], Exits = [Exit(Programme.Aps, "2024-01-01", "2024-02-01", ExitReason.Other)] };
        var error = Assert.Throws<ArgumentException>(() => Calc(data).Compute(ProviderIndicator.LengthOfStay, P, null, 2024));
        Assert.Equal("programme", error.ParamName);
        var result = Single(data, ProviderIndicator.CompetenceDevelopment, Programme.Vta);
        Assert.Null(result.Programme);
        Assert.Equal(1.0, result.Value);
    }
}
