using Indikator.Core.Internal;

namespace Indikator.Core.RiskAdjustment;

/// <summary>The estimated values of one fixed effect, per level.</summary>
/// <remarks>
/// <para>Only sums of one level of every fixed effect are identified; <see cref="LinearModelResult.FixedEffectNormalization"/>
/// says how the values were pinned down. Levels without used rows are not listed.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed class FixedEffectEstimates
{
    private readonly string[] _levels;
    private readonly double[] _values;
    private readonly Dictionary<string, int> _index;

    internal FixedEffectEstimates(string name, string[] levels, double[] values)
    {
        Name = name;
        _levels = levels;
        _values = values;
        Levels = ValueList.Wrap(_levels);
        Values = ValueList.Wrap(_values);
        _index = new Dictionary<string, int>(levels.Length, StringComparer.Ordinal);
        for (var i = 0; i < levels.Length; i++)
        {
            _index[levels[i]] = i;
        }
    }

    /// <summary>Gets the name of the fixed-effect column.</summary>
    public string Name { get; }

    /// <summary>Gets the level names with used rows.</summary>
    public IReadOnlyList<string> Levels { get; }

    /// <summary>Gets the value of each level, in the order of <see cref="Levels"/>.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>Gets the value of a level.</summary>
    /// <param name="level">The level name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">The level had no used rows.</exception>
    public double this[string level]
        => _index.TryGetValue(level, out var i) ? _values[i] : throw new KeyNotFoundException($"Fixed effect '{Name}' has no estimate for level '{level}'.");

    /// <summary>Looks up the value of a level.</summary>
    /// <param name="level">The level name.</param>
    /// <param name="value">The value when found.</param>
    /// <returns>Whether the level had used rows.</returns>
    public bool TryGetValue(string level, out double value)
    {
        if (_index.TryGetValue(level, out var i))
        {
            value = _values[i];
            return true;
        }

        value = double.NaN;
        return false;
    }

    internal double[] ValueArray => _values;
}
