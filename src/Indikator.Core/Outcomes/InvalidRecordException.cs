using Indikator.Core.Data;

namespace Indikator.Core.Outcomes;

/// <summary>
/// A register record that cannot be used, for example negative or non-finite hours. The message and the
/// properties (<see cref="InputDataException.ColumnName"/>, <see cref="InputDataException.Row"/>) name the column and
/// the 0-based record row, never the person or the value.
/// </summary>
/// <remarks>Instances are immutable after construction and thread safe.</remarks>
public sealed class InvalidRecordException : InputDataException
{
    /// <summary>Creates the exception without details.</summary>
    public InvalidRecordException()
        : this("A register record is invalid.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public InvalidRecordException(string message)
        : this(message, innerException: null)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause, or null.</param>
    public InvalidRecordException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a column and row.</summary>
    /// <param name="column">The column name, for example <c>weekly hours</c>.</param>
    /// <param name="row">The 0-based record row.</param>
    /// <param name="reason">Why the value cannot be used; must not contain a person key.</param>
    public InvalidRecordException(string column, int row, string reason)
        : base($"Column '{column}', row {row}: {reason}", sourceName: null, column, row, lineNumber: 0)
    {
    }
}
