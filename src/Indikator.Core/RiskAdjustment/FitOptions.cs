using Microsoft.Extensions.Logging;

namespace Indikator.Core.RiskAdjustment;

/// <summary>Options of <see cref="LinearModel.Fit(Data.IColumnSource, LinearModelSpec, FitOptions?, CancellationToken)"/>.</summary>
/// <remarks>This type is immutable; it is thread safe when the progress and logger it holds are.</remarks>
public sealed record FitOptions
{
    /// <summary>Gets the default options.</summary>
    public static FitOptions Default { get; } = new();

    /// <summary>Gets the convergence tolerance of alternating projections: iteration stops when one sweep changes no
    /// fixed-effect coefficient by more than Tolerance x (1 + the largest coefficient).</summary>
    /// <value>The default value is 1e-10.</value>
    public double Tolerance { get; init; } = 1e-10;

    /// <summary>Gets the maximum number of alternating-projection sweeps per column.</summary>
    /// <value>The default value is 10,000.</value>
    public int MaxIterations { get; init; } = 10_000;

    /// <summary>Gets the maximum number of threads; -1 for all processors. Results do not depend on it.</summary>
    /// <value>The default value is -1.</value>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Gets a receiver of stage reports, or null.</summary>
    public IProgress<FitProgress>? Progress { get; init; }

    /// <summary>Gets a logger for counts and timings (never data values), or null.</summary>
    public ILogger? Logger { get; init; }

    /// <summary>Gets a value indicating whether rows alone in a fixed-effect level are removed (repeatedly, until none
    /// is left). fixest's <c>feols</c> keeps them by default; they are counted either way.</summary>
    /// <value>The default value is false.</value>
    public bool DropSingletons { get; init; }

    /// <summary>Gets the collinearity tolerance: a column is dropped when the share of its (weighted) sum of squares not
    /// explained by the fixed effects, or by the columns before it, is at most this value.</summary>
    /// <value>The default value is 1e-10 (fixest's <c>collin.tol</c>). The QR solver applies its square root to norms.</value>
    public double CollinearityTolerance { get; init; } = 1e-10;

    /// <summary>Gets a value indicating whether a fixed-effect projection that does not converge in
    /// <see cref="MaxIterations"/> sweeps is an error (<see cref="FitNotConvergedException"/>).</summary>
    /// <value>The default value is false: the fit returns, <see cref="AbsorptionSummary.Converged"/> is false, the
    /// summary says so and a warning is logged.</value>
    public bool RequireConvergence { get; init; }

    /// <summary>Gets the least-squares solver.</summary>
    /// <value>The default value is <see cref="LeastSquaresSolver.Auto"/>.</value>
    public LeastSquaresSolver Solver { get; init; } = LeastSquaresSolver.Auto;

    /// <summary>Gets how fixed effects are projected out.</summary>
    /// <value>The default value is <see cref="AbsorptionStrategy.Auto"/>.</value>
    public AbsorptionStrategy Absorption { get; init; } = AbsorptionStrategy.Auto;

    /// <summary>Gets the covariance of the result, or null for fixest's default: clustered by the first fixed effect
    /// when there are fixed effects, independent and identically distributed errors otherwise.</summary>
    /// <value>The default value is null.</value>
    public CovarianceSpec? Covariance { get; init; }
}
