using System.Runtime.CompilerServices;
using Indikator.Core.Data;
using Indikator.Core.Internal;
using Indikator.Core.Numerics;

namespace Indikator.Core.RiskAdjustment;

/// <summary>
/// The rows and columns a fit uses: validated, with missing values, zero weights and (optionally) singletons
/// removed, fixed-effect codes made dense, categorical covariates as indicators over their codes. Arrays are the source's own when no
/// row is removed, compact copies otherwise.
/// </summary>
internal sealed class ModelFrame
{
    public required IColumnSource Source { get; init; }

    public required int[]? UsedRows { get; init; }

    public required int Rows { get; init; }

    public required double[] Outcome { get; init; }

    public required double[]? Weights { get; init; }

    /// <summary>Gets the design columns, the constant (intercept) first when there is one.</summary>
    public required DesignColumn[] Design { get; init; }

    public required string[] DesignNames { get; init; }

    /// <summary>Gets, per design column, the categorical column and level it indicates, or null.</summary>
    public required (string Column, string Level)?[] Indicators { get; init; }

    public required string[] FixedEffectNames { get; init; }

    public required int[][] FixedEffectCodes { get; init; }

    public required string[][] FixedEffectLevels { get; init; }

    public required SampleSummary Sample { get; init; }

    public required IReadOnlyDictionary<string, string> ReferenceLevels { get; init; }

    /// <summary>Gets the names of the categorical covariate terms, in order.</summary>
    public required string[] ReferenceTerms { get; init; }

    public bool HasIntercept => Design.Length > 0 && Design[0].IsConstant;

    /// <summary>Gets the dense cluster codes computed for this frame's rows, by column, shared with the frames of other
    /// outcomes over the same rows (<see cref="WithOutcome"/>): the residual pass, the covariance and every outcome of
    /// a group read one array, and a fit's cached meat is found by reference.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, (int[] Codes, int Count)> ClusterCodes { get; private init; } = new(StringComparer.Ordinal);

    public static ModelFrame Build(IColumnSource data, LinearModelSpec spec, FitOptions options, IReadOnlyList<string> extraCategorical)
    {
        var input = data.RowCount;
        var outcome = Numeric(data, spec.Outcome, nameof(spec.Outcome));
        var covariates = spec.Covariates.Select(n => Numeric(data, n, nameof(spec.Covariates))).ToArray();
        var weights = spec.Weights is null ? null : Numeric(data, spec.Weights, nameof(spec.Weights));
        var terms = spec.Categorical.Select(t => Categorical(data, t.Column, nameof(spec.Categorical))).ToArray();
        var fixedEffects = spec.FixedEffects.Select(n => Categorical(data, n, nameof(spec.FixedEffects))).ToArray();
        var extra = extraCategorical.Select(n => Categorical(data, n, "Covariance")).ToArray();

        // 0 = used, 1 = missing, 2 = zero weight, 3 = singleton.
        var state = new byte[input];
        NumericColumn[] numeric = [outcome, .. covariates];
        var clean = new bool[numeric.Length];
        Parallel.For(0, numeric.Length, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, j => clean[j] = AllFinite(numeric[j].Array));
        for (var j = 0; j < numeric.Length; j++)
        {
            if (!clean[j])
            {
                MarkNumeric(numeric[j], state);
            }
        }

        if (weights is not null)
        {
            MarkWeights(weights, state);
        }

        CategoricalColumn[] categorical = [.. terms, .. fixedEffects, .. extra];
        var complete = new bool[categorical.Length];
        Parallel.For(0, categorical.Length, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, c => complete[c] = Array.IndexOf(categorical[c].CodeArray, CategoricalColumn.MissingCode) < 0);
        for (var c = 0; c < categorical.Length; c++)
        {
            if (complete[c])
            {
                continue;
            }

            var codes = categorical[c].CodeArray;
            for (var i = 0; i < input; i++)
            {
                if (codes[i] == CategoricalColumn.MissingCode)
                {
                    state[i] = 1;
                }
            }
        }

        var singletons = MarkSingletons(fixedEffects, state, options.DropSingletons);
        var missing = 0;
        var zero = 0;
        var used = input;
        if (Array.IndexOf(state, (byte)1) >= 0 || Array.IndexOf(state, (byte)2) >= 0 || Array.IndexOf(state, (byte)3) >= 0)
        {
            used = 0;
            foreach (var s in state)
            {
                switch (s)
                {
                    case 0: used++; break;
                    case 1: missing++; break;
                    case 2: zero++; break;
                    default: break;
                }
            }
        }

        if (used == 0)
        {
            throw new ArgumentException("No row is left after removing rows with missing values, zero weights and singletons.", nameof(data));
        }

        int[]? usedRows = null;
        if (used < input)
        {
            usedRows = new int[used];
            var k = 0;
            for (var i = 0; i < input; i++)
            {
                if (state[i] == 0)
                {
                    usedRows[k++] = i;
                }
            }
        }

        var design = new List<DesignColumn>();
        var names = new List<string>();
        var indicators = new List<(string, string)?>();
        if (spec.Intercept && fixedEffects.Length == 0)
        {
            design.Add(DesignColumn.Constant);
            names.Add("(Intercept)");
            indicators.Add(null);
        }

        foreach (var c in covariates)
        {
            design.Add(DesignColumn.Numeric(Compact(c.Array, usedRows)));
            names.Add(c.Name);
            indicators.Add(null);
        }

        var references = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var t = 0; t < terms.Length; t++)
        {
            var column = terms[t];
            var codes = Compact(column.CodeArray, usedRows);
            var present = new bool[column.LevelCount];
            foreach (var code in codes)
            {
                present[code] = true;
            }

            var keepAll = t == 0 && !spec.Intercept && fixedEffects.Length == 0;
            var reference = -1;
            if (!keepAll)
            {
                var requested = spec.Categorical[t].ReferenceLevel;
                if (requested is not null)
                {
                    reference = column.CodeOf(requested);
                    if (reference < 0 || !present[reference])
                    {
                        throw new ArgumentException($"Categorical covariate '{column.Name}': the reference level '{requested}' has no used rows.", nameof(spec));
                    }
                }
                else
                {
                    reference = Array.IndexOf(present, true);
                }

                references[column.Name] = column.Levels[reference];
            }

            for (var level = 0; level < column.LevelCount; level++)
            {
                if (!present[level] || level == reference)
                {
                    continue;
                }

                design.Add(DesignColumn.Indicator(codes, level));
                names.Add($"{column.Name}[{column.Levels[level]}]");
                indicators.Add((column.Name, column.Levels[level]));
            }
        }

