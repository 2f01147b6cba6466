using Indikator.Core.Internal;

namespace Indikator.Core.RiskAdjustment;

/// <summary>Which coefficient covariance to compute, with its small-sample correction.</summary>
/// <remarks>
/// <para>Create one with <see cref="Iid"/>, <see cref="Robust"/>, <see cref="Cluster"/> or <see cref="TwoWayCluster"/>.
/// Formulas and references are in <c>docs/risk-adjustment.md</c>: with bread B = (X~'WX~)^-1 and scores
/// s_i = w_i e_i x~_i, the robust covariance is B (sum_i s_i s_i') B and the clustered one B (sum_g S_g S_g') B with
/// S_g the sum of the scores in cluster g; two-way clustering is V_1 + V_2 - V_12 (Cameron, Gelbach and Miller 2011).</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed record CovarianceSpec
{
    private CovarianceSpec(CovarianceType type, RobustType robust, IReadOnlyList<string> clusters, SmallSampleCorrection correction)
    {
        Type = type;
        RobustType = robust;
        Clusters = ValueList.Of(clusters);
        Correction = correction;
    }

    /// <summary>Gets the kind of covariance.</summary>
    public CovarianceType Type { get; }

    /// <summary>Gets the robust variant (meaningful for <see cref="CovarianceType.Robust"/>).</summary>
    public RobustType RobustType { get; }

    /// <summary>Gets the names of the categorical cluster columns: one or two for <see cref="CovarianceType.Cluster"/>, none otherwise.</summary>
    public IReadOnlyList<string> Clusters { get; }

    /// <summary>Gets the small-sample correction.</summary>
    public SmallSampleCorrection Correction { get; }

    /// <summary>Gets a plain-language description, printed by summaries.</summary>
    public string Description => Type switch
    {
        CovarianceType.Iid => $"Independent errors with a common variance (IID); {Correction.DescribeUnclustered("(n-1)/(n-K)")}",
        CovarianceType.Robust => $"Heteroskedasticity-robust ({RobustType}): independent errors whose variance may differ between rows; "
            + (RobustType == RobustType.HC1 ? Correction.DescribeUnclustered("n/(n-K)") : "no small-sample correction"),
        _ when Clusters.Count == 1 => $"Clustered by {Clusters[0]}: errors may be correlated within each {Clusters[0]} and differ in variance; {Correction.Describe()}",
        _ => $"Two-way clustered by {Clusters[0]} and {Clusters[1]}: errors may be correlated within each {Clusters[0]} and within each {Clusters[1]}; {Correction.Describe()}",
    };

    /// <summary>Independent, identically distributed errors: V = s^2 (X~'WX~)^-1.</summary>
    /// <param name="correction">The correction, or null for the default (only <see cref="SmallSampleCorrection.Adjust"/> and
    /// <see cref="SmallSampleCorrection.FixedEffects"/> matter; nested counts as full).</param>
    /// <returns>The specification.</returns>
    public static CovarianceSpec Iid(SmallSampleCorrection? correction = null)
        => new(CovarianceType.Iid, RobustType.HC1, [], correction ?? SmallSampleCorrection.Default);

    /// <summary>Heteroskedasticity-robust covariance.</summary>
    /// <param name="type">The variant; HC2 and HC3 need a model without absorbed fixed effects.</param>
    /// <param name="correction">The correction, or null for the default. HC1 applies n/(n - K) when
    /// <see cref="SmallSampleCorrection.Adjust"/> is set; HC0, HC2 and HC3 never do.</param>
    /// <returns>The specification.</returns>
    public static CovarianceSpec Robust(RobustType type = RobustType.HC1, SmallSampleCorrection? correction = null)
        => new(CovarianceType.Robust, type, [], correction ?? SmallSampleCorrection.Default);

    /// <summary>One-way cluster-robust covariance (CR1 under the default correction).</summary>
    /// <param name="column">The categorical cluster column.</param>
    /// <param name="correction">The correction, or null for fixest's default.</param>
    /// <returns>The specification.</returns>
    /// <exception cref="ArgumentException">The column name is empty.</exception>
    public static CovarianceSpec Cluster(string column, SmallSampleCorrection? correction = null)
        => new(CovarianceType.Cluster, RobustType.HC1, [Guard.NotEmpty(column)], correction ?? SmallSampleCorrection.Default);

    /// <summary>Two-way cluster-robust covariance, V = V_1 + V_2 - V_12 (V_12 clustered by the intersection); negative
    /// eigenvalues of the sum are set to zero, as fixest does.</summary>
    /// <param name="first">The first categorical cluster column.</param>
    /// <param name="second">The second categorical cluster column.</param>
    /// <param name="correction">The correction, or null for fixest's default.</param>
    /// <returns>The specification.</returns>
    /// <exception cref="ArgumentException">A column name is empty, or both are the same.</exception>
    public static CovarianceSpec TwoWayCluster(string first, string second, SmallSampleCorrection? correction = null)
    {
        Guard.NotEmpty(first);
        Guard.NotEmpty(second);
        if (string.Equals(first, second, StringComparison.Ordinal))
        {
            throw new ArgumentException("The two cluster columns must differ.", nameof(second));
        }

        return new(CovarianceType.Cluster, RobustType.HC1, [first, second], correction ?? SmallSampleCorrection.Default);
    }

    /// <inheritdoc/>
    public bool Equals(CovarianceSpec? other)
        => other is not null && Type == other.Type && RobustType == other.RobustType && Correction == other.Correction
           && Clusters.SequenceEqual(other.Clusters, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Type, RobustType, Correction, Clusters.Count);
}
