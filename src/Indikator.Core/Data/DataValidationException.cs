namespace Indikator.Core.Data;

/// <summary>Data failed validation; thrown by <see cref="ValidationReport.ThrowIfInvalid"/>.</summary>
/// <remarks>
/// <para>The message names the first invalid column, its first invalid row (0-based) and what is wrong;
/// it never contains a person key or a data value. <see cref="InputDataException.ColumnName"/> and
/// <see cref="InputDataException.Row"/> hold the first invalid column and row; the full <see cref="Report"/> is attached.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed class DataValidationException : InputDataException
{
    /// <summary>Creates an exception with a default message.</summary>
    public DataValidationException()
        : this("The data failed validation.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public DataValidationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DataValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal DataValidationException(string message, ValidationReport report, string columnName, int row)
        : base(message, sourceName: null, columnName, row, lineNumber: 0)
    {
        Report = report;
    }

    /// <summary>Gets the report, or null when the exception was not made from one.</summary>
    public ValidationReport? Report { get; }
}
