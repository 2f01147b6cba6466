using Indikator.Core.Data;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Indicators.Work;

/// <summary>
/// Maps a fit's coefficients back to the data so that unit means of the design, x-bar, can be summed without
/// materialising the design: the intercept adds 1, a numeric covariate its value, a categorical term one 1 at the
/// coefficient of the row's level (nothing for the reference level or a dropped coefficient).
/// </summary>
internal sealed class DesignMap
{
    private readonly int _intercept;
    private readonly (int Coefficient, double[] Values)[] _numeric;
    private readonly (int[] Codes, int[] CoefficientOfLevel)[] _categorical;

    private DesignMap(int size, int intercept, (int, double[])[] numeric, (int[], int[])[] categorical)
    {
        Size = size;
        _intercept = intercept;
        _numeric = numeric;
        _categorical = categorical;
    }

    public int Size { get; }

    /// <summary>Whether <paramref name="other"/> maps the same columns to the same coefficients (the fits of several outcomes over one frame).</summary>
    public bool SameCoefficients(DesignMap other)
        => Size == other.Size && _intercept == other._intercept
            && _numeric.Length == other._numeric.Length && _numeric.Zip(other._numeric).All(p => p.First.Coefficient == p.Second.Coefficient && ReferenceEquals(p.First.Values, p.Second.Values))
            && _categorical.Length == other._categorical.Length
            && _categorical.Zip(other._categorical).All(p => ReferenceEquals(p.First.Codes, p.Second.Codes) && p.First.CoefficientOfLevel.AsSpan().SequenceEqual(p.Second.CoefficientOfLevel));

    public static DesignMap Build(LinearModelResult fit, IColumnSource source)
    {
        var names = fit.CoefficientNames;
        var intercept = -1;
        var numeric = new List<(int, double[])>();
        var categorical = new Dictionary<string, (CategoricalColumn Column, int[] Map)>(StringComparer.Ordinal);
        for (var j = 0; j < names.Count; j++)
        {
            var name = names[j];
            if (name == "(Intercept)")
            {
                intercept = j;
            }
            else if (source.TryGetNumeric(name, out var column))
            {
                numeric.Add((j, column.Array));
            }
            else
            {
                var open = name.IndexOf('[', StringComparison.Ordinal);
                var columnName = name[..open];
                var level = name[(open + 1)..^1];
                if (!categorical.TryGetValue(columnName, out var entry))
                {
                    source.TryGetCategorical(columnName, out var cat);
                    var map = new int[cat!.LevelCount];
                    Array.Fill(map, -1);
                    entry = (cat, map);
                    categorical[columnName] = entry;
                }

                entry.Map[entry.Column.CodeOf(level)] = j;
            }
        }

        return new DesignMap(names.Count, intercept, [.. numeric], [.. categorical.Values.Select(e => (e.Column.CodeArray, e.Map))]);
    }

    /// <summary>Gets the most entries a row's design vector has (<see cref="Entries"/>): the intercept, the numeric
    /// covariates and one per categorical term.</summary>
    public int MaxEntries => (_intercept >= 0 ? 1 : 0) + _numeric.Length + _categorical.Length;

    /// <summary>
    /// Writes row <paramref name="row"/>'s design vector as (coefficient, value) entries, the intercept first, then
    /// the numeric covariates, then the categorical terms (nothing for a reference level or a dropped coefficient), and
    /// returns their count. A pass that adds the row to several sums walks the row's terms once and adds the entries to
    /// each sum, in this order, so every sum gets the same additions as a walk of its own.
    /// </summary>
    public int Entries(int row, Span<int> coefficients, Span<double> values)
    {
        var n = 0;
        if (_intercept >= 0)
        {
            coefficients[n] = _intercept;
            values[n++] = 1;
        }

        foreach (var (coefficient, column) in _numeric)
        {
            coefficients[n] = coefficient;
            values[n++] = column[row];
        }

        foreach (var (codes, map) in _categorical)
        {
            var code = codes[row];
            if (code >= 0 && map[code] >= 0)
            {
                coefficients[n] = map[code];
                values[n++] = 1;
            }
        }

        return n;
    }

    /// <summary>Adds a row's entries (<see cref="Entries"/>) to <paramref name="target"/> (length <see cref="Size"/>).</summary>
    public static void Add(ReadOnlySpan<int> coefficients, ReadOnlySpan<double> values, Span<double> target)
    {
        for (var e = 0; e < coefficients.Length; e++)
        {
            target[coefficients[e]] += values[e];
        }
    }

    /// <summary>Adds <paramref name="scales"/>[o] times a row's entries to <paramref name="targets"/>[o], for every
    /// outcome o (a value of 1 adds the scale itself: s x 1 is s to the bit).</summary>
    public static void AddScaled(ReadOnlySpan<int> coefficients, ReadOnlySpan<double> values, ReadOnlySpan<double> scales, double[][] targets)
    {
        for (var e = 0; e < coefficients.Length; e++)
        {
            var coefficient = coefficients[e];
            var value = values[e];
            for (var o = 0; o < scales.Length; o++)
            {
                targets[o][coefficient] += scales[o] * value;
            }
        }
    }

    /// <summary>d'Vd for the k x k covariance <paramref name="v"/> (row-major).</summary>
    public static double Quadratic(ReadOnlySpan<double> d, double[] v)
    {
        var k = d.Length;
        var sum = 0.0;
        for (var i = 0; i < k; i++)
        {
            if (d[i] == 0)
            {
                continue;
            }

            var row = 0.0;
            for (var j = 0; j < k; j++)
            {
                row += v[(i * k) + j] * d[j];
            }

            sum += d[i] * row;
        }

        return sum;
    }

    public static double[] Covariance(LinearModelResult fit)
    {
        var k = fit.Rank;
        var v = new double[k * k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                v[(i * k) + j] = fit.CovarianceAt(i, j);
            }
        }

        return v;
    }
}
