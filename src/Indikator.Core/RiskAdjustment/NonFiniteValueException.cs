using Indikator.Core.Data;

namespace Indikator.Core.RiskAdjustment;

/// <summary>Thrown when a column used by a model holds an infinite value (missing values are NaN and are removed).</summary>
/// <remarks>The message names the column and the zero-based row (<see cref="InputDataException.ColumnName"/>,
/// <see cref="InputDataException.Row"/>), never a data value or a person key. This type is immutable and thread safe.</remarks>
public sealed class NonFiniteValueException : InputDataException
{
    /// <summary>Initializes a new instance.</summary>
    public NonFiniteValueException()
        : base("A column holds an infinite value.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public NonFiniteValueException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public NonFiniteValueException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance for a column and row.</summary>
    /// <param name="column">The column name.</param>
    /// <param name="row">The zero-based row.</param>
    public NonFiniteValueException(string column, int row)
        : base($"Column '{column}', row {row}: the value is infinite. Use NaN for a missing value.", sourceName: null, column, row, lineNumber: 0)
    {
    }
}
