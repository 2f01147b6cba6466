using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Tests.RiskAdjustment;

/// <summary>The one home of the small-sample factors that the coefficient covariance, the fixed-effect errors and the
/// indicators' clustered means all use (fixest's <c>ssc()</c> definitions, see <see cref="SmallSampleCorrection"/>).</summary>
public class SmallSampleFactorTests
{
    [Fact]
    public void Factors_follow_fixest_definitions_and_switch_off()
    {
        var c = SmallSampleCorrection.Default;
        Assert.Equal(99.0 / 90, c.ResidualFactor(100, 10));
        Assert.Equal(100.0 / 90, c.RobustFactor(RobustType.HC1, 100, 10));
        Assert.Equal(1.0, c.RobustFactor(RobustType.HC0, 100, 10));
        Assert.Equal(5.0 / 4, c.ClusterFactor(5));
        Assert.Equal(1.0, c.ClusterFactor(1));

        var none = SmallSampleCorrection.NoAdjustment;
        Assert.Equal(1.0, none.ResidualFactor(100, 10));
        Assert.Equal(1.0, none.RobustFactor(RobustType.HC1, 100, 10));
        Assert.Equal(1.0, none.ClusterFactor(5));
    }

    [Fact]
    public void Two_way_factors_use_the_smaller_G_by_default_and_each_term_s_own_G_when_conventional()
    {
        Assert.Equal((5.0 / 4, 5.0 / 4, 5.0 / 4), SmallSampleCorrection.Default.TwoWayClusterFactors(5, 8, 30));
        var conventional = SmallSampleCorrection.Default with { MultiwayCluster = MultiwayClusterAdjustment.Conventional };
        Assert.Equal((5.0 / 4, 8.0 / 7, 30.0 / 29), conventional.TwoWayClusterFactors(5, 8, 30));
    }
}
