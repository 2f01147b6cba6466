using Indikator.Core.Internal;
using Indikator.Core.Indicators.Work;

namespace Indikator.Core.Indicators.Variation;

/// <summary>
/// How much of the variation between units is real: the between-unit variance of the raw and of the risk-adjusted
/// outcome with the sampling noise removed, the share the adjustment explained, each unit's reliability and rank
/// uncertainty, and the year-to-year stability (<see cref="VarianceDecomposition.Compute"/>).
/// </summary>
/// <remarks>This type is immutable and thread safe.</remarks>
[Reporting.Notebooks.TypeFormatterSource(typeof(Reporting.Notebooks.NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class VarianceDecompositionResult
{
    internal VarianceDecompositionResult(
        VarianceDecompositionOptions options,
        string outcome,
        WorkUnitLevel level,
        TauSquaredEstimator estimator,
        int units,
        int minimumPersons,
        BetweenUnitVariance raw,
        BetweenUnitVariance adjusted,
        (double Lower, double Upper) explained,
        IReadOnlyList<VarianceDecompositionRow> rows,
        IReadOnlyList<YearStability> stability)
    {
        Options = options;
        Outcome = outcome;
        Level = level;
        TauEstimator = estimator;
        UnitCount = units;
        MinimumPersons = minimumPersons;
        Raw = raw;
        Adjusted = adjusted;
        ExplainedShareLower = explained.Lower;
        ExplainedShareUpper = explained.Upper;
        Rows = ValueList.Of(rows);
        Stability = ValueList.Of(stability);
    }

    /// <summary>Gets the options used.</summary>
    public VarianceDecompositionOptions Options { get; }

    /// <summary>Gets the outcome.</summary>
    public string Outcome { get; }

    /// <summary>Gets the level whose units are compared.</summary>
    public WorkUnitLevel Level { get; }

    /// <summary>Gets the risk-adjustment variant.</summary>
    public ContributionVariant Variant => Options.Variant;

    /// <summary>Gets the estimator of tau^2.</summary>
    public TauSquaredEstimator TauEstimator { get; }

    /// <summary>Gets the number of units that entered the estimation (at least two persons; suppressed units included, as in <see cref="UnitComparison"/>).</summary>
    public int UnitCount { get; }

    /// <summary>Gets the smallest number of persons a published row may describe (the work result's <see cref="WorkIndicatorOptions.MinimumPersons"/>); rows of units the work tables suppressed are suppressed here too.</summary>
    public int MinimumPersons { get; }

    /// <summary>Gets the between-unit variance of the raw outcome.</summary>
    public BetweenUnitVariance Raw { get; }

    /// <summary>Gets the between-unit variance of the risk-adjusted outcome.</summary>
    public BetweenUnitVariance Adjusted { get; }

    /// <summary>Gets the share of the real between-unit variance of the raw outcome that the risk adjustment explained, 1 - tau_adj^2 / tau_raw^2; NaN when tau_raw^2 is 0.</summary>
    /// <remarks>Negative when the adjusted outcome varies more between units than the raw one (the adjustment revealed differences that the users' mix had hidden).</remarks>
    public double ExplainedShare => Raw.TauSquared > 0 ? 1 - (Adjusted.TauSquared / Raw.TauSquared) : double.NaN;

    /// <summary>Gets the lower limit of the percentile interval of <see cref="ExplainedShare"/> from a bootstrap that resamples units.</summary>
    public double ExplainedShareLower { get; }

    /// <summary>Gets the upper limit of the bootstrap interval of <see cref="ExplainedShare"/>.</summary>
    public double ExplainedShareUpper { get; }

    /// <summary>Gets one row per unit with rows in the fit, in the level order of the unit column.</summary>
    public IReadOnlyList<VarianceDecompositionRow> Rows { get; }

    /// <summary>Gets the correlation between consecutive calendar years, one entry per pair of years with data.</summary>
    public IReadOnlyList<YearStability> Stability { get; }

    /// <summary>Gets the median, over published units with a rank interval, of the width of the 95 percent rank interval in ranks (RankUpper - RankLower).</summary>
    public double MedianRankIntervalWidth
    {
        get
        {
            var widths = Rows.Where(r => r.RankLower is not null).Select(r => (double)(r.RankUpper!.Value - r.RankLower!.Value)).Order().ToArray();
            return widths.Length == 0 ? double.NaN
                : widths.Length % 2 == 1 ? widths[widths.Length / 2]
                : (widths[(widths.Length / 2) - 1] + widths[widths.Length / 2]) / 2;
        }
    }

    /// <summary>Gets the number of published units that were ranked.</summary>
    public int RankedUnits => Rows.Count(r => r.RankLower is not null);
}
