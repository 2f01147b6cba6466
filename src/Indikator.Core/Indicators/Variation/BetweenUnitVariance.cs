namespace Indikator.Core.Indicators.Variation;

/// <summary>The between-unit variance of one outcome version (raw or risk-adjusted) with the sampling noise removed, and its shares.</summary>
/// <param name="TauSquared">tau^2: the variance of the units' true means, estimated from the unit means and their person-clustered standard errors by the random-effects estimator of the decomposition.</param>
/// <param name="TauSquaredLower">Lower limit of the Q-profile interval for tau^2 (Viechtbauer 2007).</param>
/// <param name="TauSquaredUpper">Upper limit of the Q-profile interval for tau^2.</param>
/// <param name="Mean">The random-effects mean of the unit means, sum w_u c_u / sum w_u with w_u = 1 / (tau^2 + s_u^2).</param>
/// <param name="ObservedVariance">The variance of the unit means as observed (unweighted, divisor k - 1): signal plus noise.</param>
/// <param name="MeanNoiseVariance">The mean squared standard error of the unit means, mean s_u^2: the noise.</param>
/// <param name="TotalVariance">The variance of the person-month values (divisor N - 1) over the rows of the fit.</param>
/// <remarks>This record is immutable and thread safe.</remarks>
public sealed record BetweenUnitVariance(
    double TauSquared,
    double TauSquaredLower,
    double TauSquaredUpper,
    double Mean,
    double ObservedVariance,
    double MeanNoiseVariance,
    double TotalVariance)
{
    /// <summary>Gets the intraclass correlation: the share of the person-month variance that lies between units, tau^2 / total variance.</summary>
    public double Share => TauSquared / TotalVariance;

    /// <summary>Gets the lower limit of <see cref="Share"/> (from <see cref="TauSquaredLower"/>; the total variance, from all person-months, is taken as known).</summary>
    public double ShareLower => TauSquaredLower / TotalVariance;

    /// <summary>Gets the upper limit of <see cref="Share"/>.</summary>
    public double ShareUpper => TauSquaredUpper / TotalVariance;

    /// <summary>Gets the share of the spread of the unit means that is signal, not noise: tau^2 / (tau^2 + mean s_u^2), the reliability of a unit of typical precision.</summary>
    public double SignalShare => TauSquared + MeanNoiseVariance > 0 ? TauSquared / (TauSquared + MeanNoiseVariance) : double.NaN;
}
