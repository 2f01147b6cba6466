using Indikator.Core.Data;
using Indikator.Core.Outcomes;
using static Indikator.Core.Tests.Outcomes.OutcomeData;

namespace Indikator.Core.Tests.Outcomes;

public partial class WorkVolumeTests
{
    private static readonly WorkVolumeOptions Through2024 = new(M("2024-12"));

    private static double Value(WorkVolumeResult result, string name, int row) => result.Values(name).Span[row];

    [Fact]
    public void Atid3_averages_the_summed_and_capped_hours_of_the_next_three_months()
    {
        // t = 2024-01. Feb: two jobs 20 + 10 = 30. Mar: 40, capped at 37.5. Apr: no records = 0.
        // atid3 = (30 + 37.5 + 0) / 3 = 22.5; without the cap (30 + 40 + 0) / 3 = 23.333...
        var stock = Stock((1L, "2024-01"));
        var jobs = Jobs((1L, "2024-02", 20.0), (1L, "2024-02", 10.0), (1L, "2024-03", 40.0));

        var capped = WorkVolume.Compute(stock, jobs, Through2024);
        Assert.Equal(22.5, Value(capped, "atid3", 0));
        Assert.Equal(0.0, Value(capped, "jobb3", 0));

        var uncapped = WorkVolume.Compute(stock, jobs, Through2024 with { MonthlyHoursCap = null });
        Assert.Equal(70.0 / 3, Value(uncapped, "atid3", 0), 12);
    }

    [Fact]
    public void The_cap_applies_to_the_month_total_after_adding_jobs_not_to_each_job()
    {
        // Two jobs of 20 hours: each is below the cap of 30, the month total 40 is capped to 30.
        var stock = Stock((1L, "2024-01"));
        var jobs = Jobs((1L, "2024-02", 20.0), (1L, "2024-02", 20.0));
        var options = Through2024 with { MonthlyHoursCap = 30, Outcomes = [WorkOutcome.AverageHours(1)] };
        Assert.Equal(30.0, Value(WorkVolume.Compute(stock, jobs, options), "atid1", 0));
    }

    [Fact]
    public void Identical_records_in_a_month_are_separate_jobs_and_add_up()
    {
        var stock = Stock((1L, "2024-01"));
        var jobs = Jobs((1L, "2024-02", 10.0), (1L, "2024-02", 10.0));
        var options = Through2024 with { Outcomes = [WorkOutcome.AverageHours(1), WorkOutcome.InWork(1)] };
        var result = WorkVolume.Compute(stock, jobs, options);
        Assert.Equal(20.0, Value(result, "atid1", 0));
        Assert.Equal(1.0, Value(result, "jobb1", 0));
    }

    [Theory]
    [InlineData(19.0, 0.0)]
    [InlineData(19.5, 1.0)]
    [InlineData(0.0, 0.0)]
    [InlineData(37.5, 1.0)]
    public void Jobb3_needs_strictly_more_than_19_hours_in_month_t_plus_3(double hours, double expected)
    {
        // Hours in t+1 and t+2 do not matter for jobb3, only month t+3 (2024-04).
        var stock = Stock((1L, "2024-01"));
        var jobs = Jobs((1L, "2024-02", 37.5), (1L, "2024-03", 37.5), (1L, "2024-04", hours));
        Assert.Equal(expected, Value(WorkVolume.Compute(stock, jobs, Through2024), "jobb3", 0));
    }

    [Fact]
    public void The_in_work_threshold_is_a_parameter()
    {
        var stock = Stock((1L, "2024-01"));
        var jobs = Jobs((1L, "2024-04", 15.0));
        Assert.Equal(0.0, Value(WorkVolume.Compute(stock, jobs, Through2024), "jobb3", 0));
        Assert.Equal(1.0, Value(WorkVolume.Compute(stock, jobs, Through2024 with { InWorkHoursThreshold = 14.9 }), "jobb3", 0));
    }

