using Indikator.Core.Indicators.Providers;

namespace Indikator.Core.Tests.Indicators.Providers;

public class ExitReasonsTests
{
    [Fact]
    public void Six_placement_reasons_and_three_active_solutions_are_disjoint()
    {
        Assert.Equal(6, ExitReasons.PlacementIntoWork.Count);
        Assert.Equal(3, ExitReasons.ActiveSolutions.Count);
        foreach (var reason in Enum.GetValues<ExitReason>())
        {
            Assert.Equal(ExitReasons.PlacementIntoWork.Contains(reason), ExitReasons.IsPlacementIntoWork(reason));
            Assert.Equal(ExitReasons.ActiveSolutions.Contains(reason), ExitReasons.IsActiveSolution(reason));
            Assert.False(ExitReasons.IsPlacementIntoWork(reason) && ExitReasons.IsActiveSolution(reason));
        }

        Assert.True(ExitReasons.IsPlacementIntoWork(ExitReason.OpenEndedWageSubsidy));
        Assert.True(ExitReasons.IsPlacementIntoWork(ExitReason.WorkWithDisabilityPensionAndBonusPay));
        Assert.True(ExitReasons.IsActiveSolution(ExitReason.NavApprovedMedicalTreatment));
        Assert.False(ExitReasons.IsPlacementIntoWork(ExitReason.Other));
        Assert.False(ExitReasons.IsActiveSolution(ExitReason.None));
    }
}
