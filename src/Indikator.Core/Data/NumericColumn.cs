namespace Indikator.Core.Data;

/// <summary>A named column of numbers; <see cref="double.NaN"/> marks a missing value.</summary>
/// <remarks>This type is immutable and thread safe.</remarks>
public sealed class NumericColumn
{
    private readonly double[] _values;

    internal NumericColumn(string name, double[] values)
    {
        Name = name;
        _values = values;
    }

    /// <summary>Gets the column name.</summary>
    public string Name { get; }

    /// <summary>Gets the values, one per row.</summary>
    public ReadOnlyMemory<double> Values => _values;

    /// <summary>Gets the number of rows.</summary>
    public int Length => _values.Length;

    /// <summary>Gets the value in row <paramref name="row"/>.</summary>
    /// <param name="row">The zero-based row.</param>
    public double this[int row] => _values[row];

    /// <summary>The backing array, for kernels that must not pay for <see cref="ReadOnlyMemory{T}.Span"/> per call.</summary>
    internal double[] Array => _values;
}
