using Indikator.Core.Indicators.Disclosure;
using Indikator.Core.RiskAdjustment;
using MathNet.Numerics.Distributions;

namespace Indikator.Core.Indicators.Work;

/// <summary>A finer level (index into the same list) whose units nest in a level's units and cover all its rows, and the coarse unit of each of its units.</summary>
internal sealed record FinerSource(int Level, int[] UnitMap);

/// <summary>One outcome's variant (a) fit and the national quantities every level compares with.</summary>
internal sealed class OutcomeContext
{
    // Null when the cell sums come from a database (push-down): then only the tables from cell sums are built.
    private readonly ModelSource? _source;
    private readonly Data.YearMonth[] _months;
    private readonly int _k;
    private readonly WorkIndicatorOptions _options;
    private readonly string _outcome;
    private readonly double[] _y = [];
    // The variant (a) fit's pieces, dropped by ReleaseMeanResidualFit once its tables are built.
    private int[] _used = [];
    private double[] _residuals = [];
    private DesignMap? _map;
    private double[] _covariance;
    private double[] _bread;
    private readonly double _factor;
    // Set by SetNational from the country's cells of Aggregate, before any table is built.
    private double[] _nationalDesign = [];
    private double[] _nationalActual = [];
    private double _nationalPooled = double.NaN;
    private readonly string[] _monthLabels;
    private readonly double _z;

    public OutcomeContext(ModelSource source, WorkIndicatorOptions options, string outcome, LinearModelResult fit)
    {
        _source = source;
        _months = source.Months;
        _options = options;
        _outcome = outcome;
        _y = source.Table.Numeric(outcome).Array;
        _used = ArrayOf(fit.UsedRows);
        _residuals = ArrayOf(fit.Residuals);
        _map = DesignMap.Build(fit, source.Table);
        _k = _map.Size;
        _covariance = DesignMap.Covariance(fit);
        _bread = fit.Bread;
        _factor = fit.SmallSampleFactor;
        _monthLabels = [.. source.Months.Select(m => m.ToString())];
        _z = Normal.InvCDF(0, 1, 1 - ((1 - options.ConfidenceLevel) / 2));
    }

    /// <summary>A context for cell sums computed elsewhere (inside a database): the fit's pieces the tables need, no rows.</summary>
    /// <param name="months">The measurement months, in order.</param>
    /// <param name="options">The options.</param>
    /// <param name="outcome">The outcome column.</param>
    /// <param name="k">The number of kept coefficients, the width of the design sums.</param>
    /// <param name="covariance">The person-clustered covariance of the kept coefficients (k x k, row-major).</param>
    /// <param name="bread">(X'X)^-1 over the kept coefficients.</param>
    /// <param name="factor">The covariance's small-sample factor.</param>
    public OutcomeContext(Data.YearMonth[] months, WorkIndicatorOptions options, string outcome, int k, double[] covariance, double[] bread, double factor)
    {
        _months = months;
        _options = options;
        _outcome = outcome;
        _k = k;
        _covariance = covariance;
        _bread = bread;
        _factor = factor;
        _monthLabels = [.. months.Select(m => m.ToString())];
        _z = Normal.InvCDF(0, 1, 1 - ((1 - options.ConfidenceLevel) / 2));
    }

    private ModelSource Source => _source ?? throw new InvalidOperationException("This context has cell sums only, no rows.");

    /// <summary>Gets the outcome column.</summary>
    public string Outcome => _outcome;

    /// <summary>The national means per month (actual and design) and pooled, from the country's unit x month cells of <see cref="Aggregate"/>.</summary>
    public void SetNational(CellStatistics national)
    {
        var months = _months.Length;
        var k = _k;
        _nationalDesign = new double[months * k];
        _nationalActual = new double[months];
        double sumY = 0, rows = 0;
        for (var t = 0; t < months; t++)
        {
            var n = national.Rows[t];
            sumY += national.SumY[t];
            rows += n;
            _nationalActual[t] = n > 0 ? national.SumY[t] / n : double.NaN;
            for (var j = 0; j < k; j++)
            {
                _nationalDesign[(t * k) + j] = n > 0 ? national.Design[(t * k) + j] / n : 0;
            }
        }

        _nationalPooled = sumY / rows;
    }

