using Indikator.Core.Numerics;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.PushDown;

/// <summary>
/// What the first pass of a pushed-down fit gives, in memory: the fixed-effect and categorical levels in ordinal order
/// (as the loaders order them), the design with the in-memory fit's names and reference levels, each column's
/// projection onto the fixed effects from the cell sums, and the counts the result reports.
/// </summary>
internal sealed class FirstPass
{
    private double[] _min = [];
    private double[] _max = [];
    private int[][] _cellCodes = [];
    private double[] _cellWeights = [];
    private int[][]? _componentOfLevel;
    private FixedEffectCoefficients? _projection;

    public required DesignValues Values { get; init; }

    public required double[] RawSquares { get; init; }

    public required IReadOnlyDictionary<string, string> ReferenceLevels { get; init; }

    public required int FixedEffectParameters { get; init; }

    public required int Singletons { get; init; }

    public required double OutcomeSquares { get; init; }

    public required bool HasIntercept { get; init; }

    /// <summary>Whether design column j (a numeric covariate, in a model without fixed effects) is constant over the used rows.</summary>
    public bool IsConstant(int j)
    {
        var entry = Values.Design[j];
        if (entry.Kind != DesignKind.Numeric)
        {
            return false;
        }

        var c = j - (Values.Design[0].Kind == DesignKind.Constant ? 1 : 0);
        return _min[c] == _max[c];
    }

    /// <summary>The fixed effects of the fit with coefficients <paramref name="b"/>, every one after the first with weighted mean zero.</summary>
    public FixedEffectEstimates[] FixedEffectEstimates(PushDownModel model, double[] b)
    {
        if (_projection is null)
        {
            return [];
        }

        var k = model.FixedEffects.Length;
        var combined = _projection.Combine(b.Length, b, k);

        // The cells stand in for the rows: a sum over rows of w times a value per level is the sum over cells of the
        // cell's weighted count times it.
        var normalized = FixedEffectNormalizer.Normalize(combined, _cellCodes, _cellWeights, _componentOfLevel, FixedEffectNormalization.WeightedMeanZero);
        return [.. Enumerable.Range(0, k).Select(f => new FixedEffectEstimates(model.FixedEffects[f], Values.FixedEffectLevels[f], normalized[f]))];
    }

