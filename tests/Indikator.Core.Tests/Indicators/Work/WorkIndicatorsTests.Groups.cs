using Indikator.Core.Data;
using Indikator.Core.Indicators.Disclosure;
using Indikator.Core.Indicators.Work;

namespace Indikator.Core.Tests.Indicators.Work;

/// <summary>Priority groups (overlapping units) and counties (a level beside regions): values by hand, disclosure control, refusals.</summary>
public sealed partial class WorkIndicatorsTests
{
    private static readonly YearMonth Jan = new(2024, 1);
    private static readonly YearMonth Feb = new(2024, 2);

    private static readonly PriorityGroup Under30 = new("under 30", GroupCondition.Compare("age", GroupOperator.LessThan, 30));
    private static readonly PriorityGroup OutsideEea = new("outside EEA", GroupCondition.OneOf("origin", "utenfor_eos"));
    private static readonly PriorityGroup Under30OutsideEea = new(
        "under 30, outside EEA", GroupCondition.Compare("age", GroupOperator.LessThan, 30), GroupCondition.OneOf("origin", "utenfor_eos"));

    /// <summary>An intercept-only model without month effects: the expected value is the mean of every person-month.</summary>
    private static readonly WorkRiskModelSpec InterceptOnly = new();

    [Fact]
    public void Group_contributions_and_standard_errors_equal_a_hand_computation()
    {
        // Six persons, January and February 2024: (age, origin, y in Jan, y in Feb).
        var panel = GroupPanel(
        [
            (25, "utenfor_eos", 1, 1), (28, "ingen", 0, 1), (35, "utenfor_eos", 0, 0),
            (45, "ingen", 1, 1), (22, "ingen", 0, 1), (60, "eos", 1, 0),
        ]);
        var result = WorkIndicators.Compute(panel, new WorkIndicatorOptions
        {
            Outcomes = ["y"],
            Model = InterceptOnly,
            Units = [WorkUnitLevel.Country, WorkUnitLevel.PriorityGroups("priority_group", Under30, OutsideEea, Under30OutsideEea)],
            FixedEffectLevels = [],
            MinimumPersons = 1,
        });
        var table = result.Table("y", "priority_group");

        // Expected = mean y over all 12 person-months = (2 + 1 + 0 + 2 + 1 + 1) / 12 = 7/12.
        // Under 30 (persons 1, 2, 5; they overlap with outside EEA in person 1): y sum 2 + 1 + 1 = 4 over 6 rows.
        var under30 = table.Find("under 30", null)!;
        Assert.Equal(3, under30.Persons);
        Assert.Equal(6, under30.PersonMonths);
        Assert.Equal(4.0 / 6, under30.Actual!.Value, 12);
        Assert.Equal(7.0 / 12, under30.Expected!.Value, 12);
        Assert.Equal((4.0 / 6) - (7.0 / 12), under30.Contribution!.Value, 12);

        // Months: January y = 1, 0, 0 (mean 1/3), February 1, 1, 1 (mean 1).
        Assert.Equal((1.0 / 3) - (7.0 / 12), table.Find("under 30", Jan)!.Contribution!.Value, 12);
        Assert.Equal(1 - (7.0 / 12), table.Find("under 30", Feb)!.Contribution!.Value, 12);

        // Outside EEA (persons 1 and 3): y sum 2 over 4 rows.
        Assert.Equal(0.5 - (7.0 / 12), table.Find("outside EEA", null)!.Contribution!.Value, 12);

        // Both conditions (person 1 only): y = 1, 1.
        Assert.Equal(1 - (7.0 / 12), table.Find("under 30, outside EEA", null)!.Contribution!.Value, 12);

        // Standard error of under 30 (docs/arbeidsindikatoren.md, section 3): the contribution is linear in the residuals
        // e = y - 7/12 with weights c_i = 1[i in group]/6 - (X'X)^-1 = 1/6 - 1/12 inside and -1/12 outside. Per person
        // sum of c_i e_i (in 1/144): 10, -2, 14, -10, -2, 2; sum of squares 408/144^2; small-sample factor
        // (n-1)/(n-K) G/(G-1) = 6/5, so the variance is 6/5 * 408/20736 = 17/720.
        Assert.Equal(Math.Sqrt(17.0 / 720), under30.StandardError!.Value, 10);

        // Shrinkage and funnel limits assume separate units: overlapping groups get no comparison.
        Assert.Throws<KeyNotFoundException>(() => result.Comparison("y", "priority_group"));
    }

