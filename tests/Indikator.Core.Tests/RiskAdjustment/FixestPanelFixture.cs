using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Tests.RiskAdjustment;

/// <summary>The fits of shared/reference/fixest/panel_200k, made once for all reference tests.</summary>
public sealed class FixestPanelFixture
{
    public static readonly string[] Slopes = [.. Enumerable.Range(1, 10).Select(i => $"x{i}")];

    public FixestPanelFixture()
    {
        // feols(y ~ x1 + ... + x10 | office + period, data, cluster = ~office)
        FixedEffects = LinearModel.Fit(
            ReferenceData.Panel200k,
            new LinearModelSpec("y", Slopes) { FixedEffects = ["office", "period"] },
            new FitOptions { Covariance = CovarianceSpec.Cluster("office") });

        // feols(y ~ x1 + ... + x10, data, cluster = ~office)
        NoFixedEffects = LinearModel.Fit(
            ReferenceData.Panel200k,
            new LinearModelSpec("y", Slopes),
            new FitOptions { Covariance = CovarianceSpec.Cluster("office") });
    }

    public LinearModelResult FixedEffects { get; }

    public LinearModelResult NoFixedEffects { get; }
}
