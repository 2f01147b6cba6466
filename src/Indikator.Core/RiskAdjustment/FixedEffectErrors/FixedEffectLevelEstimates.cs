using Indikator.Core.Internal;

namespace Indikator.Core.RiskAdjustment;

/// <summary>The levels of one absorbed fixed effect with estimates and standard errors of a contrast.</summary>
/// <remarks>
/// <para>Created by <see cref="LinearModelResult.FixedEffectStandardErrors"/>; the formula is in its remarks and in
/// docs/inference.md.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed class FixedEffectLevelEstimates
{
    internal FixedEffectLevelEstimates(string name, FixedEffectContrast contrast, string[] levels, double[] estimates, double[] errors, string[] references)
    {
        Name = name;
        Contrast = contrast;
        Levels = ValueList.Wrap(levels);
        Estimates = ValueList.Wrap(estimates);
        StandardErrors = ValueList.Wrap(errors);
        ReferenceLevels = ValueList.Wrap(references);
    }

    /// <summary>Gets the name of the fixed-effect column.</summary>
    public string Name { get; }

    /// <summary>Gets the contrast that the estimates and standard errors describe.</summary>
    public FixedEffectContrast Contrast { get; }

    /// <summary>Gets the level names with used rows.</summary>
    public IReadOnlyList<string> Levels { get; }

    /// <summary>Gets the estimate of the contrast for each level, in the order of <see cref="Levels"/>.</summary>
    public IReadOnlyList<double> Estimates { get; }

    /// <summary>Gets the standard error of the contrast for each level under the result's covariance, slope uncertainty included.</summary>
    public IReadOnlyList<double> StandardErrors { get; }

    /// <summary>Gets the reference levels, one per connected component (for <see cref="FixedEffectContrast.DifferenceFromReference"/>; empty otherwise).</summary>
    public IReadOnlyList<string> ReferenceLevels { get; }
}
