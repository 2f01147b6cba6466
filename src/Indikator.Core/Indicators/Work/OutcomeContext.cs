using Indikator.Core.Indicators.Disclosure;
using Indikator.Core.RiskAdjustment;
using MathNet.Numerics.Distributions;

namespace Indikator.Core.Indicators.Work;

/// <summary>One outcome's variant (a) fit and the national quantities every level compares with.</summary>
internal sealed class OutcomeContext
{
    private readonly ModelSource _source;
    private readonly WorkIndicatorOptions _options;
    private readonly string _outcome;
    private readonly FitOptions _fitOptions;
    private readonly double[] _y;
    private readonly int[] _used;
    private readonly double[] _residuals;
    private readonly int[] _position;
    private readonly DesignMap _map;
    private readonly double[] _covariance;
    private readonly double[] _nationalDesign;
    private readonly double[] _nationalActual;
    private readonly double _nationalPooled;
    private readonly string[] _monthLabels;
    private readonly double _z;

    public OutcomeContext(ModelSource source, WorkIndicatorOptions options, string outcome, FitOptions fitOptions, LevelCodes country)
    {
        _source = source;
        _options = options;
        _outcome = outcome;
        _fitOptions = fitOptions;
        _y = source.Table.Numeric(outcome).Array;
        Fit = LinearModel.Fit(source.Table, source.Spec(outcome, options.Model.PeriodEffects, null), fitOptions);
        _used = Fit.UsedRows.ToArray();
        _residuals = Fit.Residuals.ToArray();
        _position = Positions(_used, source.Table.RowCount);
        _map = DesignMap.Build(Fit, source.Table);
        _covariance = DesignMap.Covariance(Fit);
        var months = source.Months.Length;
        var national = CellStatistics.Compute(country.CellOfRow, _used, _residuals, _y, _map, _position, source, months);
        var k = _map.Size;
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
        _monthLabels = [.. source.Months.Select(m => m.ToString())];
        _z = Normal.InvCDF(0, 1, 1 - ((1 - options.ConfidenceLevel) / 2));
    }

    public LinearModelResult Fit { get; }

    /// <summary>Variant (a): mean residuals per unit and month and pooled.</summary>
    public (WorkIndicatorTable Table, IReadOnlyList<PooledEstimate> Pooled) MeanResidualTable(LevelCodes level)
    {
        var months = _source.Months.Length;
        var units = level.Units.Length;
        var k = _map.Size;
        var cells = CellStatistics.Compute(level.CellOfRow, _used, _residuals, _y, _map, _position, _source, units * months);
        var pooled = CellStatistics.Compute(level.UnitOfRow, _used, _residuals, _y, null, _position, _source, units);
        var periodEffects = _options.Model.PeriodEffects;
        // OLS residuals sum to zero over the whole sample and within every level of a categorical covariate, so the
        // pooled contribution of the country, and of a level that is itself a covariate (need category), is exactly zero.
        var zeroByConstruction = level.Level.IsCountry;
        var pooledZero = zeroByConstruction || _options.Model.Categorical.Any(c => c.Column == level.Level.Column);
        var present = Enumerable.Range(0, units).Where(u => pooled.Rows[u] > 0).ToArray();
        var monthlyPersons = new int[present.Length * months];
        var pooledPersons = new int[present.Length];
        for (var i = 0; i < present.Length; i++)
        {
            pooledPersons[i] = pooled.Persons[present[i]];
            for (var t = 0; t < months; t++)
            {
                monthlyPersons[(i * months) + t] = cells.Persons[(present[i] * months) + t];
            }
        }

        var (monthlyStatus, pooledStatus) = TableSuppression.Apply(
            [.. present.Select(u => level.Units[u])], _monthLabels, monthlyPersons, pooledPersons, _options.MinimumPersons);
        var rows = new List<WorkIndicatorRow>();
        var estimates = new List<PooledEstimate>();
        var d = new double[k];
        for (var i = 0; i < present.Length; i++)
        {
            var u = present[i];
            var name = level.Units[u];
            var pooledD = new double[k];
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
                    d[j] = periodEffects ? mean - _nationalDesign[(t * k) + j] : mean;
                    pooledD[j] += n * d[j];
                }

                var contribution = cells.SumE[cell] / n;
                var variance = zeroByConstruction && periodEffects ? 0 : cells.ResidualVariance(cell) + DesignMap.Quadratic(d, _covariance);
                rows.Add(Row(name, _source.Months[t], monthlyStatus[(i * months) + t], cells.Persons[cell], n, cells.SumY[cell] / n, contribution, variance, _nationalActual[t]));
            }

            var total = pooled.Rows[u];
            for (var j = 0; j < k; j++)
            {
                pooledD[j] /= total;
            }