    [Fact]
    public void Outcomes_needing_months_after_the_last_complete_month_are_NaN_and_counted()
    {
        // Last complete month 2024-12. Row 0 (t = 2024-09): t+3 = 2024-12 is observed, t+12 is not.
        // Row 1 (t = 2024-10): t+3 = 2025-01 is not observed. Row 2 (t = 2023-12): everything observed.
        var stock = Stock((1L, "2024-09"), (1L, "2024-10"), (2L, "2023-12"));
        var jobs = Jobs((1L, "2024-12", 30.0), (1L, "2025-01", 30.0), (2L, "2024-12", 25.0));
        var result = WorkVolume.Compute(stock, jobs, Through2024);

        Assert.Equal(10.0, Value(result, "atid3", 0));
        Assert.Equal(1.0, Value(result, "jobb3", 0));
        Assert.True(double.IsNaN(Value(result, "atid12", 0)));
        Assert.True(double.IsNaN(Value(result, "atid3", 1)));
        Assert.True(double.IsNaN(Value(result, "jobb3", 1)));
        Assert.Equal(25.0 / 12, Value(result, "atid12", 2), 12);
        Assert.Equal(1.0, Value(result, "jobb12", 2));
        Assert.Equal(1, result.CensoredCount("atid3"));
        Assert.Equal(1, result.CensoredCount("jobb3"));
        Assert.Equal(2, result.CensoredCount("atid12"));
        Assert.Equal(2, result.CensoredCount("jobb12"));

        // The 2025-01 record lies after the last complete month and is not used, but it is counted.
        Assert.Equal(1, result.Records.AfterLastNeededMonth);
    }

    [Fact]
    public void Records_not_needed_are_ignored_and_each_counted_once()
    {
        // Stock months 2024-01..2024-02, horizons up to 12: needed months 2024-02..2024-12 (last complete 2024-12).
        var stock = Stock((1L, "2024-01"), (1L, "2024-02"));
        var jobs = Jobs(
            (1L, "2023-06", 30.0), // before
            (1L, "2024-01", 30.0), // before: month t itself is not part of any outcome
            (2L, "2024-03", 30.0), // person not in stock
            (1L, "2024-03", 30.0), // used
            (1L, "2025-02", 30.0)); // after
        var result = WorkVolume.Compute(stock, jobs, Through2024);
        Assert.Equal(new WorkVolumeRecordCounts(Used: 1, OfPersonsNotInStock: 1, BeforeFirstNeededMonth: 2, AfterLastNeededMonth: 1), result.Records);
        Assert.Equal(10.0, Value(result, "atid3", 0));
        Assert.Equal(10.0, Value(result, "atid3", 1));
    }

    [Fact]
    public void Share_of_full_time_divides_the_average_by_full_time_hours()
    {
        var stock = Stock((1L, "2024-01"));
        var jobs = Jobs((1L, "2024-02", 37.5), (1L, "2024-03", 18.75), (1L, "2024-03", 60.0));
        var options = Through2024 with { Outcomes = [WorkOutcome.ShareOfFullTime(3)] };

        // (37.5 + min(78.75, 37.5) + 0) / 3 / 37.5 = 2/3.
        Assert.Equal(2.0 / 3, Value(WorkVolume.Compute(stock, jobs, options), "atidandel3", 0), 12);

        // Full time of 40 hours without a cap: (37.5 + 78.75) / 3 / 40.
        var other = options with { FullTimeHours = 40, MonthlyHoursCap = null };
        Assert.Equal(116.25 / 3 / 40, Value(WorkVolume.Compute(stock, jobs, other), "atidandel3", 0), 12);
    }

    [Fact]
    public void Earnings_in_month_t_plus_H_are_compared_with_the_G_in_force_that_month()
    {
        // Monthly 1G: April 2024 = 118 620 / 12 = 9 885; May 2024 = 124 028 / 12 = 10 335.67.
        // 10 000 NOK is above 1G in April 2024 and below it in May 2024.
        var stock = Stock((1L, "2024-01"), (1L, "2024-02"));
        var jobs = Jobs((1L, "2024-04", 20.0, 10000.0), (1L, "2024-05", 20.0, 10000.0));
        var options = Through2024 with { Outcomes = [WorkOutcome.EarningsAboveGInMonth(3, 1)] };
        var result = WorkVolume.Compute(stock, jobs, options);
        Assert.Equal(1.0, Value(result, "inntekt1G_m3", 0));
        Assert.Equal(0.0, Value(result, "inntekt1G_m3", 1));
    }

