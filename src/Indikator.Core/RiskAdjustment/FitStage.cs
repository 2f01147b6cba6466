namespace Indikator.Core.RiskAdjustment;

/// <summary>The stages of a fit, reported through <see cref="FitOptions.Progress"/>.</summary>
public enum FitStage
{
    /// <summary>Reading columns, removing rows with missing values and singletons.</summary>
    Preparing,

    /// <summary>Projecting out the fixed effects.</summary>
    Absorbing,

    /// <summary>Forming cross-products and solving the least-squares problem.</summary>
    Solving,

    /// <summary>Computing residuals, fixed-effect values and the covariance.</summary>
    Inference,

    /// <summary>The fit is complete.</summary>
    Done,
}
