using System.Data.Common;
using System.Globalization;
using System.Text;
using Indikator.Core.Data;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Internal;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.PushDown;

/// <summary>
/// <see cref="WorkIndicators"/> computed inside a database, variants (a) and (b) and priority groups: the risk models
/// are fitted there (<see cref="PushDownLinearModel"/>, clustered by person), the per-cell sums of every level are
/// summed there (<see cref="WorkIndicatorSql"/>), and from the cell sums on the in-memory code builds the tables
/// (<see cref="WorkIndicators.TablesFromCells"/>: national means, disclosure control, standard errors, shrinkage and
/// funnel limits; OutcomeContext.FixedEffectFromCells and FixedEffectTable for variant (b)). Called by the DuckDB and
/// PostgreSQL packages, which supply the connection and the dialect.
/// </summary>
/// <remarks>
/// Statements, in order: the period column's type (a LIMIT 0 probe), the categories of each column a priority group
/// lists, the excluded rows by reason, the histogram of each decile column, the months, the combinations of unit
/// categories (for the units and how levels nest, which suppression needs), and per outcome the fit's passes, two
/// statements per level (unit x month cells with design and score sums, units pooled; per group of a priority-group
/// level, plus two for its nested differences), then per fixed-effect column the variant (b) fit's passes and one
/// statement per level on that column (per-unit sums with design sums).
/// </remarks>
internal static class PushDownWorkIndicators
{
    public static WorkIndicatorResult Compute(
        DbConnection connection, SqlDialect dialect, string engine, string query, string personKey, string period, WorkIndicatorOptions? options, string sourceName, CancellationToken cancellationToken)
    {
        Guard.NotNull(connection);
        Guard.NotNull(sourceName);
        options ??= new WorkIndicatorOptions();
        Check(query, personKey, period, options);
        var runner = new DbAggregateRunner(connection, sourceName, engine, cancellationToken);
        var sql = new WorkIndicatorSql(dialect, query, options, personKey, period, PeriodIsDate(runner, dialect, query, period));

        CheckCategories(runner, sql);
        var exclusions = Exclusions(runner, sql, options);
        var cuts = options.Model.Deciles.Select(c => (double[]?)Cuts(runner.Run(sql.DecileHistogram(c), 0))).ToArray();
        var derived = sql.Derived(cuts);
        var months = Months(runner, sql.Months(derived), out var onePerPersonMonth);
        var feColumns = FixedEffectColumns(options);
        var (levels, country, feCodes) = Levels(options, sql, runner.Run(sql.UnitCombinations(derived), sql.UnitColumns.Length), feColumns);
        var (order, margins) = WorkIndicators.SuppressionPlan(levels, country);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        var fitOptions = new PushDownOptions { Covariance = CovarianceSpec.Cluster(ModelSource.PersonColumn) };

        var tables = new List<WorkIndicatorTable>();
        var comparisons = new List<UnitComparison>();
        foreach (var outcome in options.Outcomes)
        {
            var fit = PushDownLinearModel.Fit(runner, dialect, derived, Spec(options, outcome), fitOptions);
            var k = fit.Kept.Length;
            var context = new OutcomeContext(months.Values, options, outcome, k, fit.Result.CovarianceMatrix, fit.Bread, fit.Result.SmallSampleFactor);
            var scores = !options.Model.CompareWithinMonth;
            var finest = onePerPersonMonth ? Finest(runner.Run(sql.FinestCellSums(fit, scores), sql.UnitColumns.Length + 1)) : null;
            var all = levels.Append(country).Select(l => Aggregate(runner, sql, fit, l, months, scores, finest)).ToArray();
            var status = new LevelStatus[levels.Length];
            WorkIndicators.TablesFromCells(context, options, levels, country, order, margins, all, parallel, status, tables, comparisons);

            // Variant (b): one fit per fixed-effect column, shared by the levels on it, in the order of the options.
            var fixedEffect = new Dictionary<string, (WorkIndicatorTable Table, UnitComparison Comparison)>(StringComparer.Ordinal);
            foreach (var column in feColumns)
            {
                FixedEffectTables(runner, dialect, sql, derived, options, outcome, context, levels, status, feCodes[column], fitOptions, fixedEffect);
            }

            foreach (var name in options.FixedEffectLevels)
            {
                tables.Add(fixedEffect[name].Table);
                comparisons.Add(fixedEffect[name].Comparison);
            }

            options.Progress?.Report((Array.IndexOf([.. options.Outcomes], outcome) + 1) / (double)options.Outcomes.Count);
        }

        return new WorkIndicatorResult(options, tables, comparisons, exclusions, [.. runner.Statements]);
    }

