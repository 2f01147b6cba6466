using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Evaluation;

/// <summary>An estimated trial effect on the risk-adjusted outcome with its cluster-robust and, where computed, its
/// wild cluster bootstrap inference.</summary>
/// <param name="Method">What was estimated and how, in plain words.</param>
/// <param name="Estimate">The effect: the change in the risk-adjusted outcome (outcome units) caused by the trial,
/// under parallel trends and no anticipation.</param>
/// <param name="StandardError">The standard error under <paramref name="Covariance"/>.</param>
/// <param name="Lower">The lower bound of the t interval (t with <paramref name="DegreesOfFreedom"/> degrees of freedom).</param>
/// <param name="Upper">The upper bound of the t interval.</param>
/// <param name="PValue">The two-sided p-value of no effect from the t distribution.</param>
/// <param name="DegreesOfFreedom">The degrees of freedom of the t distribution: Bell-McCaffrey (fractional) for the
/// pooled effects, the trial office's office x month cells - 1 per office.</param>
/// <param name="Covariance">The plain-language description of the covariance.</param>
/// <param name="PersonMonths">The person-months the fit used.</param>
/// <remarks>This type is immutable and thread safe.</remarks>
public sealed record TrialEffect(
    string Method,
    double Estimate,
    double StandardError,
    double Lower,
    double Upper,
    double PValue,
    double DegreesOfFreedom,
    string Covariance,
    int PersonMonths)
{
    /// <summary>Gets the wild cluster bootstrap-t test by office (restricted, Webb weights) with its p-value and the
    /// interval found by inverting it, or null where it is not computed (per-office effects).</summary>
    public WildBootstrapResult? Bootstrap { get; init; }
}
