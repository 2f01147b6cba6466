using Indikator.Core.Indicators.Work;

namespace Indikator.Core.Indicators.Variation;

/// <summary>Options of <see cref="VarianceDecomposition.Compute"/>: outcome, level, variant, estimator and the sizes of the simulations.</summary>
/// <remarks>This record is immutable and thread safe.</remarks>
public sealed record VarianceDecompositionOptions
{
    /// <summary>Gets the outcome, or null for <c>jobb3</c> (NAV's headline, which the report shows) when the work result has it, else its first outcome.</summary>
    /// <value>The default value is null.</value>
    public string? Outcome { get; init; }

    /// <summary>Gets the name of the level whose units are compared; a single-column level of the work result.</summary>
    /// <value>The default value is <c>office</c>.</value>
    public string Level { get; init; } = "office";

    /// <summary>Gets the risk-adjusted outcome: the residual of the model without unit effects (<see cref="ContributionVariant.MeanResidual"/>,
    /// NAV's published approach) or the outcome minus the covariate and period parts of the model with unit fixed effects
    /// (<see cref="ContributionVariant.FixedEffect"/>, unbiased for the office effect when offices differ in their users).</summary>
    /// <value>The default value is <see cref="ContributionVariant.MeanResidual"/>.</value>
    public ContributionVariant Variant { get; init; } = ContributionVariant.MeanResidual;

    /// <summary>Gets the estimator of tau^2, or null to use the work result's <see cref="WorkIndicatorOptions.TauEstimator"/>.</summary>
    /// <value>The default value is null.</value>
    public TauSquaredEstimator? TauEstimator { get; init; }

    /// <summary>Gets the level of the intervals.</summary>
    /// <value>The default value is 0.95.</value>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Gets the number of draws from the shrinkage posterior for the rank uncertainty.</summary>
    /// <value>The default value is 2000; at least 100.</value>
    public int RankDraws { get; init; } = 2000;

    /// <summary>Gets the number of unit-resampling bootstrap replications for the interval of the explained share.</summary>
    /// <value>The default value is 999; at least 99.</value>
    public int BootstrapReplications { get; init; } = 999;

    /// <summary>Gets the seed of the simulations; the same seed gives the same result.</summary>
    /// <value>The default value is 20151.</value>
    public int Seed { get; init; } = 20151;
}
