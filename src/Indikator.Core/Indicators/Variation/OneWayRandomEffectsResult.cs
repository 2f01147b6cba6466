namespace Indikator.Core.Indicators.Variation;

/// <summary>
/// The fitted one-way random-effects model y_ij = mu + b_i + e_ij, b_i ~ N(0, sigma_b^2), e_ij ~ N(0, sigma_e^2) of
/// <see cref="OneWayRandomEffects.Fit"/>: the variance components, the intraclass correlation with its interval, the GLS
/// intercept and, per group, the conditional mode (BLUP) and conditional variance of b_i.
/// </summary>
/// <remarks>
/// <para>Per-group lists are indexed by the group code 0..G-1 of the input.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed class OneWayRandomEffectsResult
{
    internal OneWayRandomEffectsResult(
        VarianceComponentsMethod method,
        double confidenceLevel,
        int rows,
        double between,
        double within,
        double lambda,
        double criterion,
        (double Lower, double Upper) icc,
        double intercept,
        double interceptSe,
        (double Msb, double Msw, double N0) anova,
        double[] sizes,
        double[] modes,
        double[] variances)
    {
        Method = method;
        ConfidenceLevel = confidenceLevel;
        RowCount = rows;
        BetweenVariance = between;
        WithinVariance = within;
        VarianceRatio = lambda;
        Criterion = criterion;
        IccLower = icc.Lower;
        IccUpper = icc.Upper;
        Intercept = intercept;
        InterceptStandardError = interceptSe;
        MeanSquareBetween = anova.Msb;
        MeanSquareWithin = anova.Msw;
        EffectiveGroupSize = anova.N0;
        GroupSizes = Array.AsReadOnly(Array.ConvertAll(sizes, s => (int)s));
        ConditionalModes = Array.AsReadOnly(modes);
        ConditionalVariances = Array.AsReadOnly(variances);
    }

    /// <summary>Gets the estimation method.</summary>
    public VarianceComponentsMethod Method { get; }

    /// <summary>Gets the level of the interval for the intraclass correlation.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Gets the number of rows N.</summary>
    public int RowCount { get; }

    /// <summary>Gets the number of groups a.</summary>
    public int GroupCount => GroupSizes.Count;

    /// <summary>Gets the between-group variance sigma_b^2.</summary>
    /// <remarks>REML and ML: l sigma_e^2 at the optimal ratio l (never negative). ANOVA: (MSB - MSW) / n0, which is negative
    /// when the groups differ less than chance would make them; it is not truncated, as in the classical estimator
    /// (Searle, Casella and McCulloch 1992, section 3.5).</remarks>
    public double BetweenVariance { get; }

    /// <summary>Gets the within-group (residual) variance sigma_e^2: Q(l) / (N - 1) (REML), Q(l) / N (ML) or MSW (ANOVA).</summary>
    public double WithinVariance { get; }

    /// <summary>Gets the variance ratio l = sigma_b^2 / sigma_e^2 (for ANOVA the moment ratio, possibly negative).</summary>
    public double VarianceRatio { get; }

    /// <summary>Gets the intraclass correlation sigma_b^2 / (sigma_b^2 + sigma_e^2).</summary>
    public double Icc => BetweenVariance / (BetweenVariance + WithinVariance);

    /// <summary>Gets the lower limit of the interval for the intraclass correlation.</summary>
    /// <remarks>REML and ML: the profile-likelihood interval, the ratios l whose criterion is within the chi-square(1)
    /// quantile of the minimum, mapped by l / (1 + l). ANOVA: the F interval of Searle (1971), exact for balanced
    /// designs, with n0 in place of n otherwise (approximate); not truncated at zero.</remarks>
    public double IccLower { get; }

    /// <summary>Gets the upper limit of the interval for the intraclass correlation (see <see cref="IccLower"/>).</summary>
    public double IccUpper { get; }

    /// <summary>Gets the REML criterion or the ML deviance (-2 log-likelihood) at the estimate, as lme4's <c>REMLcrit</c> and <c>deviance</c>; NaN for ANOVA.</summary>
    public double Criterion { get; }

    /// <summary>Gets the intercept mu, the GLS mean sum w_i ybar_i / sum w_i with w_i = n_i / (1 + n_i l).</summary>
    /// <remarks>For ANOVA the ratio is truncated at zero for this and the conditional modes.</remarks>
    public double Intercept { get; }

    /// <summary>Gets the standard error of the intercept, sqrt(sigma_e^2 / sum w_i).</summary>
    public double InterceptStandardError { get; }

    /// <summary>Gets the mean square between groups, MSB = sum n_i (ybar_i - ybar)^2 / (a - 1).</summary>
    public double MeanSquareBetween { get; }

    /// <summary>Gets the mean square within groups, MSW = SSW / (N - a).</summary>
    public double MeanSquareWithin { get; }

    /// <summary>Gets n0 = (N - sum n_i^2 / N) / (a - 1), the group size of the ANOVA estimator (n in a balanced design).</summary>
    public double EffectiveGroupSize { get; }

    /// <summary>Gets the number of rows n_i of each group.</summary>
    public IReadOnlyList<int> GroupSizes { get; }

    /// <summary>Gets the conditional mode (BLUP) of each group's effect, n_i l / (1 + n_i l) (ybar_i - mu), as lme4's <c>ranef</c>.</summary>
    public IReadOnlyList<double> ConditionalModes { get; }

    /// <summary>Gets the conditional variance of each group's effect, sigma_e^2 l / (1 + n_i l), as lme4's <c>postVar</c>.</summary>
    public IReadOnlyList<double> ConditionalVariances { get; }
}
