using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Data;
using Indikator.Core.Outcomes;
using static Indikator.Core.Tests.Outcomes.OutcomeData;

namespace Indikator.Core.Tests.Outcomes;

public partial class WorkVolumeTests
{
    private static readonly WorkVolumeOptions RandomOptions = new(M("2024-06"))
    {
        Outcomes = [.. WorkOutcome.Nav, WorkOutcome.AverageHours(1), WorkOutcome.InWork(1), WorkOutcome.ShareOfFullTime(6)],
    };

    private static Arbitrary<int> Seeds => Gen.Choose(0, int.MaxValue - 1).ToArbitrary();

    private static bool SameValues(WorkVolumeResult a, WorkVolumeResult b)
        => a.Outcomes.All(o => a.Values(o.Name).Span.SequenceEqual(b.Values(o.Name).Span) && a.CensoredCount(o.Name) == b.CensoredCount(o.Name));

    [Fact]
    public void Matches_the_literal_dictionary_definition()
    {
        // Hours in steps of 0.5 make every sum exact, so the comparison is exact.
        Prop.ForAll(Seeds, seed =>
        {
            var (stock, jobs) = Random(seed, hourStep: 0.5);
            var last = RandomOptions.LastCompleteMonth;
            foreach (var cap in new double?[] { 37.5, null })
            {
                var result = WorkVolume.Compute(stock, jobs, RandomOptions with { MonthlyHoursCap = cap });
                foreach (var h in new[] { 1, 3, 12 })
                {
                    if (!result.Values($"atid{h}").Span.SequenceEqual(ReferenceWorkVolume.AverageHours(stock, jobs, h, last, cap))
                        || !result.Values($"jobb{h}").Span.SequenceEqual(ReferenceWorkVolume.InWork(stock, jobs, h, last, cap, 19)))
                    {
                        return false;
                    }
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Atid1_equals_the_total_hours_of_the_next_month()
    {
        Prop.ForAll(Seeds, seed =>
        {
            var (stock, jobs) = Random(seed, hourStep: 0.25);
            var result = WorkVolume.Compute(stock, jobs, RandomOptions with { MonthlyHoursCap = null });
            var atid1 = result.Values("atid1").Span;
            var keys = stock.PersonKeys.Span;
            var periods = stock.Periods.Span;
            for (var row = 0; row < stock.RowCount; row++)
            {
                var next = periods[row].AddMonths(1);
                var total = 0.0;
                for (var r = 0; r < jobs.Count; r++)
                {
                    if (jobs.PersonKeys.Span[r] == keys[row] && jobs.Months.Span[r] == next)
                    {
                        total += jobs.WeeklyHours.Span[r];
                    }
                }

                var expected = next > RandomOptions.LastCompleteMonth ? double.NaN : total;
                if (!expected.Equals(atid1[row]))
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Jobb_falls_weakly_as_the_hours_threshold_rises()
    {
        Prop.ForAll(Seeds, Gen.Choose(0, 40).ToArbitrary(), Gen.Choose(0, 20).ToArbitrary(), (seed, low, step) =>
        {
            var (stock, jobs) = Random(seed, hourStep: 0);
            var lower = WorkVolume.Compute(stock, jobs, RandomOptions with { InWorkHoursThreshold = low }).Values("jobb3").Span;
            var higher = WorkVolume.Compute(stock, jobs, RandomOptions with { InWorkHoursThreshold = low + step + 0.5 }).Values("jobb3").Span;
            for (var row = 0; row < lower.Length; row++)
            {
                if (!(higher[row] <= lower[row]) && !(double.IsNaN(higher[row]) && double.IsNaN(lower[row])))
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Shuffling_the_records_does_not_change_any_value()
    {
        // Arbitrary fractional hours: the sums are not exact, so this checks that the summation order is fixed.
        Prop.ForAll(Seeds, seed =>
        {
            var (stock, jobs) = Random(seed, hourStep: 0);
            var shuffled = Permute(jobs, Shuffled(jobs.Count, seed));
            var options = RandomOptions with { Outcomes = [.. RandomOptions.Outcomes, WorkOutcome.EarningsAboveGOverWindow(3, 1)] };
            var a = WorkVolume.Compute(stock, jobs, options);
            var b = WorkVolume.Compute(stock, shuffled, options);
            return SameValues(a, b) && a.Records == b.Records;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_persons_outcomes_do_not_depend_on_other_persons_records()
    {
        Prop.ForAll(Seeds, seed =>
        {
            var (stock, jobs) = Random(seed, hourStep: 0);

            // Replace every record of the other persons with fresh random ones; person 1000's rows must not move.
            var keys = jobs.PersonKeys.ToArray();
            var hours = jobs.WeeklyHours.ToArray();
            var random = new Random(seed ^ 0x5bd1e995);
            for (var r = 0; r < keys.Length; r++)
            {
                if (keys[r] != 1000)
                {
                    hours[r] = random.NextDouble() * 60;
                }
            }

            var changed = new EmploymentRecords(keys, jobs.Months.ToArray(), hours, jobs.Earnings.ToArray());
            var a = WorkVolume.Compute(stock, jobs, RandomOptions);
            var b = WorkVolume.Compute(stock, changed, RandomOptions);
            var stockKeys = stock.PersonKeys.Span;
            foreach (var outcome in RandomOptions.Outcomes)
            {
                var va = a.Values(outcome.Name).Span;
                var vb = b.Values(outcome.Name).Span;
                for (var row = 0; row < stock.RowCount; row++)
                {
                    if (stockKeys[row] == 1000 && !va[row].Equals(vb[row]))
                    {
                        return false;
                    }
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Values_lie_in_their_ranges_with_the_default_cap()
    {
        Prop.ForAll(Seeds, seed =>
        {
            var (stock, jobs) = Random(seed, hourStep: 0);
            var result = WorkVolume.Compute(stock, jobs, RandomOptions);
            static bool All(ReadOnlySpan<double> values, Func<double, bool> ok)
            {
                foreach (var v in values)
                {
                    if (!double.IsNaN(v) && !ok(v))
                    {
                        return false;
                    }
                }

                return true;
            }

            return All(result.Values("atid12").Span, v => v is >= 0 and <= 37.5)
                && All(result.Values("jobb3").Span, v => v is 0 or 1)
                && All(result.Values("atidandel6").Span, v => v is >= 0 and <= 1)
                && result.Records.Used + result.Records.OfPersonsNotInStock + result.Records.BeforeFirstNeededMonth + result.Records.AfterLastNeededMonth == jobs.Count;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Large_input_agrees_with_the_reference_across_parallel_blocks()
    {
        // 300 000 stock rows span several 65 536-row blocks; hours in steps of 0.5 keep sums exact.
        var random = new Random(20241);
        var rows = 300_000;
        var keys = new long[rows];
        var periods = new YearMonth[rows];
        for (var row = 0; row < rows; row++)
        {
            keys[row] = row / 12;
            periods[row] = M("2023-01").AddMonths(row % 12);
        }

        var stock = new PersonMonthPanelBuilder().WithPersonKeys(keys).WithPeriods(periods).Build();
        var jobKeys = new long[rows];
        var jobMonths = new YearMonth[rows];
        var hours = new double[rows];
        for (var r = 0; r < rows; r++)
        {
            jobKeys[r] = random.Next(0, (rows / 12) + 10);
            jobMonths[r] = M("2023-01").AddMonths(random.Next(0, 26));
            hours[r] = random.Next(0, 100) / 2.0;
        }

        var jobs = new EmploymentRecords(jobKeys, jobMonths, hours);
        var options = new WorkVolumeOptions(M("2024-06"));
        var result = WorkVolume.Compute(stock, jobs, options);
        Assert.Equal(ReferenceWorkVolume.AverageHours(stock, jobs, 12, options.LastCompleteMonth, 37.5), result.Values("atid12").ToArray());
        Assert.Equal(ReferenceWorkVolume.InWork(stock, jobs, 3, options.LastCompleteMonth, 37.5, 19), result.Values("jobb3").ToArray());
    }
}

public partial class WorkVolumeTests
{
    [Fact]
    public void Results_are_identical_with_one_thread_and_with_many()
    {
        // 200 000 rows make several blocks, so the parallel run really splits the work.
        var (stock, jobs) = Random(77, hourStep: 0, persons: 20_000, months: 20);
        var options = RandomOptions with { Outcomes = [.. RandomOptions.Outcomes, WorkOutcome.EarningsAboveGOverWindow(12, 2)] };
        var parallel = WorkVolume.Compute(stock, jobs, options, maxDegreeOfParallelism: 4);
        var single = WorkVolume.Compute(stock, jobs, options, maxDegreeOfParallelism: 1);
        Assert.True(SameValues(parallel, single));
        Assert.Equal(parallel.Records, single.Records);
    }
}