    [Fact]
    public void A_group_that_is_a_union_of_age_bands_of_the_model_has_pooled_contribution_zero()
    {
        var panel = GroupPanel(
        [
            (25, "utenfor_eos", 1, 1), (28, "ingen", 0, 1), (35, "utenfor_eos", 0, 0),
            (45, "ingen", 1, 1), (22, "ingen", 0, 1), (60, "eos", 1, 0),
        ]);
        var result = WorkIndicators.Compute(panel, new WorkIndicatorOptions
        {
            Outcomes = ["y"],
            Model = new WorkRiskModelSpec { Bands = [new BandedCovariate("age", [30])] },
            Units = [WorkUnitLevel.Country, WorkUnitLevel.PriorityGroups("priority_group", Under30, OutsideEea)],
            FixedEffectLevels = [],
            MinimumPersons = 1,
        });
        var table = result.Table("y", "priority_group");

        // The model fits each age band's mean: under 30 (persons 1, 2, 5) 4/6 = 2/3, 30 or more (3, 4, 6) 3/6 = 1/2.
        // Under 30 is the band itself, so its mean residual is 0 exactly, with no uncertainty.
        var under30 = table.Find("under 30", null)!;
        Assert.Equal(0, under30.Contribution!.Value, 12);
        Assert.Equal(0, under30.StandardError!.Value);

        // Outside EEA (person 1 under 30, person 3 not): expected (2 * 2/3 + 2 * 1/2) / 4 = 7/12, actual 2/4.
        var outside = table.Find("outside EEA", null)!;
        Assert.Equal(7.0 / 12, outside.Expected!.Value, 12);
        Assert.Equal(0.5 - (7.0 / 12), outside.Contribution!.Value, 12);
        Assert.True(outside.StandardError > 0);
    }

    [Fact]
    public void Small_groups_nested_differences_and_the_month_margin_are_suppressed()
    {
        // Persons 1-10 under 30 (1-8 from outside the EEA), 11-12 aged 42, 13-20 aged 50, all in both months;
        // 21-23 aged 70 in both months and 24-26 aged 70 in February only.
        var persons = new List<(int Age, string Origin, int? Jan, int? Feb)>();
        for (var p = 1; p <= 26; p++)
        {
            var age = p <= 10 ? 25 : p <= 12 ? 42 : p <= 20 ? 50 : 70;
            var origin = p <= 8 ? "utenfor_eos" : "ingen";
            persons.Add((age, origin, p > 23 ? null : p % 2, (p + 1) % 2));
        }

        var from40to45 = new PriorityGroup("40-44", GroupCondition.Compare("age", GroupOperator.AtLeast, 40), GroupCondition.Compare("age", GroupOperator.LessThan, 45));
        var atLeast30 = new PriorityGroup("30 or more", GroupCondition.Compare("age", GroupOperator.AtLeast, 30));
        var over65 = new PriorityGroup("65 or more", GroupCondition.Compare("age", GroupOperator.AtLeast, 65));
        var result = WorkIndicators.Compute(GroupPanel(persons), new WorkIndicatorOptions
        {
            Outcomes = ["y"],
            Model = InterceptOnly,
            Units = [WorkUnitLevel.Country, WorkUnitLevel.PriorityGroups("priority_group", Under30, Under30OutsideEea, from40to45, atLeast30, over65)],
            FixedEffectLevels = [],
            MinimumPersons = 5,
        });
        var table = result.Table("y", "priority_group");
        SuppressionStatus Status(string unit, YearMonth? month) => table.Find(unit, month)!.Status;

        // Under 30 (10 persons a month) is published: the 10 others of the country are enough.
        Assert.All(new YearMonth?[] { Jan, Feb, null }, m => Assert.Equal(SuppressionStatus.Published, Status("under 30", m)));

        // Under 30 from outside the EEA (8 persons) lies inside under 30 (10): the difference, 2 persons, would be
        // under 30 minus it, so its cells are hidden although 8 >= 5.
        Assert.All(new YearMonth?[] { Jan, Feb, null }, m => Assert.Equal(SuppressionStatus.SecondarySuppressed, Status("under 30, outside EEA", m)));

        // 40-44 has 2 persons: primary.
        Assert.All(new YearMonth?[] { Jan, Feb, null }, m => Assert.Equal(SuppressionStatus.PrimarySuppressed, Status("40-44", m)));

        // 65 or more: January has 3 persons (primary); the pooled cell (6 persons) would give it back from February
        // (6 persons), so the smaller published cell of the row is hidden too: February (a tie goes to the month).
        Assert.Equal(SuppressionStatus.PrimarySuppressed, Status("65 or more", Jan));
        Assert.Equal(SuppressionStatus.SecondarySuppressed, Status("65 or more", Feb));
        Assert.Equal(SuppressionStatus.Published, Status("65 or more", null));
        Assert.Equal(6, table.Find("65 or more", null)!.Persons);

        // 30 or more (13 in January, 16 in February) is published.
        Assert.All(new YearMonth?[] { Jan, Feb, null }, m => Assert.Equal(SuppressionStatus.Published, Status("30 or more", m)));
    }

