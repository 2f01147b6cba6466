namespace Indikator.Core.RiskAdjustment;

/// <summary>A wild cluster bootstrap-t test of H0: coefficient = <see cref="NullValue"/> (restricted WCR by default,
/// or unrestricted WCU), and the confidence interval found by inverting it.</summary>
/// <param name="Coefficient">The name of the coefficient to test, as in <see cref="LinearModelResult.CoefficientNames"/>.</param>
/// <param name="Cluster">The categorical column whose clusters get one bootstrap multiplier each (also the clustering
/// of the CR1 standard error in the t statistic).</param>
/// <remarks>
/// <para>Defaults follow NAV's practice for its 12 regions (Webb weights) and MacKinnon, Nielsen and Webb (2023) for
/// the number of replications; see docs/inference.md.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed record WildBootstrapSpec(string Coefficient, string Cluster)
{
    /// <summary>Gets the value r of the null hypothesis H0: beta = r.</summary>
    /// <value>The default value is 0.</value>
    public double NullValue { get; init; }

    /// <summary>Gets the number of bootstrap replications B. When the weight distribution has at most B distinct draws
    /// (2^G for Rademacher, 6^G for Webb), every draw is enumerated once instead and the result says so.</summary>
    /// <value>The default value is 9,999 (NAV's follow-up analyses use 4,999). B + 1 should be a multiple of 1/alpha
    /// (for example 999, 4999 or 9999 at 5%) so that the test is exact in the ideal case.</value>
    public int Replications { get; init; } = 9_999;

    /// <summary>Gets the distribution of the cluster multipliers.</summary>
    /// <value>The default value is <see cref="WildBootstrapWeights.Webb"/>.</value>
    public WildBootstrapWeights Weights { get; init; } = WildBootstrapWeights.Webb;

    /// <summary>Gets the seed. Draws depend only on the seed and the replication number, never on the thread count.</summary>
    /// <value>The default value is 20_240_101.</value>
    public long Seed { get; init; } = 20_240_101;

    /// <summary>Gets how the p-value is computed.</summary>
    /// <value>The default value is <see cref="BootstrapPValueType.Symmetric"/>.</value>
    public BootstrapPValueType PValueType { get; init; } = BootstrapPValueType.Symmetric;

    /// <summary>Gets the level of the confidence interval, in (0, 1).</summary>
    /// <value>The default value is 0.95.</value>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Gets which residuals are resampled: those under H0 (WCR) or those of the unrestricted fit (WCU).</summary>
    /// <value>The default value is <see cref="WildBootstrapType.Restricted"/>.</value>
    public WildBootstrapType Type { get; init; } = WildBootstrapType.Restricted;

    /// <summary>Gets whether the result keeps the bootstrap t statistics t*_b at <see cref="NullValue"/>, one per draw in
    /// draw order (B doubles).</summary>
    /// <value>The default value is false.</value>
    public bool KeepBootstrapStatistics { get; init; }

    /// <summary>Gets the maximum number of threads; -1 for all processors. Results do not depend on it.</summary>
    /// <value>The default value is -1.</value>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
