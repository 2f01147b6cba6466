using Indikator.Core.Numerics;

namespace Indikator.Core.RiskAdjustment;

/// <summary>
/// What a result keeps so that covariances (and later bootstraps or fixed-effect standard errors) can be computed
/// without refitting: the frame, the demeaned design (recomputed on the fly), the kept columns, the bread in working
/// coordinates, the residuals, and the map from working to reported coefficients.
/// </summary>
/// <remarks>
/// <para>Working coordinates are those of the design source: without fixed effects but with an intercept the
/// columns are centred, and the reported coefficients are b = A b_w with A the identity except the intercept row
/// (-xbar' in the slope columns). Covariances transform as A V_w A'.</para>
/// </remarks>
internal sealed class FitState
{
    public required ModelFrame Frame { get; init; }

    public required DesignSource Design { get; init; }

    /// <summary>Gets the design columns that were kept, in order (indices into the frame's design).</summary>
    public required int[] Kept { get; init; }

    /// <summary>Gets (X~'WX~)^-1 over the kept columns, working coordinates, row-major.</summary>
    public required double[] Bread { get; init; }

    /// <summary>Gets the transform from working to reported coordinates over the kept columns, or null for the identity.</summary>
    public required double[]? Transform { get; init; }

    public required double[] Residuals { get; init; }

    public required double Ssr { get; init; }

    /// <summary>Gets the number of fixed-effect parameters after removing redundancies (sum of levels minus one per
    /// redundancy; the exact two-way path knows the connected components, otherwise one per extra fixed effect).</summary>
    public required int FixedEffectParameters { get; init; }

    public required ParallelOptions Parallel { get; init; }

    public int KeptCount => Kept.Length;

    public int N => Frame.Rows;
}
