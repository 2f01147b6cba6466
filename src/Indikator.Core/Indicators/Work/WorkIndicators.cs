using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Indikator.Core.Data;
using Indikator.Core.Internal;
using Indikator.Core.Outcomes;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Indicators.Work;

/// <summary>
/// Computes arbeidsindikatoren: for each outcome, unit (office, region, need category, programme, country, and crossings
/// such as office x need category) and
/// measurement month, and pooled over all months, the persons, actual and expected means, the contribution
/// (actual - expected) with its standard error and confidence interval, and the contribution relative to the national
/// level; then empirical-Bayes shrinkage and funnel limits per level, with disclosure control on every table.
/// </summary>
/// <remarks>
/// <para>Variant (a), <see cref="ContributionVariant.MeanResidual"/>: the risk model without unit effects
/// (<see cref="WorkRiskModelSpec"/>) is fitted once per outcome; a unit's contribution is its mean residual. Variant
/// (b), <see cref="ContributionVariant.FixedEffect"/>: for each level in <see cref="WorkIndicatorOptions.FixedEffectLevels"/>
/// the model is refitted with unit and measurement-month fixed effects (always: the within estimator compares within
/// unit and month); the contribution is the unit's fixed effect minus the
/// person-month-weighted mean of all units' effects; for a crossed level (office x need category) the model with
/// fixed effects of its first column is used, and a cell's contribution is its mean actual minus its mean expected
/// without the office effect, a_o + (the cell's mean residual) - centre.</para>
/// <para>With the default model, pooled over all months, contributions are relative to the average over the whole
/// observation period, and the country's monthly rows are NAV's national time series (NAV, "Ny arbeidsindikator i Nav:
/// Hvordan kan den tolkes?", 2025).</para>
/// <para>Standard errors (docs/arbeidsindikatoren.md, section 3), clustered by person because persons recur across
/// months. Variant (a), pooled model: the exact linearisation of the cell's mean residual, whose weights are
/// c_i = 1[i in cell]/n - xbar'(X'X)^-1 x_i: V = f (S_EE/n^2 - 2 a'Q/n) + xbar'V_b xbar with a = (X'X)^-1 xbar,
/// S_EE the sum of squared person sums of residuals in the cell, Q the sum of those times the person's score vector,
/// V_b the person-clustered covariance of b and f its small-sample factor; it includes the covariance of the cell's
/// own residuals with b, which matters for the national monthly rows. Compared within the month: CR1 of the cell's mean
/// residual plus d'V_b d with d the cell's mean design minus the national one of the same months. For (b) the
/// centring is included: (1 - w_u)^2 V_u + sum_(v != u) w_v^2 V_v + d'V_b d.</para>
/// <para>Disclosure control: each level's unit x month table is suppressed with both margins; a crossed level is then
/// also linked to the coarser levels whose cells are sums of its cells (office, need category, region x need
/// category, country), see docs/arbeidsindikatoren.md, section 8.
/// Priority groups (<see cref="WorkUnitLevel.PriorityGroups"/>) overlap: each group is aggregated over its own rows
/// and suppressed with its own rules (small cells, nested differences, the month margin; section 2b).</para>
/// <para>Aggregation makes single passes over columnar arrays: one over the used rows per level, one over the rows
/// grouped by person for the clusters; no per-row objects. Outcomes run side by side (at most
/// <see cref="WorkIndicatorOptions.MaxDegreeOfParallelism"/> at a time) and are merged in their order, so the result does
/// not depend on the number of threads.</para>
/// <para>This type is stateless and thread safe.</para>
/// </remarks>
public static class WorkIndicators
{
    /// <summary>Computes the work outcomes (<see cref="WorkVolume"/>) of the stock and then the indicators.</summary>
    /// <param name="stock">The stock panel with the model's and the units' columns.</param>
    /// <param name="employment">The employment records.</param>
    /// <param name="outcomeOptions">The outcome options; their outcome names must include <see cref="WorkIndicatorOptions.Outcomes"/>.</param>
    /// <param name="options">The indicator options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the computation; the result does not keep it.</param>
    /// <returns>The indicators.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">A column is missing, or an option is out of range (named in the message).</exception>
    /// <exception cref="InvalidRecordException">An employment record is invalid.</exception>
    /// <exception cref="OperationCanceledException">The computation was cancelled.</exception>
    public static WorkIndicatorResult Compute(
        PersonMonthPanel stock, EmploymentRecords employment, WorkVolumeOptions outcomeOptions, WorkIndicatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(stock);
        Guard.NotNull(employment);
        Guard.NotNull(outcomeOptions);
        var outcomes = WorkVolume.Compute(stock, employment, outcomeOptions, cancellationToken);
        return Compute(outcomes.AddTo(stock), options, cancellationToken);
    }