    /// <summary>Drops the per-row pieces of the variant (a) fit (used rows, residuals), which variant (b) does not need.</summary>
    public void ReleaseMeanResidualFit()
    {
        _used = [];
        _residuals = [];
    }

    /// <summary>The variant (a) risk model of an outcome: no unit effects, month effects only when comparing within the month.</summary>
    public static LinearModelResult FitMeanResidual(ModelSource source, WorkIndicatorOptions options, string outcome, FitOptions fitOptions)
        => LinearModel.Fit(source.Table, source.Spec(outcome, options.Model.CompareWithinMonth, null), fitOptions);

    /// <summary>
    /// The variant (b) model of an outcome with fixed effects of <paramref name="column"/>'s units and the measurement month.
    /// The within estimator always compares within unit and month: without month effects the inflow deciles, which
    /// vary by region and month, absorb the months and bias the unit effects (docs/arbeidsindikatoren.md, section 2).
    /// </summary>
    public static LinearModelResult FitFixedEffectModel(ModelSource source, string outcome, string column, FitOptions fitOptions)
        => LinearModel.Fit(source.Table, source.Spec(outcome, periodEffects: true, column), fitOptions);

    /// <summary>
    /// Sums per unit and month (with the design) and per unit pooled, over the rows of the variant (a) fits of several
    /// outcomes, for every level in one pass over the rows, person by person (<see cref="CellStatistics.ComputeMany"/>).
    /// Outcomes whose fits used the same rows with the same coefficients share the pass and the sums that do not depend
    /// on the outcome; the others get a pass of their own. A level with a finer source (<see cref="FinerSource"/>) gets
    /// its design and score sums added up from the source's cells. A priority-group level's nested differences
    /// (<see cref="GroupDifferenceCounts"/>) are counted once per distinct set of used rows, shared by its outcomes.
    /// </summary>
    /// <returns>Per context, per level, the sums.</returns>
    /// <param name="contexts">The outcomes' contexts.</param>
    /// <param name="levels">The levels (the country last).</param>
    /// <param name="sources">Each level's finer source, or null.</param>
    /// <param name="parallel">The layouts are split between this many threads, each walking all the rows for its own layouts, so the sums do not depend on the number of threads.</param>
    public static LevelAggregate[][] Aggregate(IReadOnlyList<OutcomeContext> contexts, IReadOnlyList<LevelCodes> levels, IReadOnlyList<FinerSource?> sources, ParallelOptions parallel)
    {
        var result = new LevelAggregate[contexts.Count][];
        var done = new bool[contexts.Count];
        var differences = new List<(OutcomeContext Lead, GroupDifferenceCounts?[] Counts)>();
        for (var c = 0; c < contexts.Count; c++)
        {
            if (done[c])
            {
                continue;
            }

            var lead = contexts[c];
            var together = Enumerable.Range(c, contexts.Count - c).Where(o => !done[o] && lead.SameRowsAndDesign(contexts[o])).ToArray();
            var requests = lead.Requests(levels, sources);
            var stats = ComputeSplit(
                requests, lead._used, [.. together.Select(o => contexts[o]._residuals)], [.. together.Select(o => contexts[o]._y)], lead._map, lead.Source, parallel);
            var counts = lead.Differences(levels, differences);
            for (var t = 0; t < together.Length; t++)
            {
                result[together[t]] = Assemble(levels, sources, stats[t], counts, lead._months.Length, design: t == 0);
                done[together[t]] = true;
            }
        }

        return result;
    }

