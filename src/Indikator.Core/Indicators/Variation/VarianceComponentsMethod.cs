namespace Indikator.Core.Indicators.Variation;

/// <summary>How <see cref="OneWayRandomEffects"/> estimates the between-group and within-group variances.</summary>
public enum VarianceComponentsMethod
{
    /// <summary>Restricted maximum likelihood (REML), as <c>lme4::lmer(REML = TRUE)</c>: the profiled REML criterion is minimised over the variance ratio.</summary>
    RestrictedMaximumLikelihood,

    /// <summary>Maximum likelihood, as <c>lme4::lmer(REML = FALSE)</c>: the profiled deviance is minimised over the variance ratio.</summary>
    MaximumLikelihood,

    /// <summary>The one-way ANOVA method of moments: sigma_e^2 = MSW, sigma_b^2 = (MSB - MSW) / n0, not truncated at zero.</summary>
    AnovaMoments,
}
