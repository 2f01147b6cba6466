namespace Indikator.Core.RiskAdjustment;

/// <summary>How the values of several fixed effects are pinned down (only their sum per row is identified).</summary>
public enum FixedEffectNormalization
{
    /// <summary>fixest's rule: for each fixed effect after the first, the level of the first used row (per connected
    /// component) is 0; the first fixed effect absorbs the level.</summary>
    FirstRowReference,

    /// <summary>Every fixed effect after the first has a weighted mean of zero over the used rows; the first absorbs
    /// the level, so its weighted mean is the mean of the fixed-effect part of the fit.</summary>
    WeightedMeanZero,
}