    /// <summary>
    /// <see cref="CellStatistics.ComputeMany"/> with the layouts split into parts of about equal cost, one pass per part
    /// side by side: each layout's sums are what a pass of its own gives, whatever the number of parts.
    /// </summary>
    private static CellStatistics[][] ComputeSplit(List<CellRequest> requests, int[] used, double[][] residuals, double[][] y, DesignMap? map, ModelSource source, ParallelOptions parallel)
    {
        var parts = Math.Min(requests.Count, parallel.MaxDegreeOfParallelism > 0 ? parallel.MaxDegreeOfParallelism : Environment.ProcessorCount);
        if (parts <= 1)
        {
            return CellStatistics.ComputeMany(requests, used, residuals, y, map, source);
        }

        // Greedy by a rough cost per row: design and score sums over the rows cost more than counts.
        var load = new double[parts];
        var members = Enumerable.Range(0, parts).Select(_ => new List<int>()).ToArray();
        foreach (var q in Enumerable.Range(0, requests.Count).OrderByDescending(Cost).ThenBy(q => q))
        {
            var part = Array.IndexOf(load, load.Min());
            members[part].Add(q);
            load[part] += Cost(q);
        }

        var results = new CellStatistics[parts][][];
        Parallel.For(0, parts, parallel, p => results[p] = CellStatistics.ComputeMany([.. members[p].Select(q => requests[q])], used, residuals, y, map, source));
        var stats = new CellStatistics[residuals.Length][];
        for (var o = 0; o < stats.Length; o++)
        {
            stats[o] = new CellStatistics[requests.Count];
            for (var p = 0; p < parts; p++)
            {
                for (var i = 0; i < members[p].Count; i++)
                {
                    stats[o][members[p][i]] = results[p][o][i];
                }
            }
        }

        return stats;

        double Cost(int q) => 1 + (requests[q].SumsFromFiner ? 0 : (requests[q].Design ? 2 : 0) + (requests[q].Scores ? 2 : 0));
    }

    private bool SameRowsAndDesign(OutcomeContext other)
        => ReferenceEquals(this, other) || (_map is not null && other._map is not null && _map.SameCoefficients(other._map) && SameRows(other));

    private bool SameRows(OutcomeContext other)
        => ReferenceEquals(this, other) || (ReferenceEquals(_source, other._source) && _used.AsSpan().SequenceEqual(other._used));

    /// <summary>
    /// Per level, the nested differences of a priority-group level over this context's used rows (null for other
    /// levels): those of an earlier context over the same rows in <paramref name="counted"/>, else counted now and added.
    /// Outcomes whose designs differ can still share rows, so the rows alone decide.
    /// </summary>
    private GroupDifferenceCounts?[] Differences(IReadOnlyList<LevelCodes> levels, List<(OutcomeContext Lead, GroupDifferenceCounts?[] Counts)> counted)
    {
        foreach (var (lead, counts) in counted)
        {
            if (lead.SameRows(this))
            {
                return counts;
            }
        }

        var source = Source;
        GroupDifferenceCounts?[] result = [.. levels.Select(l => l.Members is { } members
            ? GroupDifferenceCounts.Count(members, _used, source.PersonStart, source.PeriodCodes, _months.Length)
            : null)];
        counted.Add((this, result));
        return result;
    }

    private List<CellRequest> Requests(IReadOnlyList<LevelCodes> levels, IReadOnlyList<FinerSource?> sources)
    {
        var months = _months.Length;
        var scores = !_options.Model.CompareWithinMonth;
        var requests = new List<CellRequest>();
        for (var l = 0; l < levels.Count; l++)
        {
            var level = levels[l];
            if (level.Members is { } members)
            {
                // Groups overlap, so each is a layout of its own over its members' months, pooled through a map.
                var pooled = new int[months];
                foreach (var group in members)
                {
                    requests.Add(new CellRequest(group, months, true, scores));
                    requests.Add(new CellRequest(group, 1, false, false, pooled));
                }

                continue;
            }

            var units = level.Units.Length;
            requests.Add(new CellRequest(level.UnitOfRow, units * months, true, scores, SumsFromFiner: sources[l] is not null, ByMonth: true));
            requests.Add(new CellRequest(level.UnitOfRow, units, false, false));
        }

        return requests;
    }

