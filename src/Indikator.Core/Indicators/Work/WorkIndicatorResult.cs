using System.Collections.Concurrent;
using Indikator.Core.Internal;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Indicators.Work;

/// <summary>The arbeidsindikatoren of <see cref="WorkIndicators.Compute(Data.PersonMonthPanel, WorkIndicatorOptions?, CancellationToken)"/>: published tables per outcome, level and variant, unit comparisons (shrinkage, funnel limits) and the fitted risk models.</summary>
/// <remarks>
/// <para>Every table and comparison has had disclosure control applied. The risk models are the engine's results; they
/// hold the fit's data (with a dense person code used for clustering, never the person key) and are meant for
/// inspection of coefficients, not for publication.</para>
/// <para>A fit holds several arrays per row, so the result does not keep the fits the tables came from: a model is fitted
/// again, with the same data and options and so the same numbers, the first time <see cref="Model"/> or
/// <see cref="FixedEffectModel"/> asks for it, and kept from then on. The memory of a result therefore does not grow
/// with the number of outcomes and levels (docs/benchmarks.md, "Memory").</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
[Reporting.Notebooks.TypeFormatterSource(typeof(Reporting.Notebooks.NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class WorkIndicatorResult
{
    // Null for a result computed inside a database, which has no rows to refit.
    private readonly ModelSource? _source;
    private readonly FitOptions _fitOptions;
    private readonly ConcurrentDictionary<(string Outcome, string? Level), Lazy<LinearModelResult>> _models = new();

    internal WorkIndicatorResult(
        WorkIndicatorOptions options,
        IReadOnlyList<WorkIndicatorTable> tables,
        IReadOnlyList<UnitComparison> comparisons,
        ModelSource source,
        FitOptions fitOptions,
        IReadOnlyList<RowExclusion> exclusions)
    {
        Exclusions = ValueList.Of(exclusions);
        Options = options;
        Tables = ValueList.Of(tables);
        Comparisons = ValueList.Of(comparisons);
        _source = source;
        _fitOptions = fitOptions;
    }

    /// <summary>A result computed inside a database from per-cell sums (<see cref="PushDown.PushDownWorkIndicators"/>).</summary>
    internal WorkIndicatorResult(
        WorkIndicatorOptions options,
        IReadOnlyList<WorkIndicatorTable> tables,
        IReadOnlyList<UnitComparison> comparisons,
        IReadOnlyList<RowExclusion> exclusions,
        IReadOnlyList<string> statements)
    {
        Exclusions = ValueList.Of(exclusions);
        Options = options;
        Tables = ValueList.Of(tables);
        Comparisons = ValueList.Of(comparisons);
        Statements = ValueList.Of(statements);
        _fitOptions = new FitOptions();
    }

    /// <summary>Gets the SQL statements the database ran, in order, when the indicators were computed inside a database
    /// (<c>DuckDbPushDown.ComputeWorkIndicators</c>, <c>PostgreSqlPushDown.ComputeWorkIndicators</c>); empty for the
    /// in-memory computation. Every one returns aggregates only; listed for an audit.</summary>
    public IReadOnlyList<string> Statements { get; } = ValueList.Of<string>([]);

    /// <summary>Gets the options used.</summary>
    public WorkIndicatorOptions Options { get; }

    /// <summary>Gets the stock person-months left out of each outcome, by reason and column (outcome not observable,
    /// a model covariate missing), so that no row is dropped without being counted. Empty when none is left out. Inside a
    /// database they are counted there, by the same rules, in one statement.</summary>
    public IReadOnlyList<RowExclusion> Exclusions { get; }

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
    /// <returns>The fit, with covariance clustered by person. Its rows (<see cref="LinearModelResult.UsedRows"/>,
    /// residuals) are the model's rows, which are the panel's rows grouped by person (persons in order of first
    /// appearance, rows ascending within a person): the panel's own order when it is already grouped that way.</returns>
    /// <exception cref="KeyNotFoundException">The outcome was not computed.</exception>
    /// <exception cref="NotSupportedException">The indicators were computed inside a database (<see cref="Statements"/> is not empty).</exception>
    public LinearModelResult Model(string outcome)
    {
        if (!Options.Outcomes.Contains(outcome, StringComparer.Ordinal))
        {
            throw new KeyNotFoundException($"No model for outcome '{outcome}'.");
        }

        var source = Source();
        return _models.GetOrAdd((outcome, null), key => new Lazy<LinearModelResult>(
            () => OutcomeContext.FitMeanResidual(source, Options, key.Outcome, _fitOptions))).Value;
    }

    /// <summary>Gets the model of variant (b) (unit and period fixed effects) for an outcome and level.</summary>
    /// <param name="outcome">The outcome column.</param>
    /// <param name="level">The level name.</param>
    /// <returns>The fit, with covariance clustered by person; its rows are those of <see cref="Model"/>.</returns>
    /// <exception cref="KeyNotFoundException">No such model was fitted.</exception>
    /// <exception cref="NotSupportedException">The indicators were computed inside a database (<see cref="Statements"/> is not empty).</exception>
    public LinearModelResult FixedEffectModel(string outcome, string level)
    {
        if (!Options.Outcomes.Contains(outcome, StringComparer.Ordinal) || !Options.FixedEffectLevels.Contains(level, StringComparer.Ordinal))
        {
            throw new KeyNotFoundException($"No fixed-effect model for outcome '{outcome}' and level '{level}'.");
        }

        var source = Source();
        var column = Options.Units.First(u => u.Name == level).Column!;
        return _models.GetOrAdd((outcome, column), key => new Lazy<LinearModelResult>(
            () => OutcomeContext.FitFixedEffectModel(source, key.Outcome, key.Level!, _fitOptions))).Value;
    }

    /// <summary>The outcome a report, a comparison or a decomposition is about: the one asked for, else <c>jobb3</c>
    /// (NAV's headline) when computed, else the first outcome.</summary>
    /// <exception cref="ArgumentException">The outcome asked for was not computed (named with <paramref name="parameter"/>).</exception>
    internal string ShownOutcome(string? outcome, string parameter)
    {
        var outcomes = Options.Outcomes;
        if (outcome is null)
        {
            return outcomes.Contains(ColumnNames.Jobb3, StringComparer.Ordinal) ? ColumnNames.Jobb3 : outcomes[0];
        }

        return outcomes.Contains(outcome, StringComparer.Ordinal)
            ? outcome
            : throw new ArgumentException($"Outcome '{outcome}' was not computed; the result has {string.Join(", ", outcomes)}.", parameter);
    }

    /// <summary>
    /// A variant (a) model of an outcome with a changed specification, for <see cref="WorkModelComparison"/>: without
    /// the decile terms, or with or without the measurement-month effects. Fitted on the same rows and with the same
    /// options as <see cref="Model"/>, and not kept.
    /// </summary>
    internal LinearModelResult AlternativeModel(string outcome, bool withDeciles, bool monthEffects, CancellationToken cancellationToken)
    {
        var source = Source();
        var spec = source.Spec(outcome, monthEffects, null);
        if (!withDeciles)
        {
            var deciles = Options.Model.Deciles.Select(WorkRiskModelSpec.DecileColumn).ToHashSet(StringComparer.Ordinal);
            spec = spec with { Categorical = [.. spec.Categorical.Where(t => !deciles.Contains(t.Column))] };
        }

        return LinearModel.Fit(source.Table, spec, _fitOptions, cancellationToken);
    }

    private ModelSource Source() => _source ?? throw new NotSupportedException(
        "These indicators were computed inside a database, so there are no rows to fit an in-memory model on; fit the risk model there with DuckDbPushDown.Fit or PostgreSqlPushDown.Fit.");
}