    /// <summary>Computes the indicators from a panel that already holds the outcome columns (for example from <see cref="WorkVolumeResult.AddTo"/>).</summary>
    /// <param name="panel">The stock panel with outcome, model and unit columns. Rows with a missing (NaN) outcome are left out of that outcome.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the computation; the result does not keep it (its models refit on
    /// request without it).</param>
    /// <returns>The indicators.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="panel"/> is null.</exception>
    /// <exception cref="ArgumentException">A column is missing, or an option is out of range (named in the message).</exception>
    /// <exception cref="FitNotConvergedException">A risk model's fixed-effect projection did not converge: no table is
    /// published from such a fit.</exception>
    /// <exception cref="OperationCanceledException">The computation was cancelled.</exception>
    public static WorkIndicatorResult Compute(PersonMonthPanel panel, WorkIndicatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(panel);
        options ??= new WorkIndicatorOptions();
        Validate(options);
        var source = ModelSource.Build(panel, options);
        // Outcomes are independent, and each one's fits are largely sequential, so they run side by side.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };

        // Each level's codes, and each of the plans below, is a pass of its own over the rows: side by side.
        var units = options.Units;
        var levels = new LevelCodes[units.Count];
        SideBySide(units.Count, parallel, i => levels[i] = LevelCodes.Build(units[i], source));
        var country = LevelCodes.Build(WorkUnitLevel.Country, source);
        var feColumns = options.FixedEffectLevels.Select(name => levels.First(l => l.Level.Name == name).Level.Column!).Distinct(StringComparer.Ordinal).ToArray();
        (int[] Order, List<(int[] Map, int Coarse)>[] Margins) suppression = ([], []);
        FinerSource?[] finer = [];
        Dictionary<string, LevelCodes> feCodes = [];
        SideBySide(3, parallel, task =>
        {
            switch (task)
            {
                case 0: suppression = SuppressionPlan(levels, country); break;
                case 1: finer = FinerSources([.. levels, country]); break;
                default: feCodes = feColumns.ToDictionary(c => c, c => LevelCodes.Build(new WorkUnitLevel(c, c), source), StringComparer.Ordinal); break;
            }
        });
        var (order, margins) = suppression;
        var fitOptions = FitOptionsFor(options);

        var plan = new Plan(source, options, fitOptions, parallel, levels, country, order, margins, finer, feCodes,
            new ProgressCounter(options.Progress, options.Outcomes.Count * (1 + feColumns.Length)));
        var outcomes = options.Outcomes;
        var work = new OutcomeWork[outcomes.Count];
        var clock = Stopwatch.StartNew();
        WorkIndicatorLog.LogStarted(options.Logger, panel.RowCount, outcomes.Count, levels.Length);

        // Outcomes whose censored rows agree (jobb3 and atid3, jobb12 and atid12) share one frame and cross-product
        // (LinearModel.FitMany); one such group is in memory at a time, and each fit is dropped once its tables are built.
        foreach (var group in LinearModel.SameMissingRows(source.Table, outcomes))
        {
            string[] names = [.. group.Select(o => outcomes[o])];

            // Variant (a).
            var fits = LinearModel.FitMany(source.Table, source.Spec(names[0], options.Model.CompareWithinMonth, null), names, fitOptions, cancellationToken);
            var contexts = new OutcomeContext[group.Length];
            SideBySide(group.Length, parallel, g => contexts[g] = new OutcomeContext(source, options, names[g], fits[g]));
            Array.Clear(fits);
            var aggregates = OutcomeContext.Aggregate(contexts, [.. levels, country], plan.Sources, parallel);
            SideBySide(group.Length, parallel, g =>
            {
                work[group[g]] = MeanResidualTables(plan, contexts[g], aggregates[g]);
                aggregates[g] = null!;
                plan.Progress.Step();
            });
            WorkIndicatorLog.LogStep(options.Logger, "variant (a), mean residual", names, clock.Elapsed.TotalMilliseconds);

            // Variant (b): one fit per fixed-effect column and outcome, shared by the levels on that column (office and
            // office x need category).
            foreach (var column in feColumns)
            {
                var feFits = LinearModel.FitMany(source.Table, source.Spec(names[0], periodEffects: true, column), names, fitOptions, cancellationToken);
                SideBySide(group.Length, parallel, g =>
                {
                    FixedEffectTables(plan, work[group[g]], column, feFits[g]);
                    feFits[g] = null!;
                    plan.Progress.Step();
                });
                WorkIndicatorLog.LogStep(options.Logger, "variant (b), fixed effects of " + column, names, clock.Elapsed.TotalMilliseconds);
            }
        }

        // Merged in the order of the outcomes, so the result does not depend on which outcome finished first.
        var tables = new List<WorkIndicatorTable>();
        var comparisons = new List<UnitComparison>();
        foreach (var w in work)
        {
            tables.AddRange(w.Tables);
            comparisons.AddRange(w.Comparisons);
            foreach (var name in options.FixedEffectLevels)
            {
                var (table, comparison) = w.FixedEffect[name];
                tables.Add(table);
                comparisons.Add(comparison);
            }
        }

        return new WorkIndicatorResult(options, tables, comparisons, source, fitOptions, RowExclusions.Count(panel, options));
    }