    /// <summary>The levels' aggregates from one outcome's request statistics and its rows' nested differences (<paramref name="differences"/>,
    /// per level); <paramref name="design"/> is false for an outcome that shares the design sums of one assembled before it.</summary>
    private static LevelAggregate[] Assemble(
        IReadOnlyList<LevelCodes> levels, IReadOnlyList<FinerSource?> sources, CellStatistics[] stats, GroupDifferenceCounts?[] differences, int months, bool design)
    {
        var result = new LevelAggregate[levels.Count];
        var at = 0;
        for (var l = 0; l < levels.Count; l++)
        {
            if (levels[l].Members is { } members)
            {
                var cells = new CellStatistics[members.Length];
                var pooled = new CellStatistics[members.Length];
                for (var g = 0; g < members.Length; g++)
                {
                    cells[g] = stats[at++];
                    pooled[g] = stats[at++];
                }

                result[l] = new LevelAggregate(CellStatistics.Stack(cells), CellStatistics.Stack(pooled)) { Differences = differences[l]!.Fill };
            }
            else
            {
                result[l] = new LevelAggregate(stats[at], stats[at + 1]);
                at += 2;
            }
        }

        for (var l = 0; l < levels.Count; l++)
        {
            if (sources[l] is { } finer)
            {
                result[l].Cells.AddFinerSums(result[finer.Level].Cells, finer.UnitMap, months, design);
            }
        }

        return result;
    }

    /// <summary>
    /// Disclosure control of a level's unit x month table (<see cref="TableSuppression"/>) and, when coarser published
    /// levels are given, of the lines that bind its cells to theirs (<see cref="LinkedSuppression"/>).
    /// </summary>
    public LevelStatus Suppress(LevelCodes level, LevelAggregate aggregate, IReadOnlyList<CoarseMargin> margins)
    {
        var months = _months.Length;
        var units = level.Units.Length;
        var (cells, pooled) = (aggregate.Cells, aggregate.Pooled);
        var present = Enumerable.Range(0, units).Where(u => pooled.Rows[u] > 0).ToArray();
        var monthlyPersons = new int[present.Length * months];
        for (var i = 0; i < present.Length; i++)
        {
            Array.Copy(cells.Persons, present[i] * months, monthlyPersons, i * months, months);
        }

        var (presentMonthly, presentPooled) = TableSuppression.Apply(
            [.. present.Select(u => level.Units[u])], _monthLabels, monthlyPersons, [.. present.Select(u => pooled.Persons[u])], _options.MinimumPersons);
        var status = new LevelStatus(new SuppressionStatus[units * months], new SuppressionStatus[units]);
        for (var i = 0; i < present.Length; i++)
        {
            Array.Copy(presentMonthly, i * months, status.Monthly, present[i] * months, months);
            status.Pooled[present[i]] = presentPooled[i];
        }

        if (margins.Count > 0)
        {
            LinkedSuppression.Apply(units, months, cells.Persons, pooled.Persons, status.Monthly, status.Pooled, margins);
        }

        return status;
    }

    /// <summary>Disclosure control of a priority-group level (<see cref="GroupSuppression"/>), whose groups overlap.</summary>
    public LevelStatus SuppressGroups(LevelCodes level, LevelAggregate aggregate, LevelStatus country)
        => GroupSuppression.Apply(
            level, aggregate, _months.Length, country, _options.MinimumPersons,
            aggregate.Differences ?? throw new InvalidOperationException("A priority-group level's sums come with its nested differences."));

