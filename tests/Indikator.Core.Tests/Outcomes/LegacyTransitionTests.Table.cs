using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Data;
using Indikator.Core.Outcomes;
using static Indikator.Core.Tests.Outcomes.LegacyScenario;
using static Indikator.Core.Tests.Outcomes.OutcomeData;

namespace Indikator.Core.Tests.Outcomes;

public partial class LegacyTransitionTests
{
    [Fact]
    public void The_exit_table_copies_the_stock_row_of_the_exit_month_and_has_no_person_keys()
    {
        // The person moves from office A to office B in March and exits in April: the exit belongs to office B.
        var result = new LegacyScenario()
            .Registered(SecretKey, "2024-01", "2024-02", JS, office: "A", age: 41)
            .Registered(SecretKey, "2024-03", "2024-04", JS, office: "B", age: 41)
            .Run();
        var table = result.Exits;
        Assert.Equal(1, table.RowCount);
        Assert.Equal("B", table.Categorical("office").LabelAt(0));
        Assert.Equal(41.0, table.Numeric("age")[0]);
        Assert.Equal("2024Q2", table.Categorical(LegacyTransition.ExitQuarterColumn).LabelAt(0));
        Assert.Equal("40-49", table.Categorical(LegacyTransition.AgeGroupColumn).LabelAt(0));
        Assert.Equal(
            [LegacyTransition.EmployedColumn, "age"],
            table.NumericColumns.Select(c => c.Name));
        Assert.Equal(
            [LegacyTransition.ExitMonthColumn, LegacyTransition.ExitQuarterColumn, LegacyTransition.StatusExitedColumn, LegacyTransition.OutcomeColumn, LegacyTransition.AgeGroupColumn, "office"],
            table.CategoricalColumns.Select(c => c.Name));
        Assert.All(table.NumericColumns, c => Assert.DoesNotContain((double)SecretKey, c.Values.ToArray()));
    }

