using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Indicators.Work;

/// <summary>The arbeidsindikatoren of <see cref="WorkIndicators.Compute(Data.PersonMonthPanel, WorkIndicatorOptions?)"/>: published tables per outcome, level and variant, unit comparisons (shrinkage, funnel limits) and the fitted risk models.</summary>
/// <remarks>
/// <para>Every table and comparison has had disclosure control applied. The risk models are the engine's results; they
/// hold the fit's data (with a dense person code used for clustering, never the person key) and are meant for
/// inspection of coefficients, not for publication.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
[Reporting.Notebooks.TypeFormatterSource(typeof(Reporting.Notebooks.NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class WorkIndicatorResult
{
    private readonly Dictionary<string, LinearModelResult> _models;
    private readonly Dictionary<(string, string), LinearModelResult> _fixedEffectModels;

    internal WorkIndicatorResult(
        WorkIndicatorOptions options,
        IReadOnlyList<WorkIndicatorTable> tables,
        IReadOnlyList<UnitComparison> comparisons,
        Dictionary<string, LinearModelResult> models,
        Dictionary<(string, string), LinearModelResult> fixedEffectModels)
    {
        Options = options;
        Tables = tables;
        Comparisons = comparisons;
        _models = models;
        _fixedEffectModels = fixedEffectModels;
    }

    /// <summary>Gets the options used.</summary>
    public WorkIndicatorOptions Options { get; }

    /// <summary>Gets every table: per outcome, level and variant.</summary>
    public IReadOnlyList<WorkIndicatorTable> Tables { get; }

    /// <summary>Gets every unit comparison: per outcome, level (except the country) and variant.</summary>
    public IReadOnlyList<UnitComparison> Comparisons { get; }

    /// <summary>Gets the table of an outcome, level and variant.</summary>
    /// <param name="outcome">The outcome column.</param>
    /// <param name="level">The level name.</param>
    /// <param name="variant">The variant.</param>
    /// <returns>The table.</returns>
    /// <exception cref="KeyNotFoundException">No such table was computed.</exception>
    public WorkIndicatorTable Table(string outcome, string level, ContributionVariant variant = ContributionVariant.MeanResidual)
        => Tables.FirstOrDefault(t => t.Outcome == outcome && t.Level.Name == level && t.Variant == variant)
           ?? throw new KeyNotFoundException($"No table for outcome '{outcome}', level '{level}' and variant {variant}.");

    /// <summary>Gets the unit comparison of an outcome, level and variant.</summary>
    /// <param name="outcome">The outcome column.</param>
    /// <param name="level">The level name.</param>
    /// <param name="variant">The variant.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="KeyNotFoundException">No such comparison was computed.</exception>
    public UnitComparison Comparison(string outcome, string level, ContributionVariant variant = ContributionVariant.MeanResidual)
        => Comparisons.FirstOrDefault(t => t.Outcome == outcome && t.Level.Name == level && t.Variant == variant)
           ?? throw new KeyNotFoundException($"No comparison for outcome '{outcome}', level '{level}' and variant {variant}.");

    /// <summary>Gets the risk model of variant (a) (no unit effects) for an outcome.</summary>
    /// <param name="outcome">The outcome column.</param>
    /// <returns>The fit, with covariance clustered by person.</returns>
    /// <exception cref="KeyNotFoundException">The outcome was not computed.</exception>
    public LinearModelResult Model(string outcome)
        => _models.TryGetValue(outcome, out var fit) ? fit : throw new KeyNotFoundException($"No model for outcome '{outcome}'.");

    /// <summary>Gets the model of variant (b) (unit and period fixed effects) for an outcome and level.</summary>
    /// <param name="outcome">The outcome column.</param>
    /// <param name="level">The level name.</param>
    /// <returns>The fit, with covariance clustered by person.</returns>
    /// <exception cref="KeyNotFoundException">No such model was fitted.</exception>
    public LinearModelResult FixedEffectModel(string outcome, string level)
        => _fixedEffectModels.TryGetValue((outcome, level), out var fit) ? fit : throw new KeyNotFoundException($"No fixed-effect model for outcome '{outcome}' and level '{level}'.");
}