    /// <summary>Variant (a): mean residuals per unit and month and pooled.</summary>
    /// <remarks>
    /// Pooled model (the default): the cell's contribution C = ebar_c is linear in the errors with weights
    /// c_i = 1[i in c]/n - xbar_c'(X'X)^-1 x_i, so its person-clustered variance is
    /// f sum_p (E_pc/n - a_c's_p)^2 = f (S_EE/n^2 - 2 a_c'Q_c/n) + xbar_c'V_b xbar_c, a_c = (X'X)^-1 xbar_c, with f the
    /// engine's small-sample factor (so V_b = f (X'X)^-1 M (X'X)^-1). Compared within the month: V_res + d'V_b d with
    /// d the cell's mean design minus the national one of the month (docs/arbeidsindikatoren.md, section 3).
    /// </remarks>
    public (WorkIndicatorTable Table, IReadOnlyList<PooledEstimate> Pooled) MeanResidualTable(LevelCodes level, LevelAggregate aggregate, LevelStatus status)
    {
        var months = _months.Length;
        var units = level.Units.Length;
        var k = _k;
        var (cells, pooled) = (aggregate.Cells, aggregate.Pooled);
        var withinMonth = _options.Model.CompareWithinMonth;
        // OLS residuals sum to zero over the whole sample (intercept, or month effects) and within every level of a
        // categorical covariate, so the pooled contribution of the country, and of a level that is itself a covariate
        // (need category), is exactly zero; with month effects so is the country's contribution in every month. A
        // crossing is not: the model has no interactions, so cells of a covariate within an office need not sum to zero.
        var monthlyZero = level.Level.IsCountry && withinMonth;
        var pooledZero = level.Level.IsCountry || (!level.Level.IsCrossed && _options.Model.Categorical.Any(c => c.Column == level.Level.Column));
        var rows = new List<WorkIndicatorRow>();
        var estimates = new List<PooledEstimate>();
        var d = new double[k];
        var pooledD = new double[k];
        var pooledQ = new double[k];
        for (var u = 0; u < units; u++)
        {
            var total = pooled.Rows[u];
            if (total == 0)
            {
                continue;
            }

            var name = level.Units[u];
            Array.Clear(pooledD);
            Array.Clear(pooledQ);
            for (var t = 0; t < months; t++)
            {
                var cell = (u * months) + t;
                var n = cells.Rows[cell];
                if (n == 0)
                {
                    continue;
                }

                for (var j = 0; j < k; j++)
                {
                    var mean = cells.Design[(cell * k) + j] / n;
                    d[j] = withinMonth ? mean - _nationalDesign[(t * k) + j] : mean;
                    pooledD[j] += n * d[j];
                }

                var contribution = cells.SumE[cell] / n;
                double variance;
                if (withinMonth)
                {
                    variance = monthlyZero ? 0 : cells.ResidualVariance(cell) + DesignMap.Quadratic(d, _covariance);
                }
                else
                {
                    var q = cells.Scores.AsSpan(cell * k, k);
                    for (var j = 0; j < k; j++)
                    {
                        pooledQ[j] += q[j];
                    }

                    variance = Linearised(cells.SumEE[cell], n, d, q, cells.Persons[cell]);
                }

                rows.Add(Row(name, _months[t], status.Monthly[cell], cells.Persons[cell], n, cells.SumY[cell] / n, contribution, variance, _nationalActual[t]));
            }

            for (var j = 0; j < k; j++)
            {
                pooledD[j] /= total;
            }

            var pooledContribution = pooled.SumE[u] / total;
            // A priority group that is a union of a model term's levels (age under a band cut) is zero by construction too.
            var unitZero = pooledZero || (level.Level.IsPriorityGroups && GroupMembership.SpannedByModel(level.Level.Groups[u], _options.Model));
            var pooledVariance = unitZero ? 0
                : withinMonth ? pooled.ResidualVariance(u) + DesignMap.Quadratic(pooledD, _covariance)
                : Linearised(pooled.SumEE[u], total, pooledD, pooledQ, pooled.Persons[u]);
            rows.Add(Row(name, null, status.Pooled[u], pooled.Persons[u], total, pooled.SumY[u] / total, pooledContribution, pooledVariance, _nationalPooled));
            estimates.Add(new PooledEstimate(name, status.Pooled[u], pooled.Persons[u], total, pooledContribution, Math.Sqrt(pooledVariance)));
        }

        return (new WorkIndicatorTable(_outcome, level.Level, ContributionVariant.MeanResidual, rows, level.Labels), estimates);
    }

