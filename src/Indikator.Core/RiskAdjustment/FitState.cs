using Indikator.Core.Numerics;

namespace Indikator.Core.RiskAdjustment;

/// <summary>
/// What a result keeps so that covariances (and later bootstraps or fixed-effect standard errors) can be computed
/// without refitting: the frame, the demeaned design (recomputed on the fly), the kept columns, the bread,
/// coordinates, and the residuals.
/// </summary>
internal sealed class FitState
{
    public required ModelFrame Frame { get; init; }

    public required DesignSource Design { get; init; }

    /// <summary>Gets the design columns that were kept, in order (indices into the frame's design).</summary>
    public required int[] Kept { get; init; }

    /// <summary>Gets (X~'WX~)^-1 over the kept columns, row-major.</summary>
    public required double[] Bread { get; init; }

    public required double[] Residuals { get; init; }

    public required double Ssr { get; init; }

    /// <summary>Gets the number of fixed-effect parameters after removing redundancies (sum of levels minus one per
    /// redundancy; the exact two-way path knows the connected components, otherwise one per extra fixed effect).</summary>
    public required int FixedEffectParameters { get; init; }

    public required ParallelOptions Parallel { get; init; }

    /// <summary>Gets the cluster meat (p x p) computed during the fit's residual pass, keyed by the cluster code array.</summary>
    public (int[] Codes, double[] Meat)? CachedMeat { get; init; }

    public int KeptCount => Kept.Length;

    /// <summary>This state as a result keeps it: without the fit's cancellation token, which must not outlive the fit
    /// (a later covariance would throw once the caller cancels it). The degree of parallelism stays the fit's.</summary>
    public FitState ForResult() => Copy(CachedMeat, CancellationToken.None);

    /// <summary>This state for one later computation that <paramref name="cancellationToken"/> cancels.</summary>
    public FitState WithCancellation(CancellationToken cancellationToken) => Copy(CachedMeat, cancellationToken);

    private FitState Copy((int[] Codes, double[] Meat)? meat, CancellationToken cancellationToken) => new()
    {
        Frame = Frame,
        Design = Design,
        Kept = Kept,
        Bread = Bread,
        Residuals = Residuals,
        Ssr = Ssr,
        FixedEffectParameters = FixedEffectParameters,
        Parallel = new ParallelOptions { MaxDegreeOfParallelism = Parallel.MaxDegreeOfParallelism, CancellationToken = cancellationToken },
        CachedMeat = meat,
    };

    public int N => Frame.Rows;
}