    [Fact]
    public void A_stock_column_with_an_exit_table_name_is_rejected()
    {
        var scenario = new LegacyScenario().Registered(1, "2024-01", "2024-01", JS);
        var stock = new PersonMonthPanelBuilder().WithPersonKeys([1L]).WithPeriods([M("2024-01")])
            .AddNumeric("age", [30.0]).AddNumeric(LegacyTransition.EmployedColumn, [1.0]).Build();
        var ex = Assert.Throws<ArgumentException>(() =>
            LegacyTransition.Compute(stock, scenario.StatusRecords(), scenario.Employment(), new LegacyTransitionOptions(M("2024-12"), "age")));
        Assert.Contains(LegacyTransition.EmployedColumn, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Breakdowns_count_exits_and_employed_per_level()
    {
        // Office A: two exits in Q1, one employed. Office B: one exit in Q2, employed.
        var result = new LegacyScenario()
            .Registered(1, "2024-01", "2024-01", JS, office: "A").Job(1, "2024-07", 20)
            .Registered(2, "2024-02", "2024-02", JS, office: "A")
            .Registered(3, "2024-04", "2024-04", RWC, office: "B").Job(3, "2024-10", 20)
            .Run();

        var byOffice = result.Aggregate("office");
        Assert.Equal(["office"], byOffice.GroupColumns);
        Assert.Equal(
            [new TransitionShareRow(["A"], 2, 1, 0.5), new TransitionShareRow(["B"], 1, 1, 1.0)],
            byOffice.Rows.ToArray(),
            new RowComparer());

        var byOfficeQuarter = result.Aggregate("office", LegacyTransition.ExitQuarterColumn, LegacyTransition.StatusExitedColumn);
        Assert.Equal(2, byOfficeQuarter.Rows.Count);
        Assert.Equal(["B", "2024Q2", "ReducedWorkCapacity"], byOfficeQuarter.Rows[1].Levels);

        var total = Assert.Single(result.Aggregate().Rows);
        Assert.Equal((3, 2), (total.Exits, total.Employed));
        Assert.Throws<KeyNotFoundException>(() => result.Aggregate("county"));
    }

    [Fact]
    public void Shares_lie_in_0_1_and_breakdowns_add_up_to_the_total()
    {
        Prop.ForAll(Gen.Choose(0, int.MaxValue - 1).ToArbitrary(), seed =>
        {
            var result = RandomScenario(seed).Run();
            var byOffice = result.Aggregate("office", LegacyTransition.OutcomeColumn);
            var categories = Enum.GetValues<TransitionOutcome>().Sum(result.CountOf);
            return byOffice.Rows.All(r => r.Share is >= 0 and <= 1 && r.Employed <= r.Exits)
                && byOffice.Rows.Sum(r => r.Exits) == result.ExitCount
                && byOffice.Rows.Sum(r => r.Employed) == result.EmployedCount
                && categories == result.ExitCount
                && (result.ExitCount == 0 || result.Share is >= 0 and <= 1);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Shuffling_status_and_employment_records_does_not_change_the_exit_table()
    {
        Prop.ForAll(Gen.Choose(0, int.MaxValue - 1).ToArbitrary(), seed =>
        {
            var scenario = RandomScenario(seed);
            var options = new LegacyTransitionOptions(M("2024-12"), "age");
            var status = scenario.StatusRecords();
            var order = Shuffled(status.Count, seed);
            var shuffled = new StatusRecords(
                order.Select(i => status.PersonKeys.Span[i]).ToArray(),
                order.Select(i => status.Months.Span[i]).ToArray(),
                order.Select(i => status.Statuses.Span[i]).ToArray(),
                order.Select(i => status.Programmes.Span[i]).ToArray(),
                status.ProgrammeLevels,
                order.Select(i => status.ReceivesBenefit.Span[i]).ToArray());
            var jobs = scenario.Employment();
            var a = LegacyTransition.Compute(scenario.StockPanel(), status, jobs, options);
            var b = LegacyTransition.Compute(scenario.StockPanel(), shuffled, Permute(jobs, Shuffled(jobs.Count, seed + 1)), options);
            return a.ExitCount == b.ExitCount
                && a.CensoredExits == b.CensoredExits
                && Exits(a).SequenceEqual(Exits(b))
                && a.Exits.Numeric("age").Values.Span.SequenceEqual(b.Exits.Numeric("age").Values.Span);
        }).QuickCheckThrowOnFailure();
    }

    private static LegacyScenario RandomScenario(int seed)
    {
        var random = new Random(seed);
        var scenario = new LegacyScenario();
        var statuses = new[] { JS, RWC, RegisterStatus.Disability };
        for (var person = 1; person <= 6; person++)
        {
            var month = M("2023-06").AddMonths(random.Next(0, 6));
            while (month <= M("2024-12"))
            {
                var length = random.Next(1, 4);
                var end = month.AddMonths(length - 1);
                scenario.Registered(
                    person, month.ToString(), (end > M("2024-12") ? M("2024-12") : end).ToString(), statuses[random.Next(0, 3)],
                    programme: random.Next(-1, 2), benefit: random.Next(0, 2) == 1, age: random.Next(17, 70), office: random.Next(0, 2) == 0 ? "A" : "B");
                if (random.NextDouble() < 0.5)
                {
                    scenario.Job(person, end.AddMonths(random.Next(1, 8)).ToString(), random.Next(0, 3) * 10);
                }

                month = end.AddMonths(1 + random.Next(0, 3));
            }
        }

        return scenario;
    }

    private sealed class RowComparer : IEqualityComparer<TransitionShareRow>
    {
        public bool Equals(TransitionShareRow? x, TransitionShareRow? y)
            => x is not null && y is not null && x.Levels.SequenceEqual(y.Levels) && x.Exits == y.Exits && x.Employed == y.Employed && x.Share == y.Share;

        public int GetHashCode(TransitionShareRow obj) => obj.Exits;
    }
}

public partial class LegacyTransitionTests
{
    [Fact]
    public void Results_are_identical_with_one_thread_and_with_many()
    {
        // 80 000 persons make two blocks of persons.
        var scenario = new LegacyScenario();
        var random = new Random(5);
        for (var person = 0; person < 80_000; person++)
        {
            var start = M("2023-01").AddMonths(random.Next(0, 12));
            scenario.Registered(person, start.ToString(), start.AddMonths(random.Next(0, 4)).ToString(), random.Next(0, 2) == 0 ? JS : RWC, office: random.Next(0, 2) == 0 ? "A" : "B");
            scenario.Job(person, start.AddMonths(random.Next(0, 12)).ToString(), random.Next(0, 3) * 10);
        }

        var options = new LegacyTransitionOptions(M("2024-12"), "age");
        var stock = scenario.StockPanel();
        var status = scenario.StatusRecords();
        var jobs = scenario.Employment();
        var parallel = LegacyTransition.Compute(stock, status, jobs, options, maxDegreeOfParallelism: 4);
        var single = LegacyTransition.Compute(stock, status, jobs, options, maxDegreeOfParallelism: 1);
        Assert.Equal(Exits(parallel), Exits(single));
        Assert.Equal(parallel.CensoredExits, single.CensoredExits);
        Assert.True(parallel.ExitCount > 10_000);
    }
}