    /// <summary>
    /// f (S_EE/n^2 - 2 a'Q/n) + xbar'V_b xbar with a = (X'X)^-1 xbar: the person-clustered variance of the cell's mean
    /// residual with the covariance between its own residuals and the coefficients (docs/arbeidsindikatoren.md, section 3).
    /// NaN with fewer than two persons, as the residual variance; never negative (rounding, for a cell whose weights
    /// vanish, such as the country pooled).
    /// </summary>
    private double Linearised(double sumEE, int n, ReadOnlySpan<double> xbar, ReadOnlySpan<double> q, int persons)
    {
        if (persons < 2)
        {
            return double.NaN;
        }

        var k = xbar.Length;
        var cross = 0.0;
        for (var i = 0; i < k; i++)
        {
            var a = 0.0;
            for (var j = 0; j < k; j++)
            {
                a += _bread[(i * k) + j] * xbar[j];
            }

            cross += a * q[i];
        }

        var variance = (_factor * ((sumEE / ((double)n * n)) - (2 * cross / n))) + DesignMap.Quadratic(xbar, _covariance);
        return Math.Max(0, variance);
    }

    /// <summary>The risk model with fixed effects of <paramref name="column"/>'s units and the measurement month (variant (b), whatever <see cref="WorkRiskModelSpec.CompareWithinMonth"/> says; <see cref="FitFixedEffectModel"/>), and the centring and variance pieces every level on that column shares.</summary>
    /// <param name="column">The fixed-effect column's units.</param>
    /// <param name="fit">The fit with that column's and the month's fixed effects.</param>
    /// <param name="levels">The levels whose tables use this fit: their unit sums come from the same pass over the rows and persons.</param>
    public FixedEffectFit FitFixedEffect(LevelCodes column, LinearModelResult fit, IReadOnlyList<LevelCodes> levels)
    {
        var used = ArrayOf(fit.UsedRows);
        var residuals = ArrayOf(fit.Residuals);
        var map = DesignMap.Build(fit, Source.Table);
        var k = map.Size;
        var units = column.Units.Length;

        // A level that is the column itself (office) has the column's sums; the others (office x need category) get theirs in the same pass.
        var own = levels.Select(l => l.Level.Columns.Count == 1 && l.Level.Column == column.Level.Column).ToArray();
        var requests = new List<CellRequest> { new(column.UnitOfRow, units, true, false) };
        requests.AddRange(levels.Where((_, i) => !own[i]).Select(l => new CellRequest(l.UnitOfRow, l.Units.Length, true, false)));
        var all = CellStatistics.ComputeAll(requests, used, residuals, _y, map, Source);
        var stats = all[0];
        var next = 1;
        var levelStats = new Dictionary<string, CellStatistics>(StringComparer.Ordinal);
        for (var i = 0; i < levels.Count; i++)
        {
            levelStats[levels[i].Level.Name] = own[i] ? stats : all[next++];
        }

        return FixedEffectFromCells(column, fit.FixedEffects[0], k, DesignMap.Covariance(fit), stats, levelStats);
    }

    /// <summary>
    /// The centring and variance pieces of variant (b) from the fixed-effect column's unit sums (rows, design sums and
    /// person-cluster sums over the fit's rows) and the fit's unit effects: what the in-memory path sums over the rows
    /// and the push-down path sums inside a database.
    /// </summary>
    /// <param name="column">The fixed-effect column's units.</param>
    /// <param name="effects">The fit's effects of the column's units.</param>
    /// <param name="k">The number of kept coefficients.</param>
    /// <param name="covariance">The person-clustered covariance of the kept coefficients (k x k).</param>
    /// <param name="stats">The column's unit sums, with design sums.</param>
    /// <param name="levelStats">Per level name on the column, its units' sums, with design sums.</param>
    public static FixedEffectFit FixedEffectFromCells(
        LevelCodes column, FixedEffectEstimates effects, int k, double[] covariance, CellStatistics stats, IReadOnlyDictionary<string, CellStatistics> levelStats)
    {
        var units = column.Units.Length;
        var total = 0.0;
        var weightedEffect = 0.0;
        var effect = new double[units];
        var overall = new double[k];
        for (var u = 0; u < units; u++)
        {
            var n = stats.Rows[u];
            if (n == 0)
            {
                continue;
            }

            effect[u] = effects[column.Units[u]];
            total += n;
            weightedEffect += n * effect[u];
            for (var j = 0; j < k; j++)
            {
                overall[j] += stats.Design[(u * k) + j];
            }
        }

        for (var j = 0; j < k; j++)
        {
            overall[j] /= total;
        }

        var sumW2V = 0.0;
        for (var u = 0; u < units; u++)
        {
            if (stats.Rows[u] == 0)
            {
                continue;
            }

            var v = stats.ResidualVariance(u);
            var w = stats.Rows[u] / total;
            if (double.IsFinite(v))
            {
                sumW2V += w * w * v;
            }
        }

        return new FixedEffectFit(column, k, covariance, effect, weightedEffect / total, total, overall, sumW2V, levelStats);
    }

