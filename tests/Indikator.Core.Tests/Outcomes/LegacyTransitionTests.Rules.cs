using Indikator.Core.Data;
using Indikator.Core.Outcomes;
using static Indikator.Core.Tests.Outcomes.LegacyScenario;
using static Indikator.Core.Tests.Outcomes.OutcomeData;

namespace Indikator.Core.Tests.Outcomes;

public partial class LegacyTransitionTests
{
    private const RegisterStatus JS = RegisterStatus.JobSeeker;
    private const RegisterStatus RWC = RegisterStatus.ReducedWorkCapacity;

    [Fact]
    public void An_exit_is_the_last_month_in_the_status_before_two_months_outside_it()
    {
        // Job seeker Jan-Mar 2024, then gone: exit in March (Jan and Feb are followed by job-seeker months).
        // Outcome at the end of September: 20 hours of work, not registered, no benefit: only employed.
        var result = new LegacyScenario().Registered(1, "2024-01", "2024-03", JS).Job(1, "2024-09", 20).Run();
        Assert.Equal([("2024-03", "JobSeeker", "OnlyEmployed")], Exits(result));
        Assert.Equal(1, result.ExitCount);
        Assert.Equal(1, result.EmployedCount);
        Assert.Equal(1.0, result.Share);
        Assert.Equal(1.0, result.Exits.Numeric(LegacyTransition.EmployedColumn)[0]);
    }

    [Fact]
    public void A_gap_of_one_month_is_not_an_exit_but_a_gap_of_two_months_is()
    {
        // Person 1: Jan, (gap Feb), Mar: January is not an exit because the person is back within two months.
        // Person 2: Jan, (gap Feb-Mar), Apr: January is an exit; April is another.
        var result = new LegacyScenario()
            .Registered(1, "2024-01", "2024-01", JS).Registered(1, "2024-03", "2024-03", JS)
            .Registered(2, "2024-01", "2024-01", JS).Registered(2, "2024-04", "2024-04", JS)
            .Run();
        Assert.Equal(
            [("2024-03", "JobSeeker", "Unknown"), ("2024-01", "JobSeeker", "Unknown"), ("2024-04", "JobSeeker", "Unknown")],
            Exits(result));
        Assert.Equal(0.0, result.Share);
    }

    [Fact]
    public void A_move_to_the_other_status_is_an_exit_from_the_status_left()
    {
        // Job seeker Jan-Feb, reduced work capacity Mar-Dec: exit from job seeker in February, outcome in August:
        // still reduced work capacity, not employed. The RWC spell continues to the end of the data: no exit.
        var result = new LegacyScenario().Registered(1, "2024-01", "2024-02", JS).Registered(1, "2024-03", "2024-12", RWC).Run();
        Assert.Equal([("2024-02", "JobSeeker", "ReducedWorkCapacity")], Exits(result));
    }

    [Fact]
    public void A_job_seeker_with_reduced_work_capacity_in_the_five_previous_months_exits_from_reduced_work_capacity()
    {
        // Person 1: RWC Jan, JS Feb-Apr. Jan is an exit from RWC (JS in Feb and Mar). April's exit from JS has RWC
        //   within Nov-Mar, so it counts as an exit from reduced work capacity.
        // Person 2: RWC Nov 2023 (exactly five months before April), JS Dec-Apr: reclassified.
        // Person 3: RWC Oct 2023 (six months before April), JS Nov-Apr: stays a job-seeker exit.
        // Outcomes six months later: only person 3's October exit finds the person registered (job seeker in April).
        var result = new LegacyScenario()
            .Registered(1, "2024-01", "2024-01", RWC).Registered(1, "2024-02", "2024-04", JS)
            .Registered(2, "2023-11", "2023-11", RWC).Registered(2, "2023-12", "2024-04", JS)
            .Registered(3, "2023-10", "2023-10", RWC).Registered(3, "2023-11", "2024-04", JS)
            .Run();
        Assert.Equal(
            [
                ("2024-01", "ReducedWorkCapacity", "Unknown"),
                ("2024-04", "ReducedWorkCapacity", "Unknown"),
                ("2023-11", "ReducedWorkCapacity", "Unknown"),
                ("2024-04", "ReducedWorkCapacity", "Unknown"),
                ("2023-10", "ReducedWorkCapacity", "JobSeeker"),
                ("2024-04", "JobSeeker", "Unknown"),
            ],
            Exits(result));
    }

