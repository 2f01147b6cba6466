using Indikator.Core.Internal;

namespace Indikator.Core.RiskAdjustment;

/// <summary>The immutable result of <see cref="LinearModel.Fit"/>: coefficients, covariance and inference, fit
/// statistics, fixed-effect values, fitted values and residuals, and what was dropped and why.</summary>
/// <remarks>
/// <para>The result keeps what another covariance needs (the bread, the residuals, a recomputable demeaned design and
/// the data), so <see cref="WithCovariance"/> does not refit. Partial files hold the facets: covariance and
/// inference, fixed effects, prediction, and the printed summary.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
[Reporting.Notebooks.TypeFormatterSource(typeof(Reporting.Notebooks.NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed partial class LinearModelResult
{
    private readonly FitState _state;
    private readonly FitSummary _fit;

    internal LinearModelResult(FitState state, FitSummary fit, CovarianceSpec covariance, CovarianceComputer.Output output, FixedEffectNormalization normalization)
    {
        _state = state;
        _fit = fit;
        Covariance = covariance;
        _covariance = output;
        FixedEffectNormalization = normalization;
        _fixedEffects = BuildFixedEffects(fit.FixedEffectValues, state.Frame, normalization, fit.ComponentOfLevel);

        // Read-only views made once: the arrays stay the library's working copies, and a caller cannot cast a view
        // back to an array and change the result.
        CoefficientNames = ValueList.Wrap(fit.Names);
        Estimates = ValueList.Wrap(fit.Estimates);
        Dropped = ValueList.Of(fit.Dropped);
        ClusterCounts = ValueList.Wrap(output.ClusterCounts);
        FixedEffects = ValueList.Wrap(_fixedEffects);
    }

    /// <summary>Gets the coefficient names, in order: the intercept, the numeric covariates, the indicators.</summary>
    public IReadOnlyList<string> CoefficientNames { get; }

    /// <summary>Gets the coefficient estimates, in the order of <see cref="CoefficientNames"/>.</summary>
    public IReadOnlyList<double> Estimates { get; }

    /// <summary>Gets the coefficients dropped for collinearity, with the reason, in design order.</summary>
    public IReadOnlyList<DroppedCoefficient> Dropped { get; }

    /// <summary>Gets the reference (left-out) level of each categorical covariate, by column name.</summary>
    public IReadOnlyDictionary<string, string> ReferenceLevels => _state.Frame.ReferenceLevels;

    /// <summary>Gets the row counts: read, removed and used.</summary>
    public SampleSummary Sample => _state.Frame.Sample;

    /// <summary>Gets how the fixed effects were projected out.</summary>
    public AbsorptionSummary Absorption => _fit.Absorption;

    /// <summary>Gets the solver that produced the estimates.</summary>
    public LeastSquaresSolver Solver => _fit.Solver;

    /// <summary>Gets the 1-norm condition number of the column-scaled demeaned design (of its R factor).</summary>
    public double ConditionNumber => _fit.Condition;

    /// <summary>Gets the number of observations used, n.</summary>
    public int ObservationCount => _state.N;

    /// <summary>Gets the rank: the number of estimated coefficients.</summary>
    public int Rank => _state.KeptCount;

    /// <summary>Gets the number of fixed-effect parameters net of redundancies (sum of levels minus one per connected
    /// component for two fixed effects, minus one per additional fixed effect otherwise).</summary>
    public int FixedEffectParameterCount => _state.FixedEffectParameters;

    /// <summary>Gets the residual degrees of freedom, n - rank - fixed-effect parameters.</summary>
    public int ResidualDegreesOfFreedom => _state.N - _state.KeptCount - _state.FixedEffectParameters;

    /// <summary>Gets the (weighted) sum of squared residuals.</summary>
    public double Ssr => _fit.Ssr;

    /// <summary>Gets the total sum of squares: about the (weighted) mean with an intercept or fixed effects, about zero otherwise.</summary>
    public double TotalSumOfSquares => _fit.Tss;

    /// <summary>Gets R-squared, 1 - SSR/TSS (uncentred without intercept and fixed effects).</summary>
    /// <value>NaN when the total sum of squares is zero (a constant outcome): R-squared is then undefined, and
    /// <see cref="Summary"/> says so.</value>
    public double RSquared => _fit.Tss > 0 ? 1 - (_fit.Ssr / _fit.Tss) : double.NaN;

    /// <summary>Gets adjusted R-squared, 1 - (1 - R2)(n - c)/(n - K), c = 1 with an intercept or fixed effects, else 0.</summary>
    public double AdjustedRSquared
    {
        get
        {
            var c = _state.Frame.HasIntercept || _state.Frame.FixedEffectNames.Length > 0 ? 1.0 : 0.0;
            return 1 - ((1 - RSquared) * (ObservationCount - c) / ResidualDegreesOfFreedom);
        }
    }

    /// <summary>Gets the within R-squared, 1 - SSR / sum w y~^2 with y~ the outcome net of the fixed effects; null without fixed effects.</summary>
    /// <value>NaN when the outcome net of the fixed effects is zero (undefined).</value>
    public double? WithinRSquared => _fit.WithinSquares is { } s ? (s > 0 ? 1 - (_fit.Ssr / s) : double.NaN) : null;

    /// <summary>Gets the adjusted within R-squared as fixest reports it, 1 - (1 - within R2)(n - F)/(n - K), with F the
    /// fixed-effect parameters and K = rank + F; null without fixed effects.</summary>
    public double? AdjustedWithinRSquared
        => WithinRSquared is { } r
            ? 1 - ((1 - r) * (ObservationCount - (double)FixedEffectParameterCount) / ResidualDegreesOfFreedom)
            : null;

    /// <summary>Gets the residual standard error, sigma = sqrt(SSR / residual degrees of freedom).</summary>
    public double Sigma => Math.Sqrt(_fit.Ssr / ResidualDegreesOfFreedom);

    /// <summary>Gets the root mean squared error, sqrt(SSR / n).</summary>
    public double Rmse => Math.Sqrt(_fit.Ssr / ObservationCount);

    /// <summary>Gets the residuals of the used rows, y - fitted, in the order of <see cref="UsedRows"/>.</summary>
    public ReadOnlyMemory<double> Residuals => _state.Residuals;

    /// <summary>Gets the fitted values of the used rows (fixed effects included), in the order of <see cref="UsedRows"/>.</summary>
    public ReadOnlyMemory<double> FittedValues
    {
        get
        {
            var y = _state.Frame.Outcome;
            var e = _state.Residuals;
            var fitted = new double[y.Length];
            for (var i = 0; i < fitted.Length; i++)
            {
                fitted[i] = y[i] - e[i];
            }

            return fitted;
        }
    }

    /// <summary>Gets the zero-based rows of the data that the fit used, in order.</summary>
    public ReadOnlyMemory<int> UsedRows
        => _state.Frame.UsedRows ?? Internal.AllRows.Of(_state.N);

    /// <summary>Gets the specification-independent state for extensions in this assembly (bootstrap, fixed-effect errors).</summary>
    internal FitState State => _state;

    /// <summary>The facts of a fit that do not depend on the covariance.</summary>
    internal sealed record FitSummary(
        string[] Names,
        double[] Estimates,
        IReadOnlyList<DroppedCoefficient> Dropped,
        double Ssr,
        double Tss,
        double? WithinSquares,
        double Condition,
        LeastSquaresSolver Solver,
        AbsorptionSummary Absorption,
        int[][]? ComponentOfLevel,
        double[][] FixedEffectValues);
}
