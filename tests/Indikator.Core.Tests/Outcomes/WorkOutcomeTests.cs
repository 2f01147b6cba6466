using Indikator.Core.Outcomes;

namespace Indikator.Core.Tests.Outcomes;

public class WorkOutcomeTests
{
    [Fact]
    public void Nav_outcomes_are_atid3_jobb3_atid12_jobb12()
    {
        Assert.Equal(["atid3", "jobb3", "atid12", "jobb12"], WorkOutcome.Nav.Select(o => o.Name));
        Assert.Equal([3, 3, 12, 12], WorkOutcome.Nav.Select(o => o.Horizon));
        Assert.Equal(
            [WorkOutcomeKind.AverageWeeklyHours, WorkOutcomeKind.InWork, WorkOutcomeKind.AverageWeeklyHours, WorkOutcomeKind.InWork],
            WorkOutcome.Nav.Select(o => o.Kind));
    }

    [Fact]
    public void Default_names_follow_the_kind_horizon_and_multiple()
    {
        Assert.Equal("atid6", WorkOutcome.AverageHours(6).Name);
        Assert.Equal("jobb24", WorkOutcome.InWork(24).Name);
        Assert.Equal("atidandel3", WorkOutcome.ShareOfFullTime(3).Name);
        Assert.Equal("inntekt1.5G_m12", WorkOutcome.EarningsAboveGInMonth(12, 1.5).Name);
        Assert.Equal("inntekt2G_sum12", WorkOutcome.EarningsAboveGOverWindow(12, 2).Name);
        Assert.Equal("mine", WorkOutcome.InWork(3, "mine").Name);
        Assert.True(WorkOutcome.EarningsAboveGOverWindow(12, 2).NeedsEarnings);
        Assert.False(WorkOutcome.InWork(3).NeedsEarnings);
    }

    [Fact]
    public void Rejects_bad_horizons_multiples_and_names()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkOutcome.AverageHours(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkOutcome.InWork(WorkOutcome.MaxHorizon + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkOutcome.EarningsAboveGInMonth(3, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkOutcome.EarningsAboveGInMonth(3, double.NaN));
        Assert.Throws<ArgumentException>(() => WorkOutcome.InWork(3, " "));
    }
}
