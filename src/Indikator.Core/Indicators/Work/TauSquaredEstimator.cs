namespace Indikator.Core.Indicators.Work;

/// <summary>How the between-unit variance tau^2 of the empirical-Bayes shrinkage is estimated.</summary>
public enum TauSquaredEstimator
{
    /// <summary>DerSimonian and Laird (1986) method of moments: tau^2 = max(0, (Q - (k - 1)) / (S1 - S2 / S1)).</summary>
    DerSimonianLaird,

    /// <summary>Restricted maximum likelihood, by Fisher scoring from the DerSimonian-Laird value.</summary>
    RestrictedMaximumLikelihood,
}
