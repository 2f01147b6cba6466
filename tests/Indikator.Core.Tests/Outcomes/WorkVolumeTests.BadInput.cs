using System.Globalization;
using Indikator.Core.Data;
using Indikator.Core.Outcomes;
using static Indikator.Core.Tests.Outcomes.OutcomeData;

namespace Indikator.Core.Tests.Outcomes;

public partial class WorkVolumeTests
{
    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Bad_hours_name_the_column_and_row_but_not_the_person(double hours)
    {
        var stock = Stock((SecretKey, "2024-01"));
        var jobs = Jobs((SecretKey, "2024-02", 10.0), (SecretKey, "2024-03", 10.0), (SecretKey, "2024-04", hours));
        var ex = Assert.Throws<InvalidRecordException>(() => WorkVolume.Compute(stock, jobs, Through2024));
        Assert.Equal("weekly hours", ex.ColumnName);
        Assert.Equal(2, ex.Row);
        Assert.Contains("Column 'weekly hours', row 2", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretKey.ToString(CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_bad_row_is_reported_even_across_parallel_blocks()
    {
        var n = 200_000;
        var keys = Enumerable.Repeat(SecretKey, n).ToArray();
        var months = Enumerable.Repeat(M("2024-02"), n).ToArray();
        var hours = Enumerable.Repeat(1.0, n).ToArray();
        hours[150_000] = -1;
        hours[70_000] = double.NaN;
        var ex = Assert.Throws<InvalidRecordException>(() => WorkVolume.Compute(Stock((SecretKey, "2024-01")), new EmploymentRecords(keys, months, hours), Through2024));
        Assert.Equal(70_000, ex.Row);
    }

    [Fact]
    public void Bad_earnings_are_an_error_only_when_an_earnings_outcome_needs_them()
    {
        var stock = Stock((SecretKey, "2024-01"));
        var jobs = Jobs((SecretKey, "2024-02", 10.0, 5000.0), (SecretKey, "2024-03", 10.0, double.NaN));
        Assert.Equal(20.0 / 3, WorkVolume.Compute(stock, jobs, Through2024).Values("atid3").Span[0], 12);

        var options = Through2024 with { Outcomes = [WorkOutcome.EarningsAboveGOverWindow(3, 1)] };
        var ex = Assert.Throws<InvalidRecordException>(() => WorkVolume.Compute(stock, jobs, options));
        Assert.Equal("earnings", ex.ColumnName);
        Assert.Equal(1, ex.Row);
        Assert.DoesNotContain(SecretKey.ToString(CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Earnings_outcomes_need_an_earnings_column_and_a_G_for_every_month()
    {
        var options = Through2024 with { Outcomes = [WorkOutcome.EarningsAboveGInMonth(3, 1)] };
        var noEarnings = Assert.Throws<ArgumentException>(() => WorkVolume.Compute(Stock((1L, "2024-01")), Jobs((1L, "2024-02", 10.0)), options));
        Assert.Contains("no earnings column", noEarnings.Message, StringComparison.Ordinal);

        var tooEarly = Assert.Throws<ArgumentException>(() => WorkVolume.Compute(Stock((1L, "1999-01")), Jobs((1L, "1999-02", 10.0, 1.0)), options));
        Assert.Contains("G table starts in 2000-05", tooEarly.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_options_are_rejected()
    {
        var stock = Stock((1L, "2024-01"));
        var jobs = Jobs((1L, "2024-02", 10.0));
        Assert.Throws<ArgumentException>(() => WorkVolume.Compute(stock, jobs, Through2024 with { Outcomes = [WorkOutcome.InWork(3), WorkOutcome.AverageHours(3, "jobb3")] }));
        Assert.Throws<ArgumentException>(() => WorkVolume.Compute(stock, jobs, Through2024 with { Outcomes = [] }));
        Assert.Throws<ArgumentException>(() => WorkVolume.Compute(stock, jobs, Through2024 with { InWorkHoursThreshold = -1 }));
        Assert.Throws<ArgumentException>(() => WorkVolume.Compute(stock, jobs, Through2024 with { FullTimeHours = 0 }));
        Assert.Throws<ArgumentException>(() => WorkVolume.Compute(stock, jobs, Through2024 with { MonthlyHoursCap = 0 }));
        Assert.Throws<ArgumentNullException>(() => WorkVolume.Compute(stock, null!, Through2024));
    }
}