    /// <summary>
    /// Variant (b), pooled only: C_u = mean over the unit's rows of (y - x'b - g_t) - sum_v w_v a_v, the unit's mean
    /// actual minus its mean expected without the unit effect, relative to the person-month-weighted mean effect. For a
    /// unit of the fixed-effect column it is a_u + its mean residual (zero within the unit) minus the centre; for a
    /// crossed unit (an office's need category) it is the office's a_o plus how its users in that category do
    /// relative to the model.
    /// </summary>
    public (WorkIndicatorTable Table, IReadOnlyList<PooledEstimate> Pooled) FixedEffectTable(LevelCodes level, FixedEffectFit fe, LevelStatus status)
    {
        var k = fe.K;
        var units = level.Units.Length;
        var stats = fe.LevelStatistics[level.Level.Name];
        var unitOf = level.MapTo(fe.Column)!;
        var reference = _options.Units.First(l => l.Name == level.Level.Name);
        var rows = new List<WorkIndicatorRow>();
        var estimates = new List<PooledEstimate>();
        var d = new double[k];
        for (var u = 0; u < units; u++)
        {
            var n = stats.Rows[u];
            if (n == 0)
            {
                continue;
            }

            for (var j = 0; j < k; j++)
            {
                d[j] = (stats.Design[(u * k) + j] / n) - fe.Overall[j];
            }

            // The centre includes the cell's own residuals with weight w (persons are assumed to stay in one cell), hence
            // (1 - w)^2 V_u + sum_(v != u) w_v^2 V_v = (1 - 2w) V_u + sum_v w_v^2 V_v over the fixed-effect units v.
            var w = n / fe.Total;
            var variance = ((1 - (2 * w)) * stats.ResidualVariance(u)) + fe.SumW2V + DesignMap.Quadratic(d, fe.Covariance);
            var contribution = fe.Effect[unitOf[u]] + (stats.SumE[u] / n) - fe.Centre;
            rows.Add(Row(level.Units[u], null, status.Pooled[u], stats.Persons[u], n, stats.SumY[u] / n, contribution, variance, _nationalPooled));
            estimates.Add(new PooledEstimate(level.Units[u], status.Pooled[u], stats.Persons[u], n, contribution, Math.Sqrt(variance)));
        }

        return (new WorkIndicatorTable(_outcome, reference, ContributionVariant.FixedEffect, rows, level.Labels), estimates);
    }

    private WorkIndicatorRow Row(string unit, Data.YearMonth? month, SuppressionStatus status, int persons, int n, double actual, double contribution, double variance, double national)
    {
        if (status != SuppressionStatus.Published)
        {
            return new WorkIndicatorRow(unit, month, status, null, null, null, null, null, null, null, null, null);
        }

        var se = Math.Sqrt(variance);
        return new WorkIndicatorRow(
            unit, month, status, persons, n, actual, actual - contribution, contribution, se,
            contribution - (_z * se), contribution + (_z * se), contribution / national);
    }

    /// <summary>The array behind a fit's residuals, not a copy (the fit is dropped when its tables are built).</summary>
    // The fit's own array when the memory is all of one (no copy of a per-row array at NAV's scale).
    private static T[] ArrayOf<T>(ReadOnlyMemory<T> values)
        => System.Runtime.InteropServices.MemoryMarshal.TryGetArray(values, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : values.ToArray();
}
