using Indikator.Core.Internal;

namespace Indikator.Core.Indicators.Work;

/// <summary>Noise-aware comparison of the units of one level for one outcome and variant: empirical-Bayes shrinkage and funnel-plot limits of the pooled contributions.</summary>
/// <remarks>
/// <para>Shrinkage: with unit estimates c_u and standard errors s_u, the between-unit variance tau^2 is estimated by
/// <see cref="TauSquaredEstimator"/>, mu = sum w_u c_u / sum w_u with w_u = 1 / (tau^2 + s_u^2), the reliability
/// R_u = tau^2 / (tau^2 + s_u^2) and the shrunken estimate mu + R_u (c_u - mu). Funnel limits around the national
/// value 0: +/- z s_u (z = 1.96, 3.09), or with overdispersion +/- z sqrt(phi) s_u or +/- z sqrt(s_u^2 + tau_f^2)
/// (Spiegelhalter 2005; the default is the additive one, see <see cref="WorkIndicatorOptions.Overdispersion"/>). All units with at least two persons enter the estimation of tau^2 and phi; suppressed units
/// are not shown.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
[Reporting.Notebooks.TypeFormatterSource(typeof(Reporting.Notebooks.NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class UnitComparison
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _labels;

    internal UnitComparison(
        string outcome,
        WorkUnitLevel level,
        ContributionVariant variant,
        ShrinkageFit shrinkage,
        FunnelFit funnel,
        IReadOnlyList<UnitComparisonRow> rows,
        IReadOnlyList<FunnelPoint> curve,
        IReadOnlyDictionary<string, IReadOnlyList<string>> labels)
    {
        _labels = labels;
        Outcome = outcome;
        Level = level;
        Variant = variant;
        TauEstimator = shrinkage.Estimator;
        TauSquared = shrinkage.TauSquared;
        Mean = shrinkage.Mean;
        Overdispersion = funnel.Mode;
        Phi = funnel.Phi;
        FunnelTauSquared = funnel.TauSquared;
        Rows = ValueList.Of(rows);
        FunnelCurve = ValueList.Of(curve);
    }

    /// <summary>Gets the outcome column.</summary>
    public string Outcome { get; }

    /// <summary>Gets the reporting level.</summary>
    public WorkUnitLevel Level { get; }

    /// <summary>Gets the contribution variant.</summary>
    public ContributionVariant Variant { get; }

    /// <summary>Gets the estimator of tau^2.</summary>
    public TauSquaredEstimator TauEstimator { get; }

    /// <summary>Gets the estimated between-unit variance tau^2 of the contributions.</summary>
    public double TauSquared { get; }

    /// <summary>Gets the random-effects mean mu that estimates are shrunk towards.</summary>
    public double Mean { get; }

    /// <summary>Gets the overdispersion adjustment of the funnel limits.</summary>
    public FunnelOverdispersion Overdispersion { get; }

    /// <summary>Gets the estimated overdispersion phi (mean squared winsorised z-score), whatever the adjustment chosen.</summary>
    public double Phi { get; }

    /// <summary>Gets the additive (random-effects) overdispersion tau^2 of the funnel from the winsorised z-scores, whatever the adjustment chosen.</summary>
    public double FunnelTauSquared { get; }

    /// <summary>Gets one row per unit, in the level order of the unit column.</summary>
    public IReadOnlyList<UnitComparisonRow> Rows { get; }

    /// <summary>Gets the funnel limits on a grid of sizes (50 points, geometric, from the smallest to the largest published unit), for plotting.</summary>
    /// <remarks>The curve uses the pooled variance per person-month s^2 = sum_u n_u^2 s_u^2 / sum_u n_u, so that
    /// the limit at size n is +/- z sqrt(s^2 / n) (with the overdispersion adjustment); each unit's own limits in
    /// <see cref="Rows"/> use its own standard error.</remarks>
    public IReadOnlyList<FunnelPoint> FunnelCurve { get; }

    /// <summary>Gets a unit's category in each column of the level, as <see cref="WorkIndicatorTable.Labels"/>.</summary>
    /// <param name="unit">The unit, as in <see cref="UnitComparisonRow.Unit"/>.</param>
    /// <returns>One label per column of the level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The level has no such unit.</exception>
    public IReadOnlyList<string> Labels(string unit)
        => _labels.TryGetValue(Internal.Guard.NotNull(unit), out var labels) ? labels : throw new KeyNotFoundException($"Level '{Level.Name}' has no unit '{unit}'.");
}
