using System.Globalization;

namespace Indikator.Core.Data;

/// <summary>A closed interval <c>[Min, Max]</c> of allowed values for a numeric column.</summary>
/// <remarks>This type is an immutable value type and is thread safe.</remarks>
public readonly record struct ValueRange
{
    /// <summary>Creates the interval <c>[min, max]</c>.</summary>
    /// <param name="min">The smallest allowed value; may be <see cref="double.NegativeInfinity"/>.</param>
    /// <param name="max">The largest allowed value; may be <see cref="double.PositiveInfinity"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is NaN, or <paramref name="min"/> exceeds <paramref name="max"/>.</exception>
    public ValueRange(double min, double max)
    {
        if (double.IsNaN(min) || double.IsNaN(max) || min > max)
        {
            throw new ArgumentOutOfRangeException(nameof(min), min, $"The range must satisfy min <= max with neither NaN; max is {max.ToString(CultureInfo.InvariantCulture)}.");
        }

        Min = min;
        Max = max;
    }

    /// <summary>Gets the smallest allowed value.</summary>
    public double Min { get; }

    /// <summary>Gets the largest allowed value.</summary>
    public double Max { get; }

    /// <summary>Tells whether <paramref name="value"/> lies in the interval.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when <c>Min &lt;= value &lt;= Max</c>; false for NaN.</returns>
    public bool Contains(double value) => value >= Min && value <= Max;

    /// <summary>Formats the interval as <c>[min, max]</c> in the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Min}, {Max}]");
}
