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

    /// <summary>Adds row <paramref name="row"/>'s design vector to <paramref name="target"/> (length <see cref="Size"/>).</summary>
    public void Add(int row, Span<double> target)
    {
        if (_intercept >= 0)
        {
            target[_intercept] += 1;
        }

        foreach (var (coefficient, values) in _numeric)
        {
            target[coefficient] += values[row];
        }

        foreach (var (codes, map) in _categorical)
        {
            var code = codes[row];
            if (code >= 0 && map[code] >= 0)
            {
                target[map[code]] += 1;
            }
        }
    }

    /// <summary>Adds <paramref name="scales"/>[o] times row <paramref name="row"/>'s design vector to <paramref name="targets"/>[o] (each of length <see cref="Size"/>): one walk of the row's terms for every outcome.</summary>
    public void AddScaled(int row, ReadOnlySpan<double> scales, double[][] targets)
    {
        if (_intercept >= 0)
        {
            for (var o = 0; o < scales.Length; o++)
            {
                targets[o][_intercept] += scales[o];
            }
        }

        foreach (var (coefficient, values) in _numeric)
        {
            var value = values[row];
            for (var o = 0; o < scales.Length; o++)
            {
                targets[o][coefficient] += scales[o] * value;
            }
        }

        foreach (var (codes, map) in _categorical)
        {
            var code = codes[row];
            if (code >= 0 && map[code] >= 0)
            {
                var coefficient = map[code];
                for (var o = 0; o < scales.Length; o++)
                {
                    targets[o][coefficient] += scales[o];
                }
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