    [Fact]
    public void The_lookback_can_be_turned_off()
    {
        var scenario = new LegacyScenario().Registered(1, "2024-01", "2024-01", RWC).Registered(1, "2024-02", "2024-04", JS);
        var result = scenario.Run(new LegacyTransitionOptions(M("2024-12"), "age") { ReducedCapacityLookbackMonths = 0 });
        Assert.Equal([("2024-01", "ReducedWorkCapacity", "Unknown"), ("2024-04", "JobSeeker", "Unknown")], Exits(result));
    }

    [Fact]
    public void Programme_variant_counts_moves_between_programmes_as_exits()
    {
        // Avklaring Jan-Feb, AB Mar-Apr, then no programme (still a job seeker until June): exits from Avklaring in
        // February and from AB in April. Outcome for the April exit (October): employed 10 hours, not registered.
        var result = new LegacyScenario()
            .Registered(1, "2024-01", "2024-02", JS, programme: 0)
            .Registered(1, "2024-03", "2024-04", JS, programme: 1)
            .Registered(1, "2024-05", "2024-06", JS)
            .Job(1, "2024-10", 10)
            .Run(new LegacyTransitionOptions(M("2024-12"), "age") { Variant = TransitionVariant.Programme });
        Assert.Equal([("2024-02", "Avklaring", "Unknown"), ("2024-04", "AB", "OnlyEmployed")], Exits(result));
        Assert.Equal(0.5, result.Share);
    }

    [Fact]
    public void Outcome_categories_are_navs_eight_in_the_documented_precedence()
    {
        // Every person: job seeker in January (exit), outcome at the end of July (t+6). NAV's categories
        // ("Om statistikken - overgang til arbeid og stønad", 4.1; docs/outcomes.md), one person each:
        var result = new LegacyScenario()
            .Registered(1, "2024-01", "2024-01", JS).Job(1, "2024-07", 37.5) // employee, not registered, no benefit: kun arbeidstaker
            .Registered(2, "2024-01", "2024-01", JS).Job(2, "2024-07", 10).Registered(2, "2024-07", "2024-07", RegisterStatus.Disability) // employee + uføretrygd
            .Registered(3, "2024-01", "2024-01", JS).Job(3, "2024-07", 10).Registered(3, "2024-07", "2024-07", JS, benefit: false) // employee + still followed up
            .Registered(4, "2024-01", "2024-01", JS).Job(4, "2024-07", 10).Registered(4, "2024-07", "2024-07", RegisterStatus.NotRegistered, benefit: true) // employee + other benefit
            .Registered(5, "2024-01", "2024-01", JS).Registered(5, "2024-07", "2024-07", RegisterStatus.Disability) // uføretrygd
            .Registered(6, "2024-01", "2024-01", JS).Registered(6, "2024-07", "2024-07", RegisterStatus.NotRegistered, benefit: true) // annen ytelse
            .Registered(7, "2024-01", "2024-01", JS).Registered(7, "2024-07", "2024-07", RWC) // nedsatt arbeidsevne
            .Registered(8, "2024-01", "2024-01", JS).Registered(8, "2024-07", "2024-07", JS) // arbeidssøker
            .Registered(9, "2024-01", "2024-01", JS).Job(9, "2024-06", 37.5) // work in June does not count: ukjent
            .Run();
        Assert.Equal(
            [
                "OnlyEmployed", "EmployedWithDisabilityBenefit", "EmployedWithOtherBenefit", "EmployedWithOtherBenefit",
                "Disability", "OtherBenefit", "ReducedWorkCapacity", "JobSeeker", "Unknown",
            ],
            Exits(result).Select(e => e.Outcome));

        // Employed = persons 1-4 of 9.
        Assert.Equal(4, result.EmployedCount);
        Assert.Equal(4.0 / 9, result.Share);
        Assert.Equal(1, result.CountOf(TransitionOutcome.EmployedWithDisabilityBenefit));
        Assert.Equal(2, result.CountOf(TransitionOutcome.EmployedWithOtherBenefit));
        Assert.Equal(1, result.CountOf(TransitionOutcome.OtherBenefit));
        Assert.Equal(1, result.CountOf(TransitionOutcome.Unknown));
        Assert.Equal(
            ["OnlyEmployed", "EmployedWithDisabilityBenefit", "EmployedWithOtherBenefit", "Disability", "OtherBenefit", "ReducedWorkCapacity", "JobSeeker", "Unknown"],
            result.Exits.Categorical(LegacyTransition.OutcomeColumn).Levels.ToArray());
    }

