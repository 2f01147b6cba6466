using Indikator.Core.Internal;

namespace Indikator.Core.RiskAdjustment;

/// <summary>The result of a wild cluster bootstrap-t test of one coefficient.</summary>
/// <param name="Coefficient">The coefficient name.</param>
/// <param name="Estimate">The estimate.</param>
/// <param name="NullValue">The value r of H0: beta = r.</param>
/// <param name="StandardError">The CR1 standard error clustered by <paramref name="Cluster"/>, under the result's
/// small-sample correction.</param>
/// <param name="TStatistic">(estimate - r) / standard error.</param>
/// <param name="PValue">The bootstrap p-value of H0.</param>
/// <param name="PValueType">How the p-value was computed.</param>
/// <param name="ConfidenceInterval">The interval of all r that the test does not reject at 1 - level; a bound is
/// infinite when no finite r is rejected on that side, and both are NaN when even r = estimate is rejected.</param>
/// <param name="ConfidenceLevel">The level of the interval.</param>
/// <param name="Replications">B, the number of bootstrap draws used (2^G or 6^G when enumerated).</param>
/// <param name="Enumerated">Whether every possible draw was used once instead of random draws (when 2^G or 6^G is at
/// most the requested B, as boottest does).</param>
/// <param name="Weights">The multiplier distribution.</param>
/// <param name="Cluster">The bootstrap cluster column.</param>
/// <param name="ClusterCount">G, the number of clusters.</param>
/// <param name="Seed">The seed (irrelevant when enumerated).</param>
/// <remarks>This type is immutable and thread safe.</remarks>
public sealed record WildBootstrapResult(
    string Coefficient,
    double Estimate,
    double NullValue,
    double StandardError,
    double TStatistic,
    double PValue,
    BootstrapPValueType PValueType,
    ConfidenceInterval ConfidenceInterval,
    double ConfidenceLevel,
    int Replications,
    bool Enumerated,
    WildBootstrapWeights Weights,
    string Cluster,
    int ClusterCount,
    long Seed)
{
    /// <summary>Gets whether the restricted (WCR) or unrestricted (WCU) residuals were resampled.</summary>
    public WildBootstrapType Type { get; init; }

    /// <summary>Gets the bootstrap t statistics t*_b at <see cref="NullValue"/> in draw order, or null unless
    /// <see cref="WildBootstrapSpec.KeepBootstrapStatistics"/> was set. When enumerated, draw d has multiplier digit j of d
    /// (base 2 or 6, least significant first) for the j-th cluster in level order: Rademacher digit 0 is +1 and 1 is -1;
    /// Webb digit k is sign(c) sqrt(|c| / 2) with c = (-3, -2, -1, 1, 2, 3)[k].</summary>
    public IReadOnlyList<double>? BootstrapTStatistics { get; init => field = ValueList.OfOrNull(value); }
}
