using MathNet.Numerics.Distributions;
using Indikator.Core.Internal;

namespace Indikator.Core.RiskAdjustment;

public sealed partial class LinearModelResult
{
    private readonly CovarianceComputer.Output _covariance;

    // Computed on first use and kept: the result is immutable, so every caller sees the same values. Two threads may
    // both compute them once; either list is correct.
    private ValueList<double>? _standardErrors;
    private ValueList<Coefficient>? _coefficients;

    /// <summary>Gets the covariance specification of this result.</summary>
    public CovarianceSpec Covariance { get; }

    /// <summary>Gets the plain-language description of the covariance.</summary>
    public string CovarianceDescription => Covariance.Description;

    /// <summary>Gets the degrees of freedom of the t distribution used for p-values and intervals: G - 1 (smallest G)
    /// for clustered covariances under the default correction, the residual degrees of freedom otherwise.</summary>
    public double InferenceDegreesOfFreedom => _covariance.DegreesOfFreedom;

    /// <summary>Gets the number of clusters of each cluster variable (empty when not clustered).</summary>
    public IReadOnlyList<int> ClusterCounts { get; }

    /// <summary>Gets K, the parameter count used in the (n - 1)/(n - K) adjustment of this covariance.</summary>
    public int SmallSampleK => _covariance.K;

    /// <summary>Gets (X~'WX~)^-1 over the kept coefficients (row-major, Rank x Rank), the bread of every sandwich; shared, not copied.</summary>
    internal double[] Bread => _state.Bread;

    /// <summary>Gets the factor this covariance multiplies the sandwich by: (n - 1)/(n - K) and, for one cluster variable, G/(G - 1), as the correction asks.</summary>
    internal double SmallSampleFactor => CovarianceComputer.SmallSampleFactor(Covariance, ObservationCount, SmallSampleK, ClusterCounts);

    /// <summary>Gets the standard errors, in the order of <see cref="CoefficientNames"/>.</summary>
    public IReadOnlyList<double> StandardErrors => _standardErrors ??= ComputeStandardErrors();

    /// <summary>Gets the coefficients with standard errors, t statistics and two-sided p-values.</summary>
    public IReadOnlyList<Coefficient> Coefficients => _coefficients ??= ComputeCoefficients();

    private ValueList<double> ComputeStandardErrors()
    {
        var k = Rank;
        var se = new double[k];
        for (var i = 0; i < k; i++)
        {
            se[i] = Math.Sqrt(_covariance.Matrix[(i * k) + i]);
        }

        return ValueList.Wrap(se);
    }

    private ValueList<Coefficient> ComputeCoefficients()
    {
        var se = StandardErrors;
        var result = new Coefficient[Rank];
        for (var i = 0; i < result.Length; i++)
        {
            // A zero standard error (an exact fit) or no degrees of freedom leave t and p undefined: NaN, never 1e47.
            var defined = se[i] > 0 && InferenceDegreesOfFreedom > 0;
            var t = defined ? _fit.Estimates[i] / se[i] : double.NaN;
            var p = defined ? 2 * StudentT.CDF(0, 1, InferenceDegreesOfFreedom, -Math.Abs(t)) : double.NaN;
            result[i] = new Coefficient(_fit.Names[i], _fit.Estimates[i], se[i], t, p);
        }

        return ValueList.Wrap(result);
    }

    /// <summary>Gets one element of the coefficient covariance matrix.</summary>
    /// <param name="row">Index of the first coefficient.</param>
    /// <param name="column">Index of the second coefficient.</param>
    /// <returns>The covariance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside 0..Rank-1.</exception>
    public double CovarianceAt(int row, int column)
    {
        if ((uint)row >= (uint)Rank)
        {
            throw new ArgumentOutOfRangeException(nameof(row), row, "The index must be a coefficient index.");
        }

        if ((uint)column >= (uint)Rank)
        {
            throw new ArgumentOutOfRangeException(nameof(column), column, "The index must be a coefficient index.");
        }

        return _covariance.Matrix[(row * Rank) + column];
    }

    /// <summary>Copies the coefficient covariance matrix.</summary>
    /// <returns>A new Rank x Rank array (rows are coefficients in the order of <see cref="CoefficientNames"/>).</returns>
    public double[][] GetCovarianceMatrix()
    {
        var k = Rank;
        var result = new double[k][];
        for (var i = 0; i < k; i++)
        {
            result[i] = _covariance.Matrix.AsSpan(i * k, k).ToArray();
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

        var q = InferenceDegreesOfFreedom > 0 ? StudentT.InvCDF(0, 1, InferenceDegreesOfFreedom, 1 - ((1 - level) / 2)) : double.NaN;
        var se = StandardErrors;
        var result = new ConfidenceInterval[Rank];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new ConfidenceInterval(_fit.Names[i], _fit.Estimates[i] - (q * se[i]), _fit.Estimates[i] + (q * se[i]));
        }

        return ValueList.Wrap(result);
    }

    /// <summary>Returns the same fit with another covariance, without refitting.</summary>
    /// <param name="covariance">The covariance; cluster columns must exist in the data and have no missing value in used rows.</param>
    /// <param name="cancellationToken">Cancels the computation (not the fit's token, which the result does not keep).</param>
    /// <returns>A new result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="covariance"/> is null.</exception>
    /// <exception cref="ArgumentException">A cluster column is absent or missing in a used row, or HC2/HC3 was asked with fixed effects.</exception>
    /// <exception cref="OperationCanceledException">The computation was cancelled.</exception>
    public LinearModelResult WithCovariance(CovarianceSpec covariance, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(covariance);
        return new LinearModelResult(_state, _fit, covariance, CovarianceComputer.Compute(_state.WithCancellation(cancellationToken), covariance), FixedEffectNormalization);
    }
}