    [Fact]
    public void A_registered_employee_counts_as_employed_whatever_the_hours()
    {
        // NAV's "arbeidstaker": registered in the employer register, whatever the hours. Person 1 has a 0-hour
        // (on-call) contract in July and no benefit: only employed. Person 2 has the same contract and is still a job
        // seeker: employed with other benefit/follow-up. Person 3 has no record in July: unknown. Share = 2 / 3.
        var scenario = new LegacyScenario()
            .Registered(1, "2024-01", "2024-01", JS).Job(1, "2024-07", 0)
            .Registered(2, "2024-01", "2024-01", JS).Job(2, "2024-07", 0).Registered(2, "2024-07", "2024-07", JS)
            .Registered(3, "2024-01", "2024-01", JS);
        var result = scenario.Run();
        Assert.Equal(["OnlyEmployed", "EmployedWithOtherBenefit", "Unknown"], Exits(result).Select(e => e.Outcome));
        Assert.Equal(2.0 / 3, result.Share);

        // With a threshold of 0 hours, 0 is not above it: persons 1 and 3 are unknown, person 2 is a job seeker.
        var strict = scenario.Run(new LegacyTransitionOptions(M("2024-12"), "age") { EmploymentHoursThreshold = 0 });
        Assert.Equal(["Unknown", "JobSeeker", "Unknown"], Exits(strict).Select(e => e.Outcome));
        Assert.Equal(0.0, strict.Share);
    }

    [Fact]
    public void The_employment_threshold_is_a_parameter()
    {
        // Two jobs of 5 hours in July add up to 10 hours: above 9.5, not above 10.
        var scenario = new LegacyScenario().Registered(1, "2024-01", "2024-01", JS).Job(1, "2024-07", 5).Job(1, "2024-07", 5);
        Assert.Equal(1.0, scenario.Run().Share);
        Assert.Equal(0.0, scenario.Run(new LegacyTransitionOptions(M("2024-12"), "age") { EmploymentHoursThreshold = 10 }).Share);
        Assert.Equal(1.0, scenario.Run(new LegacyTransitionOptions(M("2024-12"), "age") { EmploymentHoursThreshold = 9.5 }).Share);
    }

    [Fact]
    public void Exits_without_six_observed_months_are_left_out_and_counted()
    {
        // Last observed month 2024-12: a June exit is followed to December; a July exit would need January 2025.
        // An exit in November cannot even be decided (t+2 = January 2025) and is not counted at all.
        var result = new LegacyScenario()
            .Registered(1, "2024-06", "2024-06", JS)
            .Registered(2, "2024-07", "2024-07", JS)
            .Registered(3, "2024-11", "2024-11", JS)
            .Run();
        Assert.Equal([("2024-06", "JobSeeker", "Unknown")], Exits(result));
        Assert.Equal(1, result.CensoredExits);
    }

    [Fact]
    public void The_population_is_ages_20_to_66_at_exit()
    {
        var result = new LegacyScenario()
            .Registered(1, "2024-01", "2024-01", JS, age: 19.9)
            .Registered(2, "2024-01", "2024-01", JS, age: 20)
            .Registered(3, "2024-01", "2024-01", JS, age: 66.9)
            .Registered(4, "2024-01", "2024-01", JS, age: 67)
            .Registered(5, "2024-01", "2024-01", JS, age: double.NaN)
            .Run();
        Assert.Equal(2, result.ExitCount);
        Assert.Equal(2, result.ExitsOutsideAgeRange);
        Assert.Equal(1, result.ExitsWithMissingAge);
        Assert.Equal(["20-24", "60+"], Enumerable.Range(0, 2).Select(r => result.Exits.Categorical(LegacyTransition.AgeGroupColumn).LabelAt(r)));

        var wider = new LegacyScenario().Registered(1, "2024-01", "2024-01", JS, age: 18)
            .Run(new LegacyTransitionOptions(M("2024-12"), "age") { MinAge = 16 });
        Assert.Equal("<20", wider.Exits.Categorical(LegacyTransition.AgeGroupColumn).LabelAt(0));
    }

    [Fact]
    public void An_exit_without_a_stock_row_in_the_exit_month_is_left_out_and_counted()
    {
        var scenario = new LegacyScenario().Registered(1, "2024-01", "2024-01", JS);
        var stock = Stock((2L, "2024-01", 30.0, "A"));
        var result = LegacyTransition.Compute(stock, scenario.StatusRecords(), scenario.Employment(), new LegacyTransitionOptions(M("2024-12"), "age"));
        Assert.Equal(0, result.ExitCount);
        Assert.Equal(1, result.ExitsWithoutStockRow);
        Assert.True(double.IsNaN(result.Share));
    }
}
