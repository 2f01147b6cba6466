using Indikator.Core.Internal;

namespace Indikator.Core.RiskAdjustment;

public sealed partial class LinearModelResult
{
    /// <summary>Estimates and standard errors of the levels of every absorbed fixed effect, as contrasts within each
    /// fixed effect, under this result's covariance and with the uncertainty of the slopes included.</summary>
    /// <param name="contrast">The contrast: deviation from the weighted mean of the levels (the default, for NAV office
    /// contributions) or difference from a reference level.</param>
    /// <returns>One entry per fixed effect, in specification order; empty without fixed effects.</returns>
    /// <exception cref="NotSupportedException">The model has more than two fixed effects.</exception>
    /// <remarks>
    /// <para>Only differences between levels are identified, so a standard error belongs to a contrast c'alpha with c
    /// summing to zero within each connected component; it does not depend on <see cref="FixedEffectNormalization"/>.
    /// With u solving D'WD u = c, q_i = (D u)_i and d = X'W D u, the estimate is sum_i l_i y_i with
    /// l_i = w_i (q_i - d'B x~_i), identical to the contrast of the dummy coefficients in the regression on X and the
    /// dummies. Its variance is s^2 (sum_i w_i q_i^2 + d'B d) for IID errors, sum_i l_i^2 e_i^2 (times n/(n-K) for HC1)
    /// for robust errors and sum_g (sum_{i in g} l_i e_i)^2 (times the cluster factors) for clustered errors; two-way
    /// clustering combines the three terms as the slopes do, but without the slopes' eigenvalue clipping (a single
    /// contrast has no matrix to clip), so a negative two-way variance gives a NaN standard error. With one fixed effect and the deviation contrast this is
    /// Var(mean_g e - xbar_g'(b^ - b)) net of the weighted mean, the familiar Var(e_g) + xbar_g'V xbar_g - 2 cov.
    /// Derivation and normalisation: docs/inference.md.</para>
    /// <para>Cost: one pass over the rows, then per level O(cells p + cluster-cell pairs + clusters p), where a cell
    /// is a combination of fixed-effect levels.</para>
    /// </remarks>
    public IReadOnlyList<FixedEffectLevelEstimates> FixedEffectStandardErrors(FixedEffectContrast contrast = FixedEffectContrast.DeviationFromWeightedMean)
    {
        var count = _state.Frame.FixedEffectNames.Length;
        if (count == 0)
        {
            return [];
        }

        if (count > 2)
        {
            throw new NotSupportedException($"Fixed-effect standard errors are available for one or two fixed effects; this model has {count}.");
        }

        var computer = new FixedEffectErrorComputer(_state, Covariance, _covariance.K);
        return ValueList.Wrap(computer.Compute(_fixedEffects, contrast));
    }
}