    /// <summary>The statements <see cref="Compute"/> would run, without running any, with placeholders for what earlier
    /// statements compute (cut points <c>:column_cutk</c>, coefficients <c>:bj</c>, inline tables).</summary>
    public static string Explain(SqlDialect dialect, string query, string personKey, string period, bool periodIsDate, WorkIndicatorOptions? options)
    {
        options ??= new WorkIndicatorOptions();
        Check(query, personKey, period, options);
        var sql = new WorkIndicatorSql(dialect, query, options, personKey, period, periodIsDate);
        var derived = sql.Derived(new double[]?[options.Model.Deciles.Count]);
        var text = new StringBuilder();
        text.AppendLine("-- The work indicators inside the database, variants (a) and (b). The rows of the model are the derived query D:")
            .Append("-- ").AppendLine(derived).AppendLine();
        var step = 0;
        void Add(string title, string statement) => text.Append("-- ").Append(++step).Append(". ").AppendLine(title).AppendLine(statement + ";").AppendLine();
        foreach (var c in options.Model.Deciles)
        {
            Add($"values of {c} and their counts, for its decile cut points", sql.DecileHistogram(c));
        }

        Add("rows left out of each outcome, by the first missing model column (-1: none) and whether the outcome is missing", sql.Exclusions());
        Add("the months, with their rows and persons (as many persons as rows in every month: no person has two rows in a month)", sql.Months(derived));
        Add("the combinations of unit categories", sql.UnitCombinations(derived));
        var outcome = options.Outcomes[0];
        var spec = Spec(options, outcome);
        text.Append("-- ").Append(++step).Append(". the risk model of ").Append(outcome).AppendLine(", clustered by person, over D (repeated for each outcome):")
            .AppendLine(PushDownLinearModel.Explain(dialect, derived, spec, new PushDownOptions { Covariance = CovarianceSpec.Cluster(ModelSource.PersonColumn) }));
        var (model, _, pushSql) = PushDownLinearModel.Prepare(dialect, derived, spec, null);
        var values = PushDownLinearModel.SymbolicValues(model, spec);
        var all = Enumerable.Range(0, values.Design.Length).ToArray();
        var fit = new PushDownFitDetails(null!, pushSql, values, all, [.. Enumerable.Repeat(1.0, all.Length)], []);
        Add("when no person has two rows in a month: every unit level's monthly cells at once, per combination of the unit columns and month, rows, sums, design sums and score cross-moments (the levels' own monthly statements below then do not run)", sql.FinestCellSums(fit, scores: !options.Model.CompareWithinMonth));
        foreach (var level in options.Units.Append(WorkUnitLevel.Country))
        {
            if (level.IsPriorityGroups)
            {
                var indices = level.Groups.Select(g => Array.IndexOf(sql.Groups, g)).ToArray();
                foreach (var g in indices)
                {
                    Add($"{level.Name}, group {sql.Groups[g].Name}: per month, its rows' sums, design sums, persons and person-cluster sums", sql.GroupCellSums(fit, g, monthly: true, scores: !options.Model.CompareWithinMonth));
                    Add($"{level.Name}, group {sql.Groups[g].Name}: pooled over the months", sql.GroupCellSums(fit, g, monthly: false, scores: false));
                }

                Add($"{level.Name}: per month, for each pair of groups (and the country), rows of one outside the other and persons in the difference", sql.GroupDifferences(fit, indices, monthly: true));
                Add($"{level.Name}: the same pooled over the months", sql.GroupDifferences(fit, indices, monthly: false));
                continue;
            }

            Add($"{level.Name}: per unit and month, rows, sums, design sums, persons and person-cluster sums (when some person has two rows in a month)", sql.CellSums(fit, level, monthly: true, scores: !options.Model.CompareWithinMonth));
            Add($"{level.Name}: per unit pooled over the months", sql.CellSums(fit, level, monthly: false, scores: false));
        }

        foreach (var column in FixedEffectColumns(options))
        {
            var feSpec = FixedEffectSpec(options, outcome, column);
            text.Append("-- ").Append(++step).Append(". variant (b): the risk model of ").Append(outcome).Append(" with fixed effects of ").Append(column)
                .AppendLine(" and the month, clustered by person, over D (repeated for each outcome); the unit effects follow from its cell sums and coefficients:")
                .AppendLine(PushDownLinearModel.Explain(dialect, derived, feSpec, new PushDownOptions { Covariance = CovarianceSpec.Cluster(ModelSource.PersonColumn) }));
            var (feModel, _, feSql) = PushDownLinearModel.Prepare(dialect, derived, feSpec, null);
            var feValues = PushDownLinearModel.SymbolicValues(feModel, feSpec);
            var feAll = Enumerable.Range(0, feValues.Design.Length).ToArray();
            var feFit = new PushDownFitDetails(null!, feSql, feValues, feAll, [.. Enumerable.Repeat(1.0, feAll.Length)], []);
            foreach (var level in options.FixedEffectLevels.Select(n => options.Units.First(u => u.Name == n)).Where(l => l.Column == column))
            {
                Add($"variant (b), {level.Name}: per unit over the fixed-effect fit's rows, rows, sums, design sums, persons and person-cluster sums", sql.UnitSums(feFit, level));
            }
        }

        return text.ToString();
    }