    [Fact]
    public void A_group_that_is_the_country_but_a_few_persons_is_hidden()
    {
        // Seven persons in January: five under 30, two aged 40. Country minus under 30 = 2 persons.
        var panel = GroupPanel([(20, "ingen", 1, null), (21, "ingen", 0, null), (22, "ingen", 1, null), (23, "ingen", 0, null), (24, "ingen", 1, null), (40, "ingen", 0, null), (41, "ingen", 1, null)]);
        var result = WorkIndicators.Compute(panel, new WorkIndicatorOptions
        {
            Outcomes = ["y"],
            Model = InterceptOnly,
            Units = [WorkUnitLevel.Country, WorkUnitLevel.PriorityGroups("priority_group", Under30)],
            FixedEffectLevels = [],
            MinimumPersons = 2,
        });
        Assert.Equal(SuppressionStatus.Published, result.Table("y", "priority_group").Find("under 30", Jan)!.Status);

        var strict = WorkIndicators.Compute(panel, new WorkIndicatorOptions
        {
            Outcomes = ["y"],
            Model = InterceptOnly,
            Units = [WorkUnitLevel.Country, WorkUnitLevel.PriorityGroups("priority_group", Under30)],
            FixedEffectLevels = [],
            MinimumPersons = 3,
        });
        Assert.Equal(SuppressionStatus.Published, strict.Table("y", "country").Find(WorkUnitLevel.CountryUnit, Jan)!.Status);
        Assert.Equal(SuppressionStatus.SecondarySuppressed, strict.Table("y", "priority_group").Find("under 30", Jan)!.Status);
    }