        var feCodes = new int[fixedEffects.Length][];
        var feLevels = new string[fixedEffects.Length][];
        for (var f = 0; f < fixedEffects.Length; f++)
        {
            (feCodes[f], feLevels[f]) = Densify(fixedEffects[f], usedRows);
        }

        return new ModelFrame
        {
            Source = data,
            UsedRows = usedRows,
            Rows = used,
            Outcome = Compact(outcome.Array, usedRows),
            Weights = weights is null ? null : Compact(weights.Array, usedRows),
            Design = [.. design],
            DesignNames = [.. names],
            Indicators = [.. indicators],
            FixedEffectNames = [.. fixedEffects.Select(f => f.Name)],
            FixedEffectCodes = feCodes,
            FixedEffectLevels = feLevels,
            Sample = new SampleSummary(input, missing, zero, singletons, options.DropSingletons, used),
            ReferenceLevels = ValueMap.Wrap(references),
            ReferenceTerms = [.. terms.Select(t => t.Name)],
        };
    }

    /// <summary>
    /// This frame with another outcome whose missing values are in the same rows as this frame's outcome (the rows a fit
    /// uses are then the same): the design, codes and row selection are shared, not copied.
    /// </summary>
    /// <exception cref="NonFiniteValueException">A used row of the outcome is infinite.</exception>
    /// <exception cref="ArgumentException">A used row of the outcome is missing (the caller grouped the outcomes wrongly).</exception>
    public ModelFrame WithOutcome(NumericColumn outcome)
    {
        var values = Compact(outcome.Array, UsedRows);
        for (var i = 0; i < values.Length; i++)
        {
            if (OverflowProne(values[i]))
            {
                var row = UsedRows is null ? i : UsedRows[i];
                throw new InputDataException(
                    $"Column '{outcome.Name}', row {row}: the value is too large in absolute value (above about 1e150) for the fit's sums of squares in double precision. Rescale the column before fitting.",
                    sourceName: null,
                    outcome.Name,
                    row,
                    lineNumber: 0);
            }

            if (!double.IsFinite(values[i]))
            {
                var row = UsedRows is null ? i : UsedRows[i];
                throw double.IsNaN(values[i])
                    ? new ArgumentException($"Outcome '{outcome.Name}' is missing in row {row}, which the shared frame uses.", nameof(outcome))
                    : new NonFiniteValueException(outcome.Name, row);
            }
        }

        return new ModelFrame
        {
            Source = Source,
            UsedRows = UsedRows,
            Rows = Rows,
            Outcome = values,
            Weights = Weights,
            Design = Design,
            DesignNames = DesignNames,
            Indicators = Indicators,
            FixedEffectNames = FixedEffectNames,
            FixedEffectCodes = FixedEffectCodes,
            FixedEffectLevels = FixedEffectLevels,
            Sample = Sample,
            ReferenceLevels = ReferenceLevels,
            ReferenceTerms = ReferenceTerms,
            ClusterCodes = ClusterCodes,
        };
    }

    /// <summary>Dense codes 0..G-1 of a categorical column over the used rows, levels in the column's order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (int[] Codes, string[] Levels) Densify(CategoricalColumn column, int[]? usedRows)
    {
        var codes = Compact(column.CodeArray, usedRows);
        var map = new int[column.LevelCount];
        foreach (var code in codes)
        {
            if (code < 0)
            {
                throw new ArgumentException($"Column '{column.Name}' has a missing value in a row used by the fit.", nameof(column));
            }

            map[code] = 1;
        }

        var levels = new List<string>();
        var allPresent = true;
        for (var l = 0; l < map.Length; l++)
        {
            if (map[l] == 0)
            {
                map[l] = -1;
                allPresent = false;
            }
            else
            {
                map[l] = levels.Count;
                levels.Add(column.Levels[l]);
            }
        }

        if (allPresent)
        {
            return (codes, [.. levels]);
        }

        var dense = new int[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            dense[i] = map[codes[i]];
        }

        return (dense, [.. levels]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static T[] Compact<T>(T[] values, int[]? usedRows)
    {
        if (usedRows is null)
        {
            return values;
        }

        var result = new T[usedRows.Length];
        for (var i = 0; i < usedRows.Length; i++)
        {
            result[i] = values[usedRows[i]];
        }

        return result;
    }

    private static NumericColumn Numeric(IColumnSource data, string name, string parameter)
        => data.TryGetNumeric(name, out var column)
            ? column
            : throw new ArgumentException($"The data have no numeric column '{name}'.", parameter);

    private static CategoricalColumn Categorical(IColumnSource data, string name, string parameter)
        => data.TryGetCategorical(name, out var column)
            ? column
            : throw new ArgumentException($"The data have no categorical column '{name}'.", parameter);

    /// <summary>Whether no value is NaN or infinite: x - x is 0 for finite x and NaN otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool AllFinite(double[] values)
    {
        // v * ScaleProbe - v * ScaleProbe is NaN for an infinite, missing or overflow-prone value, 0 otherwise: one
        // test per value finds all three, and the rare column that has one is looked at again by MarkNumeric.
        var acc = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i] * ScaleProbe;
            acc += v - v;
        }

        return acc == 0;
    }

    /// <summary>Gets whether a finite value is too large for the sums of squares of a fit: |v| above about 1.8e150
    /// (v x 1e158 overflows), where the squares of a few million such values overflow double precision and every
    /// standard error would be silently infinite or NaN.</summary>
    internal static bool OverflowProne(double v) => double.IsFinite(v) && !double.IsFinite(v * ScaleProbe);

    private const double ScaleProbe = 1e158;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MarkNumeric(NumericColumn column, byte[] state)
    {
        var values = column.Array;
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            if (OverflowProne(v))
            {
                throw new InputDataException(
                    $"Column '{column.Name}', row {i}: the value is too large in absolute value (above about 1e150) for the fit's sums of squares in double precision. Rescale the column (for example to thousands or millions) before fitting.",
                    sourceName: null,
                    column.Name,
                    i,
                    lineNumber: 0);
            }

            if (!double.IsFinite(v))
            {
                if (double.IsNaN(v))
                {
                    state[i] = 1;
                }
                else
                {
                    throw new NonFiniteValueException(column.Name, i);
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MarkWeights(NumericColumn column, byte[] state)
    {
        MarkNumeric(column, state);
        var values = column.Array;
        for (var i = 0; i < values.Length; i++)
        {
            var w = values[i];
            if (w < 0)
            {
                throw new InputDataException($"Column '{column.Name}', row {i}: weights must not be negative.", sourceName: null, column.Name, i, lineNumber: 0);
            }

            if (w == 0 && state[i] == 0)
            {
                state[i] = 2;
            }
        }
    }

    /// <summary>Counts (and optionally removes, round after round) rows alone in a level of some fixed effect.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int MarkSingletons(CategoricalColumn[] fixedEffects, byte[] state, bool drop)
    {
        if (fixedEffects.Length == 0)
        {
            return 0;
        }

        var total = 0;
        while (true)
        {
            bool[]? singleton = null;
            var found = 0;
            foreach (var fe in fixedEffects)
            {
                var codes = fe.CodeArray;
                var counts = new int[fe.LevelCount];
                for (var i = 0; i < codes.Length; i++)
                {
                    if (state[i] == 0)
                    {
                        counts[codes[i]]++;
                    }
                }

                if (Array.IndexOf(counts, 1) < 0)
                {
                    continue;
                }

                singleton ??= new bool[state.Length];
                for (var i = 0; i < codes.Length; i++)
                {
                    if (state[i] == 0 && counts[codes[i]] == 1 && !singleton[i])
                    {
                        singleton[i] = true;
                        found++;
                    }
                }
            }

            total += found;
            if (!drop || found == 0)
            {
                return total;
            }

            for (var i = 0; i < state.Length; i++)
            {
                if (singleton![i])
                {
                    state[i] = 3;
                }
            }
        }
    }
}