    private static void Check(string query, string personKey, string period, WorkIndicatorOptions options)
    {
        Guard.NotNull(query);
        Guard.NotEmpty(personKey);
        Guard.NotEmpty(period);
        WorkIndicators.Validate(options);
    }

    /// <summary>The rows each outcome leaves out, by reason and column, as <see cref="RowExclusions.Count"/> lists them:
    /// per outcome the missing outcome first, then the model columns in order, only counts above zero.</summary>
    private static List<RowExclusion> Exclusions(DbAggregateRunner runner, WorkIndicatorSql sql, WorkIndicatorOptions options)
    {
        var columns = sql.ExclusionColumns();
        var outcomes = options.Outcomes.Count;
        var missingOutcome = new long[outcomes];
        var missing = new long[outcomes, columns.Length];
        foreach (var (keys, v) in runner.Run(sql.Exclusions(), 1))
        {
            var first = int.Parse(keys[0], NumberStyles.Integer, CultureInfo.InvariantCulture);
            for (var o = 0; o < outcomes; o++)
            {
                missingOutcome[o] += (long)v[2 * o];
                if (first >= 0)
                {
                    missing[o, first] += (long)v[(2 * o) + 1];
                }
            }
        }

        var result = new List<RowExclusion>();
        for (var o = 0; o < outcomes; o++)
        {
            var outcome = options.Outcomes[o];
            if (missingOutcome[o] > 0)
            {
                result.Add(new RowExclusion(outcome, RowExclusionReason.OutcomeMissing, outcome, checked((int)missingOutcome[o])));
            }

            for (var c = 0; c < columns.Length; c++)
            {
                if (missing[o, c] > 0)
                {
                    result.Add(new RowExclusion(outcome, RowExclusionReason.CovariateMissing, columns[c], checked((int)missing[o, c])));
                }
            }
        }

        return result;
    }

    /// <summary>The variant (a) model of ModelSource.Spec, over the derived query's columns.</summary>
    private static LinearModelSpec Spec(WorkIndicatorOptions options, string outcome)
    {
        var model = options.Model;
        List<CategoricalTerm> terms = [.. model.Categorical, .. model.Bands.Select(b => new CategoricalTerm(b.BandColumn)), .. model.Deciles.Select(d => new CategoricalTerm(WorkRiskModelSpec.DecileColumn(d)))];
        return new LinearModelSpec(outcome, model.Numeric)
        {
            Categorical = terms,
            FixedEffects = model.CompareWithinMonth ? [ModelSource.PeriodColumn] : [],
        };
    }

    /// <summary>Whether the period column has a date type (its month is the period) rather than text yyyy-MM.</summary>
    private static bool PeriodIsDate(DbAggregateRunner runner, SqlDialect dialect, string query, string period)
        => runner.ColumnType($"SELECT s.{dialect.Quote(period)} FROM ({SqlDialect.TrimQuery(query)}) AS s LIMIT 0") == SourceType.Date;