    [Theory]
    [InlineData(10000.0, 0.0)]
    [InlineData(10200.0, 1.0)]
    public void Earnings_over_the_window_are_compared_with_the_summed_monthly_G(double monthly, double expected)
    {
        // t = 2024-03, H = 2: April + May 2024. Summed monthly G = 9 885 + 10 335.67 = 20 220.67.
        // Two jobs in April (half each) add up.
        var stock = Stock((1L, "2024-03"));
        var jobs = Jobs((1L, "2024-04", 10.0, monthly / 2), (1L, "2024-04", 10.0, monthly / 2), (1L, "2024-05", 20.0, monthly));
        var options = Through2024 with { Outcomes = [WorkOutcome.EarningsAboveGOverWindow(2, 1)] };
        Assert.Equal(expected, Value(WorkVolume.Compute(stock, jobs, options), "inntekt1G_sum2", 0));
    }

    [Fact]
    public void A_user_G_table_is_used_for_earnings()
    {
        var stock = Stock((1L, "2026-01"));
        var jobs = Jobs((1L, "2026-06", 20.0, 11000.0));
        var options = new WorkVolumeOptions(M("2026-12")) { Outcomes = [WorkOutcome.EarningsAboveGInMonth(5, 1)] };

        // With the official table 130 160 / 12 = 10 846.67 is still in force in June 2026.
        Assert.Equal(1.0, Value(WorkVolume.Compute(stock, jobs, options), "inntekt1G_m5", 0));
        var withG2026 = options with { Grunnbelop = GrunnbelopTable.Official.WithAmount(2026, 135000) };
        Assert.Equal(0.0, Value(WorkVolume.Compute(stock, jobs, withG2026), "inntekt1G_m5", 0));
    }

    [Fact]
    public void Any_horizon_can_be_requested()
    {
        var stock = Stock((1L, "2024-01"));
        var jobs = Jobs((1L, "2024-06", 25.0), (1L, "2024-07", 25.0));
        var options = Through2024 with { Outcomes = [WorkOutcome.AverageHours(6), WorkOutcome.InWork(5), WorkOutcome.InWork(7)] };
        var result = WorkVolume.Compute(stock, jobs, options);
        // Feb..Jul 2024: June and July have 25 hours each.
        Assert.Equal(50.0 / 6, Value(result, "atid6", 0), 12);
        Assert.Equal(1.0, Value(result, "jobb5", 0));
        Assert.Equal(0.0, Value(result, "jobb7", 0));
    }

    [Fact]
    public void Results_are_added_as_columns_to_a_new_panel_and_a_table()
    {
        var stock = new PersonMonthPanelBuilder()
            .WithPersonKeys([1L, 2L])
            .WithPeriods([M("2024-01"), M("2024-01")])
            .WithWeights([1.0, 2.0])
            .AddNumeric("age", [30.0, 40.0])
            .AddCategorical("office", ["A", "B"])
            .Build();
        var jobs = Jobs((2L, "2024-02", 30.0));
        var result = WorkVolume.Compute(stock, jobs, Through2024);

        var panel = result.AddTo(stock);
        Assert.Equal(2, panel.RowCount);
        Assert.Equal(["age", "atid3", "jobb3", "atid12", "jobb12"], panel.NumericColumns.Select(c => c.Name));
        Assert.Equal("B", panel.Categorical("office").LabelAt(1));
        Assert.Equal(10.0, panel.Numeric("atid3")[1]);
        Assert.Equal(2.0, panel.Weights.Span[1]);

        var table = result.ToColumnTable();
        Assert.Equal(2, table.RowCount);
        Assert.Equal(0.0, table.Numeric("atid3")[0]);

        Assert.Throws<ArgumentException>(() => result.AddTo(Stock((1L, "2024-01"))));
        Assert.Throws<ArgumentException>(() => result.AddTo(panel));
        Assert.Throws<KeyNotFoundException>(() => result.Values("atid4"));
    }

    [Fact]
    public void An_empty_stock_gives_empty_outcomes()
    {
        var stock = new PersonMonthPanelBuilder().WithPersonKeys([]).WithPeriods([]).Build();
        var result = WorkVolume.Compute(stock, Jobs((1L, "2024-01", 10.0)), Through2024);
        Assert.Equal(0, result.RowCount);
        Assert.Equal(0, result.Values("atid3").Length);
        Assert.Equal(1, result.Records.OfPersonsNotInStock);
    }
}