            var pooledContribution = pooled.SumE[u] / total;
            var pooledVariance = pooledZero ? 0 : pooled.ResidualVariance(u) + DesignMap.Quadratic(pooledD, _covariance);
            rows.Add(Row(name, null, pooledStatus[i], pooled.Persons[u], total, pooled.SumY[u] / total, pooledContribution, pooledVariance, _nationalPooled));
            estimates.Add(new PooledEstimate(name, pooledStatus[i], pooled.Persons[u], total, pooledContribution, Math.Sqrt(pooledVariance)));
        }

        return (new WorkIndicatorTable(_outcome, level.Level, ContributionVariant.MeanResidual, rows), estimates);
    }

    /// <summary>Variant (b): the unit's fixed effect, centred to a person-month-weighted mean of zero (pooled only).</summary>
    public (LinearModelResult Fit, WorkIndicatorTable Table, IReadOnlyList<PooledEstimate> Pooled) FixedEffectTable(LevelCodes level)
    {
        var fit = LinearModel.Fit(_source.Table, _source.Spec(_outcome, _options.Model.PeriodEffects, level.Level.Column), _fitOptions);
        var used = fit.UsedRows.ToArray();
        var residuals = fit.Residuals.ToArray();
        var position = Positions(used, _source.Table.RowCount);
        var map = DesignMap.Build(fit, _source.Table);
        var covariance = DesignMap.Covariance(fit);
        var k = map.Size;
        var units = level.Units.Length;
        var stats = CellStatistics.Compute(level.UnitOfRow, used, residuals, _y, map, position, _source, units);
        var effects = fit.FixedEffects[0];
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

            effect[u] = effects[level.Units[u]];
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

        var centre = weightedEffect / total;
        var sumW2V = 0.0;
        var residualVariance = new double[units];
        for (var u = 0; u < units; u++)
        {
            if (stats.Rows[u] == 0)
            {
                continue;
            }

            residualVariance[u] = stats.ResidualVariance(u);
            var w = stats.Rows[u] / total;
            if (double.IsFinite(residualVariance[u]))
            {
                sumW2V += w * w * residualVariance[u];
            }
        }

        var reference = _options.Units.First(l => l.Name == level.Level.Name);
        var (published, _) = MeanResidualStatuses(level);
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
                d[j] = (stats.Design[(u * k) + j] / n) - overall[j];
            }

            var w = n / total;
            var v = residualVariance[u];
            var variance = ((1 - w) * (1 - w) * v) + sumW2V - (w * w * (double.IsFinite(v) ? v : 0)) + DesignMap.Quadratic(d, covariance);
            var contribution = effect[u] - centre;
            var status = published.TryGetValue(level.Units[u], out var s) ? s : CellStatus.PrimarySuppressed;
            rows.Add(Row(level.Units[u], null, status, stats.Persons[u], n, stats.SumY[u] / n, contribution, variance, _nationalPooled));
            estimates.Add(new PooledEstimate(level.Units[u], status, stats.Persons[u], n, contribution, Math.Sqrt(variance)));
        }

        return (fit, new WorkIndicatorTable(_outcome, reference, ContributionVariant.FixedEffect, rows), estimates);
    }

    private (Dictionary<string, CellStatus> Pooled, int Count) MeanResidualStatuses(LevelCodes level)
    {
        var months = _source.Months.Length;
        var units = level.Units.Length;
        var cells = CellStatistics.Compute(level.CellOfRow, _used, _residuals, _y, null, _position, _source, units * months);
        var pooled = CellStatistics.Compute(level.UnitOfRow, _used, _residuals, _y, null, _position, _source, units);
        var present = Enumerable.Range(0, units).Where(u => pooled.Rows[u] > 0).ToArray();
        var monthlyPersons = new int[present.Length * months];
        for (var i = 0; i < present.Length; i++)
        {
            Array.Copy(cells.Persons, present[i] * months, monthlyPersons, i * months, months);
        }

        var (_, status) = TableSuppression.Apply(
            [.. present.Select(u => level.Units[u])], _monthLabels, monthlyPersons, [.. present.Select(u => pooled.Persons[u])], _options.MinimumPersons);
        var result = new Dictionary<string, CellStatus>(StringComparer.Ordinal);
        for (var i = 0; i < present.Length; i++)
        {
            result[level.Units[present[i]]] = status[i];
        }

        return (result, present.Length);
    }

    private WorkIndicatorRow Row(string unit, Data.YearMonth? month, CellStatus status, int persons, int n, double actual, double contribution, double variance, double national)
    {
        if (status != CellStatus.Published)
        {
            return new WorkIndicatorRow(unit, month, status, null, null, null, null, null, null, null, null, null);
        }

        var se = Math.Sqrt(variance);
        return new WorkIndicatorRow(
            unit, month, status, persons, n, actual, actual - contribution, contribution, se,
            contribution - (_z * se), contribution + (_z * se), contribution / national);
    }

    private static int[] Positions(int[] used, int rows)
    {
        var position = new int[rows];
        Array.Fill(position, -1);
        for (var i = 0; i < used.Length; i++)
        {
            position[used[i]] = i;
        }

        return position;
    }
}
