namespace Indikator.Core.RiskAdjustment;

public sealed partial class LinearModelResult
{
    private readonly FixedEffectEstimates[] _fixedEffects;

    /// <summary>Gets the estimated fixed effects, one entry per absorbed fixed effect in specification order.</summary>
    /// <remarks>
    /// <para>The values are a_f = (projection of y) - sum_j b_j (projection of x_j) onto the dummies of fixed effect f,
    /// so y = X b + sum_f a_f[level_f] + e. Only the sum over fixed effects is identified; see
    /// <see cref="FixedEffectNormalization"/>.</para>
    /// </remarks>
    public IReadOnlyList<FixedEffectEstimates> FixedEffects { get; }

    /// <summary>Gets how the fixed-effect values are pinned down.</summary>
    /// <value>The default value is <see cref="RiskAdjustment.FixedEffectNormalization.FirstRowReference"/>, as fixest.</value>
    public FixedEffectNormalization FixedEffectNormalization { get; }

    /// <summary>Returns the same fit with the fixed-effect values normalised another way (fitted values do not change).</summary>
    /// <param name="normalization">The rule.</param>
    /// <returns>A new result.</returns>
    public LinearModelResult WithFixedEffectNormalization(FixedEffectNormalization normalization)
        => new(_state, _fit, Covariance, _covariance, normalization);

    private static FixedEffectEstimates[] BuildFixedEffects(double[][] values, ModelFrame frame, FixedEffectNormalization normalization, int[][]? components)
    {
        var normalized = normalization == FixedEffectNormalization.FirstRowReference
            ? values
            : FixedEffectNormalizer.Normalize(values, frame.FixedEffectCodes, frame.Weights, components, normalization);
        var result = new FixedEffectEstimates[values.Length];
        for (var f = 0; f < values.Length; f++)
        {
            result[f] = new FixedEffectEstimates(frame.FixedEffectNames[f], frame.FixedEffectLevels[f], normalized[f]);
        }

        return result;
    }
}