    /// <summary>The options of every risk-model fit of a computation.</summary>
    internal static FitOptions FitOptionsFor(WorkIndicatorOptions options) => new()
    {
        Covariance = CovarianceSpec.Cluster(ModelSource.PersonColumn),
        MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
        Logger = options.Logger,

        // Published tables must not rest on a fixed-effect projection that stopped short: refuse, naming the cause.
        RequireConvergence = true,
    };

    /// <summary>Runs <paramref name="action"/> for 0..count-1 side by side (outcomes, levels) and rethrows the failure of the lowest index, as a sequential loop would.</summary>
    internal static void SideBySide(int count, ParallelOptions parallel, Action<int> action)
    {
        var failures = new ExceptionDispatchInfo?[count];
        Parallel.For(0, count, parallel, o =>
        {
            try
            {
                action(o);
            }
#pragma warning disable CA1031 // Rethrown below: the first outcome's failure, as a sequential loop would throw it.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures[o] = ExceptionDispatchInfo.Capture(e is AggregateException { InnerExceptions.Count: 1 } a ? a.InnerExceptions[0] : e);
            }
        });
        Array.Find(failures, f => f is not null)?.Throw();
    }

    private static OutcomeWork MeanResidualTables(Plan plan, OutcomeContext context, LevelAggregate[] all)
    {
        var work = new OutcomeWork(context, new LevelStatus[plan.Levels.Length]);
        TablesFromCells(context, plan.Options, plan.Levels, plan.Country, plan.Order, plan.Margins, all, plan.Parallel, work.Status, work.Tables, work.Comparisons);
        context.ReleaseMeanResidualFit();
        return work;
    }

    /// <summary>
    /// Variant (a) from per-cell sums on: national means, disclosure control, the tables, shrinkage and funnel limits.
    /// The seam between aggregation and publication: the in-memory path feeds it sums over its rows, the push-down path
    /// (<see cref="PushDown.PushDownWorkIndicators"/>) sums computed inside a database.
    /// </summary>
    /// <param name="context">The outcome's context.</param>
    /// <param name="options">The options.</param>
    /// <param name="levels">The levels, without the country.</param>
    /// <param name="countryCodes">The country's codes.</param>
    /// <param name="order">The suppression order (<see cref="SuppressionPlan"/>).</param>
    /// <param name="margins">The coarser margins of each level (<see cref="SuppressionPlan"/>).</param>
    /// <param name="all">The sums of each level and, last, of the country.</param>
    /// <param name="parallel">The parallel options of the table building.</param>
    /// <param name="status">Receives each level's disclosure status.</param>
    /// <param name="tables">Receives the tables, in the order of the levels.</param>
    /// <param name="comparisons">Receives the comparisons, in the order of the levels.</param>
    internal static void TablesFromCells(
        OutcomeContext context, WorkIndicatorOptions options, LevelCodes[] levels, LevelCodes countryCodes, int[] order, List<(int[] Map, int Coarse)>[] margins,
        LevelAggregate[] all, ParallelOptions parallel, LevelStatus[] status, List<WorkIndicatorTable> tables, List<UnitComparison> comparisons)
    {
        // Levels are independent except for disclosure control, which links a crossed level to the coarser levels it
        // sums to: suppress in the plan's order, then build the tables in parallel.
        var aggregates = all[..^1];
        var country = all[^1];
        context.SetNational(country.Cells);
        var countryStatus = context.Suppress(countryCodes, country, []);
        foreach (var i in order)
        {
            status[i] = levels[i].Members is not null
                ? context.SuppressGroups(levels[i], aggregates[i], countryStatus)
                : context.Suppress(levels[i], aggregates[i], [.. margins[i].Select(m => new CoarseMargin(m.Map, m.Coarse < 0 ? countryStatus : status[m.Coarse]))]);
        }

        var perLevel = new (WorkIndicatorTable Table, UnitComparison? Comparison)[levels.Length];
        Parallel.For(0, levels.Length, parallel, i =>
        {
            var (table, pooled) = context.MeanResidualTable(levels[i], aggregates[i], status[i]);
            // Shrinkage and funnel limits assume separate units; overlapping priority groups are not.
            perLevel[i] = (table, levels[i].Level.IsCountry || levels[i].Level.IsPriorityGroups ? null : Comparisons.Build(context.Outcome, levels[i], ContributionVariant.MeanResidual, pooled, options));
        });
        foreach (var (table, comparison) in perLevel)
        {
            tables.Add(table);
            if (comparison is not null)
            {
                comparisons.Add(comparison);
            }
        }
    }

    private static void FixedEffectTables(Plan plan, OutcomeWork work, string column, LinearModelResult fit)
    {
        var (options, levels) = (plan.Options, plan.Levels);
        var onColumn = options.FixedEffectLevels.Select(name => levels.First(l => l.Level.Name == name)).Where(l => l.Level.Column == column).ToArray();
        var fe = work.Context.FitFixedEffect(plan.FixedEffectCodes[column], fit, onColumn);
        foreach (var name in options.FixedEffectLevels)
        {
            var index = Array.FindIndex(levels, l => l.Level.Name == name);
            var level = levels[index];
            if (level.Level.Column != column)
            {
                continue;
            }

            var (table, pooled) = work.Context.FixedEffectTable(level, fe, work.Status[index]);
            work.FixedEffect[name] = (table, Comparisons.Build(work.Context.Outcome, level, ContributionVariant.FixedEffect, pooled, options));
        }
    }

    /// <summary>
    /// The order in which levels are suppressed and, per level, the coarser levels whose published cells are sums of its
    /// cells (index into the levels, -1 for the country). Every level is first suppressed on its own (unit x month table
    /// with both margins; the column margin is the country). Levels come coarser first: single columns before crossings,
    /// then fewer columns, then fewer units. Each is then linked to every earlier level whose units contain its units:
    /// office to region (offices lie in one region each), office x need category to office, need category, region x need
    /// category and the country. Without the link a hidden office-month could be recovered from its region's published
    /// month minus the region's other offices.
    /// </summary>
    internal static (int[] Order, List<(int[] Map, int Coarse)>[] Margins) SuppressionPlan(LevelCodes[] levels, LevelCodes country)
    {
        var order = Enumerable.Range(0, levels.Length)
            .OrderBy(i => levels[i].Level.IsCrossed ? 1 : 0)
            .ThenBy(i => levels[i].Level.IsCrossed ? levels[i].Level.Columns.Count : 0)
            .ThenBy(i => levels[i].Units.Length)
            .ThenBy(i => i)
            .ToArray();
        var margins = new List<(int[] Map, int Coarse)>[levels.Length];
        for (var position = 0; position < order.Length; position++)
        {
            var i = order[position];
            margins[i] = [];
            if (levels[i].Level.IsCountry || levels[i].Level.IsPriorityGroups)
            {
                continue;
            }

            if (levels[i].Level.IsCrossed)
            {
                margins[i].Add((levels[i].MapTo(country)!, -1));
            }

            for (var earlier = 0; earlier < position; earlier++)
            {
                var c = order[earlier];
                if (!levels[c].Level.IsCountry && (levels[i].MapTo(levels[c]) ?? levels[i].PartialMapTo(levels[c])) is { } map)
                {
                    margins[i].Add((map, c));
                }
            }
        }

        return (order, margins);
    }

    /// <summary>
    /// For each level (the country last), the finer level its design and score sums are added up from, or null when it
    /// is summed over the rows itself: region, county and the country from office, need category and region x need
    /// category from office x need category. Finest levels first; a level is summed from the finer row-summed level with
    /// the fewest units whose units nest in its units and cover all its rows. Priority groups overlap and are always
    /// summed over their rows.
    /// </summary>
    internal static FinerSource?[] FinerSources(LevelCodes[] all)
    {
        var sources = new FinerSource?[all.Length];
        var summed = new List<int>();
        foreach (var i in Enumerable.Range(0, all.Length).Where(i => all[i].Members is null).OrderByDescending(i => all[i].Units.Length).ThenBy(i => i))
        {
            foreach (var d in summed.OrderBy(d => all[d].Units.Length).ThenBy(d => d))
            {
                if (all[d].Units.Length > all[i].Units.Length && all[d].MapTo(all[i]) is { } map && all[d].Covers(all[i]))
                {
                    sources[i] = new FinerSource(d, map);
                    break;
                }
            }

            if (sources[i] is null)
            {
                summed.Add(i);
            }
        }

        return sources;
    }

    internal static void Validate(WorkIndicatorOptions options)
    {
        if (options.Outcomes is null || options.Outcomes.Count == 0)
        {
            throw new ArgumentException("At least one outcome is needed.", nameof(options));
        }

        if (options.Outcomes.Distinct(StringComparer.Ordinal).Count() != options.Outcomes.Count)
        {
            throw new ArgumentException("Outcomes: a name is repeated.", nameof(options));
        }

        if (options.MinimumPersons < 1)
        {
            throw new ArgumentException($"MinimumPersons must be at least 1 (was {options.MinimumPersons}).", nameof(options));
        }

        if (!(options.ConfidenceLevel > 0 && options.ConfidenceLevel < 1))
        {
            throw new ArgumentException($"ConfidenceLevel must be in (0, 1) (was {options.ConfidenceLevel}).", nameof(options));
        }

        Guard.NotNull(options.Model);
        if (options.Units.Select(u => u.Name).Distinct(StringComparer.Ordinal).Count() != options.Units.Count)
        {
            throw new ArgumentException("Units: a level name is repeated.", nameof(options));
        }

        var covariates = new HashSet<string>(options.Model.Categorical.Select(c => c.Column), StringComparer.Ordinal);
        foreach (var name in options.FixedEffectLevels)
        {
            var level = options.Units.FirstOrDefault(u => u.Name == name)
                ?? throw new ArgumentException($"FixedEffectLevels: '{name}' is not one of the Units.", nameof(options));
            if (level.IsPriorityGroups)
            {
                throw new ArgumentException(
                    $"FixedEffectLevels: level '{name}' is priority groups, which overlap, so no unit has a fixed effect of its own; its contribution is variant (a), the mean residual.", nameof(options));
            }

            if (level.Column is null || covariates.Contains(level.Column))
            {
                throw new ArgumentException(
                    $"FixedEffectLevels: level '{name}' cannot have a fixed effect (it is the country, or its first column '{level.Column}' is a covariate of the model).", nameof(options));
            }
        }
    }

    /// <summary>What every outcome shares: the data, the levels and their suppression plan, the fit options.</summary>
    private sealed record Plan(
        ModelSource Source,
        WorkIndicatorOptions Options,
        FitOptions FitOptions,
        ParallelOptions Parallel,
        LevelCodes[] Levels,
        LevelCodes Country,
        int[] Order,
        List<(int[] Map, int Coarse)>[] Margins,
        FinerSource?[] Sources,
        Dictionary<string, LevelCodes> FixedEffectCodes,
        ProgressCounter Progress);

    /// <summary>One outcome's context, its levels' suppression, its variant (a) tables and comparisons in output order, and its variant (b) ones by level name.</summary>
    private sealed record OutcomeWork(OutcomeContext Context, LevelStatus[] Status)
    {
        public List<WorkIndicatorTable> Tables { get; } = [];

        public List<UnitComparison> Comparisons { get; } = [];

        public Dictionary<string, (WorkIndicatorTable Table, UnitComparison Comparison)> FixedEffect { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Counts finished fits across outcomes running side by side; the lock keeps the reported fractions increasing.</summary>
    private sealed class ProgressCounter(IProgress<double>? progress, int steps)
    {
        private readonly object _gate = new();
        private int _done;

        public void Step()
        {
            if (progress is null)
            {
                return;
            }

            lock (_gate)
            {
                progress.Report(++_done / (double)steps);
            }
        }
    }
}