    /// <param name="model">The columns.</param>
    /// <param name="spec">The specification (intercept, reference levels).</param>
    /// <param name="cells">Rows of <see cref="PushDownSql.Cells"/>.</param>
    /// <param name="termCells">Rows of <see cref="PushDownSql.TermCells"/> per categorical covariate.</param>
    /// <param name="sourceName">The source, for messages.</param>
    public static FirstPass Build(PushDownModel model, LinearModelSpec spec, List<(string[] Keys, double[] Values)> cells, List<(string[] Keys, double[] Values)>[] termCells, string sourceName)
    {
        var k = model.FixedEffects.Length;
        var levels = new string[k][];
        var index = new Dictionary<string, int>[k];
        for (var f = 0; f < k; f++)
        {
            levels[f] = [.. cells.Select(c => c.Keys[f]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            index[f] = levels[f].Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        }

        var levelCounts = levels.Select(l => l.Length).ToArray();
        if (k == 2 && !AbsorptionCostModel.ExactFits(levelCounts[0], levelCounts[1]))
        {
            throw new ArgumentException($"{sourceName}: {levelCounts[0]} x {levelCounts[1]} fixed-effect cells are too many for the exact two-way solve on cell sums.", nameof(spec));
        }

        var cellCount = k switch { 0 => 1, 1 => levelCounts[0], _ => levelCounts[0] * levelCounts[1] };
        int Cell(string[] keys) => k switch { 0 => 0, 1 => index[0][keys[0]], _ => (index[0][keys[0]] * levelCounts[1]) + index[1][keys[1]] };

        // Categorical covariates: used levels, reference level and indicator columns, as ModelFrame builds them.
        var design = new List<DesignEntry>();
        if (spec.Intercept && k == 0)
        {
            design.Add(new DesignEntry(DesignKind.Constant, "(Intercept)", string.Empty));
        }

        design.AddRange(model.Covariates.Select(c => new DesignEntry(DesignKind.Numeric, c, c)));
        var termLevels = new string[model.Terms.Length][];
        var references = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var t = 0; t < model.Terms.Length; t++)
        {
            var column = model.Terms[t];
            termLevels[t] = [.. termCells[t].Select(c => c.Keys[k]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            var keepAll = t == 0 && !spec.Intercept && k == 0;
            string? reference = null;
            if (!keepAll)
            {
                var requested = spec.Categorical[t].ReferenceLevel;
                if (requested is not null && Array.IndexOf(termLevels[t], requested) < 0)
                {
                    throw new ArgumentException($"Categorical covariate '{column}': the reference level '{requested}' has no used rows.", nameof(spec));
                }

                reference = requested ?? termLevels[t][0];
                references[column] = reference;
            }

            foreach (var level in termLevels[t])
            {
                if (!string.Equals(level, reference, StringComparison.Ordinal))
                {
                    design.Add(new DesignEntry(DesignKind.Indicator, $"{column}[{level}]", column, t, level));
                }
            }
        }

        var p = design.Count;
        var m = p + 1;
        var nw = new double[cellCount];
        var rows = new double[cellCount];
        var sums = new double[]?[m];
        var squares = new double[m];
        var numeric = model.Covariates.Length;
        var outcomeSum = 0.0;
        var min = new double[numeric];
        var max = new double[numeric];
        for (var j = 0; j < m; j++)
        {
            sums[j] = j < p && design[j].Kind == DesignKind.Constant ? null : new double[cellCount];
        }

        var offset = p > 0 && design[0].Kind == DesignKind.Constant ? 1 : 0;
        foreach (var (keys, v) in cells)
        {
            var cell = Cell(keys);
            rows[cell] = v[0];
            nw[cell] = v[1];
            for (var j = 0; j < m; j++)
            {
                var c = j == p ? numeric : design[j].Kind == DesignKind.Numeric ? j - offset : -1;
                if (c < 0)
                {
                    continue;
                }

                sums[j]![cell] = v[2 + (2 * c)];
                squares[j] += v[3 + (2 * c)];
            }

            outcomeSum += v[2 + (2 * numeric)];
            if (k == 0)
            {
                for (var c = 0; c < numeric; c++)
                {
                    min[c] = v[4 + (2 * numeric) + (2 * c)];
                    max[c] = v[5 + (2 * numeric) + (2 * c)];
                }
            }
        }

        for (var t = 0; t < model.Terms.Length; t++)
        {
            var columnOf = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var j = 0; j < p; j++)
            {
                if (design[j].Kind == DesignKind.Indicator && design[j].Term == t)
                {
                    columnOf[design[j].Level!] = j;
                }
            }

            foreach (var (keys, v) in termCells[t])
            {
                if (columnOf.TryGetValue(keys[k], out var j))
                {
                    sums[j]![Cell(keys)] += v[0];
                    squares[j] += v[0];
                }
            }
        }

        var totalWeight = nw.Sum();
        var values = new DesignValues
        {
            Design = [.. design],
            FixedEffectLevels = levels,
            FixedEffectValues = [],
            TermLevels = termLevels,
            OutcomeMean = outcomeSum / totalWeight,
        };
        var parameters = 0;
        FixedEffectCoefficients? projected = null;
        int[][]? components = null;
        if (k > 0)
        {
            var projection = CellProjection.FromSums(k, levelCounts, null, cellCount, nw, sums, squares)
                ?? throw new ArgumentException($"{sourceName}: the two fixed effects give a numerically singular system (a nearly disconnected level); fit this model in memory.", nameof(spec));
            projected = projection.Coefficients;
            components = projection.ComponentOfLevel;
            parameters = levelCounts.Sum() - (k == 2 ? projection.Components : 0);
            values = new DesignValues
            {
                Design = values.Design,
                FixedEffectLevels = levels,
                FixedEffectValues = projected.Values,
                TermLevels = termLevels,
                OutcomeMean = values.OutcomeMean,
            };
        }

        var (cellCodes, cellWeights, singletons) = Occupied(k, levelCounts, rows, nw);
        return new FirstPass
        {
            Values = values,
            RawSquares = squares,
            ReferenceLevels = references,
            FixedEffectParameters = parameters,
            Singletons = singletons,
            OutcomeSquares = squares[p],
            HasIntercept = spec.Intercept && k == 0,
            _min = min,
            _max = max,
            _cellCodes = cellCodes,
            _cellWeights = cellWeights,
            _componentOfLevel = components,
            _projection = projected,
        };
    }

    /// <summary>The occupied cells as pseudo-rows (codes per fixed effect, weighted count) and the rows alone in a level of some fixed effect.</summary>
    private static (int[][] Codes, double[] Weights, int Singletons) Occupied(int k, int[] levelCounts, double[] rows, double[] nw)
    {
        var occupied = Enumerable.Range(0, rows.Length).Where(c => rows[c] > 0).ToArray();
        var codes = new int[k][];
        var perLevel = new double[k][];
        for (var f = 0; f < k; f++)
        {
            codes[f] = new int[occupied.Length];
            perLevel[f] = new double[levelCounts[f]];
        }

        for (var i = 0; i < occupied.Length; i++)
        {
            var cell = occupied[i];
            for (var f = 0; f < k; f++)
            {
                codes[f][i] = k == 1 ? cell : f == 0 ? cell / levelCounts[1] : cell % levelCounts[1];
                perLevel[f][codes[f][i]] += rows[cell];
            }
        }

        var singletons = 0;
        for (var i = 0; i < occupied.Length; i++)
        {
            if (rows[occupied[i]] == 1 && Enumerable.Range(0, k).Any(f => perLevel[f][codes[f][i]] == 1))
            {
                singletons++;
            }
        }

        return (codes, [.. occupied.Select(c => nw[c])], singletons);
    }
}
