namespace Indikator.Core.RiskAdjustment;

/// <summary>The small-sample correction of a covariance, modelled on fixest's
/// <c>ssc(adj = TRUE, fixef.K = "nested", cluster.adj = TRUE, cluster.df = "min", t.df = "min")</c>.</summary>
/// <remarks>
/// <para>The covariance is multiplied by (n - 1)/(n - K) when <see cref="Adjust"/> is set, with K counted as
/// <see cref="FixedEffects"/> says, and, when clustered, by G/(G - 1) when <see cref="ClusterAdjust"/> is set.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed record SmallSampleCorrection
{
    /// <summary>Gets fixest's default correction.</summary>
    public static SmallSampleCorrection Default { get; } = new();

    /// <summary>Gets no correction at all: neither (n - 1)/(n - K) nor G/(G - 1).</summary>
    public static SmallSampleCorrection NoAdjustment { get; } = new() { Adjust = false, ClusterAdjust = false };

    /// <summary>Gets a value indicating whether the (n - 1)/(n - K) factor is applied.</summary>
    /// <value>The default value is true.</value>
    public bool Adjust { get; init; } = true;

    /// <summary>Gets how fixed-effect parameters count in K.</summary>
    /// <value>The default value is <see cref="FixedEffectDof.Nested"/>.</value>
    public FixedEffectDof FixedEffects { get; init; } = FixedEffectDof.Nested;

    /// <summary>Gets a value indicating whether clustered covariances are multiplied by G/(G - 1).</summary>
    /// <value>The default value is true.</value>
    public bool ClusterAdjust { get; init; } = true;

    /// <summary>Gets how G/(G - 1) applies to the terms of two-way clustering.</summary>
    /// <value>The default value is <see cref="MultiwayClusterAdjustment.Min"/>.</value>
    public MultiwayClusterAdjustment MultiwayCluster { get; init; } = MultiwayClusterAdjustment.Min;

    /// <summary>Gets the degrees of freedom of the t distribution for clustered inference.</summary>
    /// <value>The default value is <see cref="TDistributionDof.Min"/>.</value>
    public TDistributionDof TDistribution { get; init; } = TDistributionDof.Min;

    /// <summary>Describes the correction in plain language.</summary>
    /// <returns>A sentence fragment such as "(n-1)/(n-K) with nested fixed effects, G/(G-1)".</returns>
    public string Describe()
    {
        var parts = new List<string>();
        if (Adjust)
        {
            parts.Add(FixedEffects switch
            {
                FixedEffectDof.Nested => "(n-1)/(n-K), K without fixed effects nested in the clusters",
                FixedEffectDof.Full => "(n-1)/(n-K), K with all fixed-effect levels",
                _ => "(n-1)/(n-K), K without fixed-effect levels",
            });
        }

        if (ClusterAdjust)
        {
            parts.Add("G/(G-1)");
        }

        return parts.Count == 0 ? "no small-sample correction" : "small-sample correction " + string.Join(" and ", parts);
    }

    /// <summary>Describes the correction as it applies to a covariance without clusters, where
    /// G/(G-1) has no meaning and nested fixed effects count in full.</summary>
    internal string DescribeUnclustered(string factor)
    {
        if (!Adjust)
        {
            return "no small-sample correction";
        }

        var k = FixedEffects == FixedEffectDof.None ? "K without fixed-effect levels" : "K with all fixed-effect levels";
        return $"small-sample correction {factor}, {k}";
    }

    /// <summary>The factor on an iid or clustered covariance: (n - 1)/(n - K) when <see cref="Adjust"/> is set.</summary>
    internal double ResidualFactor(int n, int k) => Adjust ? (n - 1.0) / (n - k) : 1.0;

    /// <summary>The factor on a heteroskedasticity-robust covariance: HC1 is n/(n - K), as fixest, statsmodels and
    /// Stata define it (not (n - 1)/(n - K)); HC0, HC2 and HC3 carry none.</summary>
    internal double RobustFactor(RobustType type, int n, int k) => type == RobustType.HC1 && Adjust ? n / (double)(n - k) : 1.0;

    /// <summary>G/(G - 1) for <paramref name="g"/> clusters when <see cref="ClusterAdjust"/> is set.</summary>
    internal double ClusterFactor(int g) => ClusterAdjust && g > 1 ? g / (g - 1.0) : 1.0;

    /// <summary>The cluster factors of the three terms V_1 + V_2 - V_12 of two-way clustering, as
    /// <see cref="MultiwayCluster"/> says: each term's own G, or the smaller of the two ways' G for all three.</summary>
    internal (double First, double Second, double Both) TwoWayClusterFactors(int g1, int g2, int g12)
    {
        if (MultiwayCluster == MultiwayClusterAdjustment.Conventional)
        {
            return (ClusterFactor(g1), ClusterFactor(g2), ClusterFactor(g12));
        }

        var min = ClusterFactor(Math.Min(g1, g2));
        return (min, min, min);
    }
}
