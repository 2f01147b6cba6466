using Indikator.Core.Indicators.Work;

namespace Indikator.Core.Tests.Indicators.Work;

public sealed partial class FunnelLimitsTests
{
    [Fact]
    public void Phi_is_the_mean_squared_winsorised_z_score()
    {
        // z = 1, -1, 2, -2, ..., the 10 percent tails are set to the 10th and 90th percentiles.
        double[] c = [1, -1, 2, -2, 1, -1, 2, -2, 1, -1, 10];
        var se = Enumerable.Repeat(1.0, c.Length).ToArray();
        var fit = FunnelLimits.Fit(c, se, FunnelOverdispersion.Multiplicative);
        var sorted = c.Order().ToArray();
        var low = sorted[1];
        var high = sorted[9];
        var expected = c.Select(z => Math.Clamp(z, low, high)).Average(z => z * z);
        Assert.Equal(expected, fit.Phi, 12);
        Assert.Equal(1.959963984540054 * Math.Sqrt(expected) * 0.5, fit.HalfWidth(0.5, FunnelFit.Z95), 12);
    }

    [Fact]
    public void Additive_limits_add_tau_squared_and_no_adjustment_uses_the_standard_error_only()
    {
        double[] c = [0.5, -0.4, 0.3, -0.6, 0.2, -0.1, 0.45, -0.35, 0.05, -0.25];
        double[] se = [0.1, 0.1, 0.2, 0.2, 0.1, 0.1, 0.2, 0.2, 0.1, 0.1];
        var additive = FunnelLimits.Fit(c, se, FunnelOverdispersion.Additive);
        Assert.True(additive.TauSquared > 0);
        Assert.Equal(3.090232306167813 * Math.Sqrt(0.01 + additive.TauSquared), additive.HalfWidth(0.1, FunnelFit.Z998), 12);
        var none = FunnelLimits.Fit(c, se, FunnelOverdispersion.None);
        // Both adjustments are estimated whatever the choice; only the limits differ.
        Assert.Equal(additive.TauSquared, none.TauSquared);
        Assert.Equal(additive.Phi, none.Phi);
        Assert.Equal(1.959963984540054 * 0.1, none.HalfWidth(0.1, FunnelFit.Z95), 12);
    }

    [Fact]
    public void Multiplicative_limits_are_never_narrower_than_the_standard_ones()
    {
        double[] c = [0.01, -0.01, 0.02, -0.02];
        double[] se = [1, 1, 1, 1];
        var fit = FunnelLimits.Fit(c, se, FunnelOverdispersion.Multiplicative);
        Assert.True(fit.Phi < 1);
        Assert.Equal(FunnelFit.Z95 * 2, fit.HalfWidth(2, FunnelFit.Z95), 12);
    }
}