    [Fact]
    public void Group_conditions_that_do_not_fit_the_panel_are_refused_with_the_group_named()
    {
        var panel = GroupPanel([(20, "ingen", 1, 0), (40, "eos", 0, 1)]);
        WorkIndicatorOptions With(params PriorityGroup[] groups) => new()
        {
            Outcomes = ["y"],
            Model = InterceptOnly,
            Units = [WorkUnitLevel.Country, WorkUnitLevel.PriorityGroups("priority_group", groups)],
            FixedEffectLevels = [],
        };

        var missing = Assert.Throws<ArgumentException>(() => WorkIndicators.Compute(panel, With(new PriorityGroup("g", GroupCondition.Compare("months", GroupOperator.AtLeast, 12)))));
        Assert.Contains("Priority group 'g', condition 0 (months >= 12)", missing.Message, StringComparison.Ordinal);
        var kind = Assert.Throws<ArgumentException>(() => WorkIndicators.Compute(panel, With(new PriorityGroup("g", GroupCondition.OneOf("age", "20")))));
        Assert.Contains("it is numeric", kind.Message, StringComparison.Ordinal);
        var category = Assert.Throws<ArgumentException>(() => WorkIndicators.Compute(panel, With(new PriorityGroup("g", GroupCondition.OneOf("origin", "utenfor_EOS")))));
        Assert.Contains("'utenfor_EOS' is not a category of 'origin'; its categories are: eos, ingen", category.Message, StringComparison.Ordinal);

        var fixedEffect = Assert.Throws<ArgumentException>(() => WorkIndicators.Compute(panel, With(Under30) with { FixedEffectLevels = ["priority_group"] }));
        Assert.Contains("'priority_group' is priority groups", fixedEffect.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_values_satisfy_no_condition()
    {
        // Person 2 has no age and person 3 no origin: neither is in any group, NoneOf included.
        var builder = new PersonMonthPanelBuilder()
            .WithPersonKeys([1, 2, 3, 4])
            .WithPeriods([Jan, Jan, Jan, Jan])
            .AddNumeric("age", [25, double.NaN, 25, 50])
            .AddNumeric("y", [1, 0, 1, 0])
            .AddCategorical("origin", ["eos", "eos", null, "ingen"]);
        var notEea = new PriorityGroup("not EEA", GroupCondition.NoneOf("origin", "eos"));
        var over20 = new PriorityGroup("over 20", GroupCondition.Compare("age", GroupOperator.GreaterThan, 20));
        var result = WorkIndicators.Compute(builder.Build(), new WorkIndicatorOptions
        {
            Outcomes = ["y"],
            Model = InterceptOnly,
            Units = [WorkUnitLevel.Country, WorkUnitLevel.PriorityGroups("priority_group", notEea, over20)],
            FixedEffectLevels = [],
            MinimumPersons = 1,
        });
        var table = result.Table("y", "priority_group");
        Assert.Equal(1, table.Find("not EEA", null)!.Persons);
        Assert.Equal(3, table.Find("over 20", null)!.Persons);
    }

    [Fact]
    public void A_county_cell_is_also_protected_by_the_region_it_fills()
    {
        // One month. Region r1 is counties c1 (3 persons) and c2 (50); county c3 spans r2 (5) and r3 (5); c4 (6) is in r3.
        var counties = new List<string>();
        var regions = new List<string>();
        void Add(int count, string county, string region)
        {
            for (var i = 0; i < count; i++)
            {
                counties.Add(county);
                regions.Add(region);
            }
        }

        Add(3, "c1", "r1");
        Add(50, "c2", "r1");
        Add(5, "c3", "r2");
        Add(5, "c3", "r3");
        Add(6, "c4", "r3");
        var n = counties.Count;
        var panel = new PersonMonthPanelBuilder()
            .WithPersonKeys([.. Enumerable.Range(1, n).Select(i => (long)i)])
            .WithPeriods([.. Enumerable.Repeat(Jan, n)])
            .AddNumeric("y", [.. Enumerable.Range(0, n).Select(i => (double)(i % 2))])
            .AddCategorical("county", counties)
            .AddCategorical("region", regions)
            .Build();
        WorkIndicatorOptions Options(params WorkUnitLevel[] levels) => new()
        {
            Outcomes = ["y"],
            Model = InterceptOnly,
            Units = [WorkUnitLevel.Country, .. levels],
            FixedEffectLevels = [],
            MinimumPersons = 5,
        };
        var county = new WorkUnitLevel("county", "county");
        var region = new WorkUnitLevel("region", "region");

        // Alone, the county table hides c1 (primary) and, for the month's column, the smallest other county c4.
        var alone = WorkIndicators.Compute(panel, Options(county)).Table("y", "county");
        Assert.Equal(SuppressionStatus.PrimarySuppressed, alone.Find("c1", Jan)!.Status);
        Assert.Equal(SuppressionStatus.SecondarySuppressed, alone.Find("c4", Jan)!.Status);
        Assert.Equal(SuppressionStatus.Published, alone.Find("c2", Jan)!.Status);

        // Beside the regions, r1 (53 persons, published) minus c2 would give c1: c2 is hidden too. c3 is in no such
        // line (it spans r2 and r3), and r3 is not a sum of counties, so nothing else changes.
        var linked = WorkIndicators.Compute(panel, Options(county, region));
        var table = linked.Table("y", "county");
        Assert.Equal(SuppressionStatus.Published, linked.Table("y", "region").Find("r1", Jan)!.Status);
        Assert.Equal(SuppressionStatus.PrimarySuppressed, table.Find("c1", Jan)!.Status);
        Assert.Equal(SuppressionStatus.SecondarySuppressed, table.Find("c2", Jan)!.Status);
        Assert.Equal(SuppressionStatus.Published, table.Find("c3", Jan)!.Status);
    }

    /// <summary>One person per entry, keys 1, 2, ...: a January row and a February row where the outcome is given.</summary>
    private static PersonMonthPanel GroupPanel(List<(int Age, string Origin, int? Jan, int? Feb)> persons)
    {
        var keys = new List<long>();
        var periods = new List<YearMonth>();
        var ages = new List<double>();
        var origins = new List<string?>();
        var y = new List<double>();
        for (var p = 0; p < persons.Count; p++)
        {
            foreach (var (month, value) in new[] { (Jan, persons[p].Jan), (Feb, persons[p].Feb) })
            {
                if (value is { } v)
                {
                    keys.Add(p + 1);
                    periods.Add(month);
                    ages.Add(persons[p].Age);
                    origins.Add(persons[p].Origin);
                    y.Add(v);
                }
            }
        }

        return new PersonMonthPanelBuilder()
            .WithPersonKeys([.. keys])
            .WithPeriods([.. periods])
            .AddNumeric("age", [.. ages])
            .AddNumeric("y", [.. y])
            .AddCategorical("origin", origins)
            .Build();
    }
}
