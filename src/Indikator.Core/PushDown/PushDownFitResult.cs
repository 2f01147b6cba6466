using Indikator.Core.RiskAdjustment;
using MathNet.Numerics.Distributions;

namespace Indikator.Core.PushDown;

/// <summary>The immutable result of a linear model fitted inside a database: coefficients, covariance and inference, fit
/// statistics, fixed-effect values and the statements the database ran.</summary>
/// <remarks>
/// <para>The numbers are those of <see cref="LinearModel.Fit"/> on the same rows (same design, collinearity rule,
/// degrees of freedom and small-sample corrections), up to the order in which the database adds. There are no
/// residuals or fitted values: the rows never left the database. Fixed-effect values are normalised as
/// <see cref="FixedEffectNormalization.WeightedMeanZero"/>, since a database has no first row.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed class PushDownFitResult
{
    private readonly string[] _names;
    private readonly double[] _estimates;
    private readonly double[] _covariance;
    private readonly int[] _clusterCounts;
    private readonly FixedEffectEstimates[] _fixedEffects;
    private readonly DroppedCoefficient[] _dropped;
    private readonly string[] _statements;

    internal PushDownFitResult(PushDownFitFacts facts, CovarianceSpec covariance, double[] matrix, double degreesOfFreedom, int[] clusterCounts, int k)
    {
        _names = facts.Names;
        _estimates = facts.Estimates;
        _dropped = facts.Dropped;
        _fixedEffects = facts.FixedEffects;
        _statements = facts.Statements;
        ReferenceLevels = facts.ReferenceLevels;
        Sample = facts.Sample;
        FixedEffectParameterCount = facts.FixedEffectParameters;
        Ssr = facts.Ssr;
        TotalSumOfSquares = facts.Tss;
        WithinSquares = facts.WithinSquares;
        ConditionNumber = facts.Condition;
        Centred = facts.Centred;
        Covariance = covariance;
        _covariance = matrix;
        InferenceDegreesOfFreedom = degreesOfFreedom;
        _clusterCounts = clusterCounts;
        SmallSampleK = k;
    }

    /// <summary>Gets the covariance of the estimates (Rank x Rank, row-major); shared, not copied.</summary>
    internal double[] CovarianceMatrix => _covariance;

    /// <summary>Gets the covariance's small-sample factor, as <see cref="LinearModelResult"/> computes it.</summary>
    internal double SmallSampleFactor => CovarianceComputer.SmallSampleFactor(Covariance, ObservationCount, SmallSampleK, _clusterCounts);

    /// <summary>Gets the coefficient names, in order: the intercept, the numeric covariates, the indicators.</summary>
    public IReadOnlyList<string> CoefficientNames => _names;

    /// <summary>Gets the coefficient estimates, in the order of <see cref="CoefficientNames"/>.</summary>
    public IReadOnlyList<double> Estimates => _estimates;

    /// <summary>Gets the coefficients dropped for collinearity, with the reason, in design order.</summary>
    public IReadOnlyList<DroppedCoefficient> Dropped => _dropped;

    /// <summary>Gets the reference (left-out) level of each categorical covariate, by column name.</summary>
    public IReadOnlyDictionary<string, string> ReferenceLevels { get; }

    /// <summary>Gets the row counts: read, removed and used (singletons are counted, never removed).</summary>
    public SampleSummary Sample { get; }

    /// <summary>Gets the number of observations used, n.</summary>
    public int ObservationCount => Sample.UsedRows;

    /// <summary>Gets the rank: the number of estimated coefficients.</summary>
    public int Rank => _names.Length;

    /// <summary>Gets the number of fixed-effect parameters net of redundancies, as <see cref="LinearModelResult.FixedEffectParameterCount"/>.</summary>
    public int FixedEffectParameterCount { get; }

    /// <summary>Gets the residual degrees of freedom, n - rank - fixed-effect parameters.</summary>
    public int ResidualDegreesOfFreedom => ObservationCount - Rank - FixedEffectParameterCount;

    /// <summary>Gets the (weighted) sum of squared residuals.</summary>
    public double Ssr { get; }

    /// <summary>Gets the total sum of squares: about the (weighted) mean with an intercept or fixed effects, about zero otherwise.</summary>
    public double TotalSumOfSquares { get; }

    /// <summary>Gets R-squared, 1 - SSR/TSS.</summary>
    public double RSquared => 1 - (Ssr / TotalSumOfSquares);

    /// <summary>Gets adjusted R-squared, 1 - (1 - R2)(n - c)/(n - K), c = 1 with an intercept or fixed effects, else 0.</summary>
    public double AdjustedRSquared => 1 - ((1 - RSquared) * (ObservationCount - (Centred ? 1.0 : 0.0)) / ResidualDegreesOfFreedom);

    /// <summary>Gets the within R-squared, 1 - SSR / sum w y~^2; null without fixed effects.</summary>
    public double? WithinRSquared => WithinSquares is { } s ? 1 - (Ssr / s) : null;

    /// <summary>Gets the residual standard error, sqrt(SSR / residual degrees of freedom).</summary>
    public double Sigma => Math.Sqrt(Ssr / ResidualDegreesOfFreedom);

    /// <summary>Gets the 1-norm condition number of the column-scaled demeaned cross-product's factor.</summary>
    public double ConditionNumber { get; }

    /// <summary>Gets the estimated fixed effects, one entry per absorbed fixed effect, normalised so that every fixed
    /// effect after the first has a weighted mean of zero.</summary>
    public IReadOnlyList<FixedEffectEstimates> FixedEffects => _fixedEffects;

    /// <summary>Gets the covariance specification.</summary>
    public CovarianceSpec Covariance { get; }

    /// <summary>Gets the plain-language description of the covariance.</summary>
    public string CovarianceDescription => Covariance.Description;

    /// <summary>Gets the degrees of freedom of the t distribution used for p-values and intervals.</summary>
    public double InferenceDegreesOfFreedom { get; }

    /// <summary>Gets the number of clusters of each cluster variable (empty when not clustered).</summary>
    public IReadOnlyList<int> ClusterCounts => _clusterCounts;

    /// <summary>Gets K, the parameter count used in the (n - 1)/(n - K) adjustment of this covariance.</summary>
    public int SmallSampleK { get; }

    /// <summary>Gets the SQL statements the database ran, in order. They select aggregates only.</summary>
    public IReadOnlyList<string> Statements => _statements;

    /// <summary>Gets the standard errors, in the order of <see cref="CoefficientNames"/>.</summary>
    public IReadOnlyList<double> StandardErrors
    {
        get
        {
            var k = Rank;
            var se = new double[k];
            for (var i = 0; i < k; i++)
            {
                se[i] = Math.Sqrt(_covariance[(i * k) + i]);
            }

            return se;
        }
    }

    /// <summary>Gets the coefficients with standard errors, t statistics and two-sided p-values.</summary>
    public IReadOnlyList<Coefficient> Coefficients
    {
        get
        {
            var se = StandardErrors;
            var result = new Coefficient[Rank];
            for (var i = 0; i < result.Length; i++)
            {
                var t = _estimates[i] / se[i];
                var p = 2 * StudentT.CDF(0, 1, InferenceDegreesOfFreedom, -Math.Abs(t));
                result[i] = new Coefficient(_names[i], _estimates[i], se[i], t, p);
            }

            return result;
        }
    }

    private double? WithinSquares { get; }

    private bool Centred { get; }

    /// <summary>Copies the coefficient covariance matrix.</summary>
    /// <returns>A new Rank x Rank array.</returns>
    public double[][] GetCovarianceMatrix()
    {
        var k = Rank;
        var result = new double[k][];
        for (var i = 0; i < k; i++)
        {
            result[i] = _covariance.AsSpan(i * k, k).ToArray();
        }

        return result;
    }

    /// <summary>Two-sided confidence intervals, estimate +/- t quantile x standard error.</summary>
    /// <param name="level">The confidence level, in (0, 1).</param>
    /// <returns>One interval per coefficient.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not in (0, 1).</exception>
    public IReadOnlyList<ConfidenceInterval> ConfidenceIntervals(double level = 0.95)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The level must be in (0, 1).");
        }

        var q = StudentT.InvCDF(0, 1, InferenceDegreesOfFreedom, 1 - ((1 - level) / 2));
        var se = StandardErrors;
        var result = new ConfidenceInterval[Rank];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new ConfidenceInterval(_names[i], _estimates[i] - (q * se[i]), _estimates[i] + (q * se[i]));
        }

        return result;
    }
}

/// <summary>The facts of a pushed-down fit that do not depend on the covariance.</summary>
internal sealed record PushDownFitFacts(
    string[] Names,
    double[] Estimates,
    DroppedCoefficient[] Dropped,
    IReadOnlyDictionary<string, string> ReferenceLevels,
    SampleSummary Sample,
    int FixedEffectParameters,
    double Ssr,
    double Tss,
    double? WithinSquares,
    bool Centred,
    double Condition,
    FixedEffectEstimates[] FixedEffects,
    string[] Statements);