    /// <summary>Cut k is the ceil(k n / 10)-th smallest value, as ModelSource.DecileCodes, from (value, count) rows.</summary>
    private static double[] Cuts(List<(string[] Keys, double[] Values)> histogram)
    {
        var sorted = histogram.Select(h => (Value: h.Values[0], Count: (long)h.Values[1])).OrderBy(h => h.Value).ToArray();
        var n = sorted.Sum(h => h.Count);
        var cuts = new double[9];
        if (n == 0)
        {
            return cuts;
        }

        for (var k = 1; k <= 9; k++)
        {
            var position = Math.Max(0, (long)Math.Ceiling(k * n / 10.0) - 1);
            var below = 0L;
            foreach (var (value, count) in sorted)
            {
                below += count;
                if (below > position)
                {
                    cuts[k - 1] = value;
                    break;
                }
            }
        }

        return cuts;
    }

    /// <summary>The months in order, and whether every month has as many persons as rows (<see cref="WorkIndicatorSql.Months"/>).</summary>
    private static (YearMonth[] Values, Dictionary<string, int> Index) Months(DbAggregateRunner runner, string statement, out bool onePerPersonMonth)
    {
        var months = new List<YearMonth>();
        onePerPersonMonth = true;
        foreach (var (keys, v) in runner.Run(statement, 1))
        {
            onePerPersonMonth &= v[0] == v[1];
            months.Add(YearMonth.TryParse(keys[0], CultureInfo.InvariantCulture, out var month)
                ? month
                : throw new DataSourceException($"{runner.SourceName}: the period is not a month yyyy-MM: '{keys[0]}'."));
        }

        YearMonth[] sorted = [.. months.Distinct().OrderBy(m => m.Index)];
        if (sorted.Length == 0)
        {
            throw new ArgumentException("The query returns no rows.", nameof(statement));
        }

        return (sorted, sorted.Select((m, t) => (m, t)).ToDictionary(x => x.m.ToString(), x => x.t, StringComparer.Ordinal));
    }

    /// <summary>The levels' units over one pseudo-row per combination of unit categories: the units, their labels and how
    /// levels nest are what the rows would give, since they depend only on which combinations occur.</summary>
    private static (LevelCodes[] Levels, LevelCodes Country, Dictionary<string, LevelCodes> FixedEffectColumns) Levels(
        WorkIndicatorOptions options, WorkIndicatorSql sql, List<(string[] Keys, double[] Values)> combinations, string[] feColumns)
    {
        var builder = new ColumnTableBuilder();
        var rows = combinations.Count;
        for (var c = 0; c < sql.UnitColumns.Length; c++)
        {
            string[] levels = [.. combinations.Select(r => r.Keys[c]).Where(Present).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            var index = levels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
            builder.AddCategorical(sql.UnitColumns[c], [.. combinations.Select(r => Present(r.Keys[c]) ? index[r.Keys[c]] : CategoricalColumn.MissingCode)], levels);
        }

        if (sql.UnitColumns.Length == 0)
        {
            rows = 0;
        }

        var table = builder.Build();
        return ([.. options.Units.Select(l => l.IsPriorityGroups ? LevelCodes.GroupsWithoutRows(l) : LevelCodes.Build(l, table))], LevelCodes.Build(WorkUnitLevel.Country, table),
            feColumns.ToDictionary(c => c, c => LevelCodes.Build(new WorkUnitLevel(c, c), table), StringComparer.Ordinal));

        static bool Present(string key) => key.Length > 0 && key != "NA";
    }

    /// <summary>The distinct first columns of the variant (b) levels, in the order of the options (as the in-memory path).</summary>
    private static string[] FixedEffectColumns(WorkIndicatorOptions options)
        => [.. options.FixedEffectLevels.Select(name => options.Units.First(l => l.Name == name).Column!).Distinct(StringComparer.Ordinal)];

    /// <summary>The variant (b) model: unit fixed effects of <paramref name="column"/> and month effects, over the derived query (ModelSource.Spec).</summary>
    private static LinearModelSpec FixedEffectSpec(WorkIndicatorOptions options, string outcome, string column)
        => Spec(options, outcome) with { FixedEffects = [column, ModelSource.PeriodColumn] };

    /// <summary>
    /// Variant (b) of the levels on one fixed-effect column, inside the database: the model with unit and month fixed
    /// effects is fitted there (<see cref="PushDownLinearModel"/>, clustered by person), its unit effects follow from the
    /// fit's cell sums and coefficients (<see cref="FirstPass.FixedEffectEstimates"/>), and one statement per level sums,
    /// per unit over the fit's rows, the outcome, residuals, design and person-cluster pieces; from these the in-memory
    /// code builds the tables (OutcomeContext.FixedEffectFromCells and FixedEffectTable).
    /// </summary>
    private static void FixedEffectTables(
        DbAggregateRunner runner, SqlDialect dialect, WorkIndicatorSql sql, string derived, WorkIndicatorOptions options, string outcome, OutcomeContext context,
        LevelCodes[] levels, LevelStatus[] status, LevelCodes column, PushDownOptions fitOptions, Dictionary<string, (WorkIndicatorTable Table, UnitComparison Comparison)> into)
    {
        var name = column.Level.Column!;
        var fit = PushDownLinearModel.Fit(runner, dialect, derived, FixedEffectSpec(options, outcome, name), fitOptions);
        var k = fit.Kept.Length;
        var onColumn = options.FixedEffectLevels.Select(l => Array.FindIndex(levels, c => c.Level.Name == l)).Where(i => levels[i].Level.Column == name).ToArray();
        var columnStats = UnitStatistics(runner, sql, fit, column);
        var levelStats = new Dictionary<string, CellStatistics>(StringComparer.Ordinal);
        foreach (var i in onColumn)
        {
            var level = levels[i];
            levelStats[level.Level.Name] = level.Level.Columns.Count == 1 ? columnStats : UnitStatistics(runner, sql, fit, level);
        }

        var effects = fit.Result.FixedEffects.First(f => f.Name == name);
        var fe = OutcomeContext.FixedEffectFromCells(column, effects, k, fit.Result.CovarianceMatrix, columnStats, levelStats);
        foreach (var i in onColumn)
        {
            var (table, pooled) = context.FixedEffectTable(levels[i], fe, status[i]);
            into[levels[i].Level.Name] = (table, Comparisons.Build(outcome, levels[i], ContributionVariant.FixedEffect, pooled, options));
        }
    }

    /// <summary>A level's per-unit sums with design sums over a variant (b) fit's rows (<see cref="WorkIndicatorSql.UnitSums"/>).</summary>
    private static CellStatistics UnitStatistics(DbAggregateRunner runner, WorkIndicatorSql sql, PushDownFitDetails fit, LevelCodes level)
    {
        var k = fit.Kept.Length;
        var keys = level.Level.Columns.Count;
        var unitIndex = level.Units.Select((u, i) => (u, i)).ToDictionary(x => x.u, x => x.i, StringComparer.Ordinal);
        var stats = new CellStatistics(level.Units.Length, k);
        foreach (var (key, v) in runner.Run(sql.UnitSums(fit, level.Level), keys))
        {
            var unit = unitIndex[string.Join(WorkUnitLevel.LabelSeparator, key)];
            FillCell(stats, unit, v, k);
            Array.Copy(v, 3, stats.Design, unit * k, k);
        }

        return stats;
    }

    /// <summary>
    /// Checks each category a priority group names against the categories that occur in its column, as the in-memory
    /// path checks them against the column's levels (GroupMembership), with the same message.
    /// </summary>
    private static void CheckCategories(DbAggregateRunner runner, WorkIndicatorSql sql)
    {
        var occurring = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in sql.Groups)
        {
            for (var c = 0; c < group.Conditions.Count; c++)
            {
                var condition = group.Conditions[c];
                if (!condition.IsCategorical)
                {
                    continue;
                }

                if (!occurring.TryGetValue(condition.Column, out var levels))
                {
                    levels = [.. runner.Run(sql.Categories(condition.Column), 1).Select(r => r.Keys[0]).Where(k => k.Length > 0 && k != "NA").Order(StringComparer.Ordinal)];
                    occurring[condition.Column] = levels;
                }

                foreach (var category in condition.Categories.Where(x => Array.BinarySearch(levels, x, StringComparer.Ordinal) < 0))
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                        $"Priority group '{group.Name}', condition {c} ({condition}): '{category}' is not a category of '{condition.Column}'; its categories are: {string.Join(", ", levels)}."));
                }
            }
        }
    }

    /// <summary>The rows of <see cref="WorkIndicatorSql.FinestCellSums"/> in the order of their keys, so that every level
    /// adds them up in the same order whatever order the database returned them in.</summary>
    private static List<(string[] Keys, double[] Values)> Finest(List<(string[] Keys, double[] Values)> rows)
    {
        rows.Sort((a, b) =>
        {
            for (var i = 0; i < a.Keys.Length; i++)
            {
                var c = string.CompareOrdinal(a.Keys[i], b.Keys[i]);
                if (c != 0)
                {
                    return c;
                }
            }

            return 0;
        });
        return rows;
    }

    /// <summary>A level's cell sums (unit x month, with design and scores) and pooled sums, from the database: the
    /// monthly cells from <paramref name="finest"/> when given (<see cref="WorkIndicatorSql.FinestCellSums"/>), else
    /// from a statement of their own.</summary>
    private static LevelAggregate Aggregate(DbAggregateRunner runner, WorkIndicatorSql sql, PushDownFitDetails fit, LevelCodes level, (YearMonth[] Values, Dictionary<string, int> Index) months, bool scores, List<(string[] Keys, double[] Values)>? finest)
    {
        var k = fit.Kept.Length;
        var count = months.Values.Length;
        if (level.Members is not null)
        {
            return GroupAggregate(runner, sql, fit, level, months, scores);
        }

        var unitIndex = level.Units.Select((u, i) => (u, i)).ToDictionary(x => x.u, x => x.i, StringComparer.Ordinal);
        var keys = level.Level.Columns.Count;
        var cells = new CellStatistics(level.Units.Length * count, k, scores);
        if (finest is not null)
        {
            AddFinest(cells, level, finest, sql.UnitColumns, months.Index, Unit, k);
        }

        foreach (var (key, v) in finest is null ? runner.Run(sql.CellSums(fit, level.Level, monthly: true, scores), keys + 1) : [])
        {
            var cell = (Unit(key) * count) + months.Index[key[keys]];
            Fill(cells, cell, v, k);
            Array.Copy(v, 3, cells.Design, cell * k, k);
            if (cells.Scores is { } q)
            {
                Array.Copy(v, 7 + k, q, cell * k, k);
            }
        }

        var pooled = new CellStatistics(level.Units.Length, 0);
        foreach (var (key, v) in runner.Run(sql.CellSums(fit, level.Level, monthly: false, scores: false), keys))
        {
            Fill(pooled, Unit(key), v, 0);
        }

        return new LevelAggregate(cells, pooled);

        int Unit(string[] key) => level.Level.IsCountry ? 0 : unitIndex[string.Join(WorkUnitLevel.LabelSeparator, key[..keys])];

        static void Fill(CellStatistics stats, int cell, double[] v, int k) => FillCell(stats, cell, v, k);
    }

    /// <summary>
    /// A priority-group level's sums: each group over its own rows (the conditions as a WHERE inside the database),
    /// per month with design and scores and pooled, stacked in the order of the groups as the in-memory path stacks
    /// them; and the nested differences its disclosure control needs, counted there too.
    /// </summary>
    private static LevelAggregate GroupAggregate(DbAggregateRunner runner, WorkIndicatorSql sql, PushDownFitDetails fit, LevelCodes level, (YearMonth[] Values, Dictionary<string, int> Index) months, bool scores)
    {
        var k = fit.Kept.Length;
        var count = months.Values.Length;
        var indices = level.Level.Groups.Select(g => Array.IndexOf(sql.Groups, g)).ToArray();
        var cells = new CellStatistics[indices.Length];
        var pooled = new CellStatistics[indices.Length];
        for (var g = 0; g < indices.Length; g++)
        {
            cells[g] = new CellStatistics(count, k, scores);
            foreach (var (key, v) in runner.Run(sql.GroupCellSums(fit, indices[g], monthly: true, scores), 1))
            {
                var cell = months.Index[key[0]];
                FillCell(cells[g], cell, v, k);
                Array.Copy(v, 3, cells[g].Design, cell * k, k);
                if (cells[g].Scores is { } q)
                {
                    Array.Copy(v, 7 + k, q, cell * k, k);
                }
            }

            pooled[g] = new CellStatistics(1, 0);
            foreach (var (_, v) in runner.Run(sql.GroupCellSums(fit, indices[g], monthly: false, scores: false), 0))
            {
                FillCell(pooled[g], 0, v, 0);
            }
        }

        // Per ordered pair (B, then A: the country, then the other groups), as GroupDifferences writes them: months, then pooled.
        var pairs = new Dictionary<(int A, int B), (int[] Outside, int[] Difference)>();
        var order = new List<(int A, int B)>();
        for (var b = 0; b < indices.Length; b++)
        {
            for (var a = -1; a < indices.Length; a++)
            {
                if (a != b)
                {
                    pairs[(a, b)] = (new int[count + 1], new int[count + 1]);
                    order.Add((a, b));
                }
            }
        }

        foreach (var (key, v) in runner.Run(sql.GroupDifferences(fit, indices, monthly: true), 1))
        {
            Spread(months.Index[key[0]], v);
        }

        foreach (var (_, v) in runner.Run(sql.GroupDifferences(fit, indices, monthly: false), 0))
        {
            Spread(count, v);
        }

        return new LevelAggregate(CellStatistics.Stack(cells), CellStatistics.Stack(pooled))
        {
            Differences = (a, b, outside, difference) =>
            {
                var (o, d) = pairs[(a, b)];
                Array.Copy(o, outside, o.Length);
                Array.Copy(d, difference, d.Length);
            },
        };

        void Spread(int column, double[] v)
        {
            for (var p = 0; p < order.Count; p++)
            {
                var (o, d) = pairs[order[p]];
                o[column] = checked((int)v[2 * p]);
                d[column] = checked((int)v[(2 * p) + 1]);
            }
        }
    }

    /// <summary>Adds each row of <see cref="WorkIndicatorSql.FinestCellSums"/> whose level keys are present (not empty or
    /// <c>NA</c>, as <see cref="WorkIndicatorSql.CellSums"/> filters) to its unit and month: one row per person and month
    /// makes each person-cluster sum a row sum.</summary>
    private static void AddFinest(CellStatistics cells, LevelCodes level, List<(string[] Keys, double[] Values)> finest, string[] unitColumns, Dictionary<string, int> months, Func<string[], int> unit, int k)
    {
        var columns = level.Level.Columns.Select(c => Array.IndexOf(unitColumns, c)).ToArray();
        var key = new string[columns.Length];
        foreach (var (keys, v) in finest)
        {
            var present = true;
            for (var i = 0; i < columns.Length; i++)
            {
                key[i] = keys[columns[i]];
                present &= key[i].Length > 0 && key[i] != "NA";
            }

            if (!present)
            {
                continue;
            }

            var cell = (unit(key) * months.Count) + months[keys[^1]];
            var rows = checked((int)v[0]);
            cells.Rows[cell] += rows;
            cells.Persons[cell] += rows;
            cells.SumY[cell] += v[1];
            cells.SumE[cell] += v[2];
            cells.SumNE[cell] += v[2];
            cells.SumNN[cell] += v[0];
            cells.SumEE[cell] += v[3 + k];
            for (var j = 0; j < k; j++)
            {
                cells.Design[(cell * k) + j] += v[3 + j];
            }

            if (cells.Scores is { } q)
            {
                for (var j = 0; j < k; j++)
                {
                    q[(cell * k) + j] += v[4 + k + j];
                }
            }
        }
    }

    /// <summary>Rows, sums and person-cluster pieces of one cell from a row of <see cref="WorkIndicatorSql.CellSums"/>.</summary>
    private static void FillCell(CellStatistics stats, int cell, double[] v, int k)
    {
        stats.Rows[cell] = checked((int)v[0]);
        stats.SumY[cell] = v[1];
        stats.SumE[cell] = v[2];
        stats.Persons[cell] = checked((int)v[3 + k]);
        stats.SumEE[cell] = v[4 + k];
        stats.SumNE[cell] = v[5 + k];
        stats.SumNN[cell] = v[6 + k];
    }
}
