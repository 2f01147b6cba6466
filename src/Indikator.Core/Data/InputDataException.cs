using System.Globalization;

namespace Indikator.Core.Data;

/// <summary>
/// The base of every error about the data a caller gave the library (as opposed to a wrong argument or a
/// programming error): a file or query that cannot be read, a value that is not a number, a month or a weight, a
/// record that cannot be used, an infinite value in a model column, a failed validation. It names where the bad
/// data is: the source, the column, and the file line or the 0-based row, as far as they are known.
/// </summary>
/// <remarks>
/// <para>Catch this type to tell bad data from other failures: <c>indikator</c> maps it to its exit code 3 (input
/// data error). Derived types: <see cref="DataSourceException"/> (and its <see cref="CsvDataException"/>),
/// <see cref="DataValidationException"/>, <see cref="Outcomes.InvalidRecordException"/>,
/// <see cref="RiskAdjustment.NonFiniteValueException"/> and <see cref="Indicators.Providers.ProviderDataException"/>;
/// the library throws this type itself where no derived type fits, for example a column whose values are too large
/// to square in double precision.</para>
/// <para>Messages name the column, the place and what was expected; they never quote a data value or a person key.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public class InputDataException : Exception
{
    /// <summary>Creates an exception with a default message.</summary>
    public InputDataException()
        : this("The input data cannot be used.")
    {
    }

    /// <summary>Creates an exception with a message and no location.</summary>
    /// <param name="message">The message.</param>
    public InputDataException(string message)
        : this(message, innerException: null)
    {
    }

    /// <summary>Creates an exception with a message, an inner exception and no location.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause, or null.</param>
    public InputDataException(string message, Exception? innerException)
        : base(message, innerException)
    {
        SourceName = string.Empty;
        Row = -1;
    }

    /// <summary>Creates an exception with a finished message and its location.</summary>
    /// <param name="message">The message; it should name the place as the properties do.</param>
    /// <param name="sourceName">The file or a description of the source; empty when unknown.</param>
    /// <param name="columnName">The column, or null when the problem concerns a whole row or source.</param>
    /// <param name="row">The 0-based data row, or -1 when unknown or not applicable.</param>
    /// <param name="lineNumber">The 1-based file line (the header is line 1), or 0 when unknown or not a text file.</param>
    /// <param name="innerException">The cause, or null.</param>
    public InputDataException(string message, string? sourceName, string? columnName, long row, int lineNumber, Exception? innerException = null)
        : base(message, innerException)
    {
        SourceName = sourceName ?? string.Empty;
        ColumnName = columnName;
        Row = row < 0 ? -1 : row;
        LineNumber = Math.Max(0, lineNumber);
    }

    /// <summary>Gets the file or a description of the source (never a connection string); empty when unknown.</summary>
    public string SourceName { get; }

    /// <summary>Gets the column as named in the source or the data, or null when the problem concerns a whole row or source.</summary>
    public string? ColumnName { get; }

    /// <summary>Gets the 0-based data row, or -1 when unknown, when the problem concerns a whole column or source, or
    /// when the source is located by line instead (CSV).</summary>
    public long Row { get; }

    /// <summary>Gets the 1-based line of the file on which the bad record starts (the header is line 1), or 0 when unknown.</summary>
    public int LineNumber { get; }

    /// <summary>Formats <c>source, line L, column 'c': reason</c> (or <c>row R</c>), leaving out what is unknown.</summary>
    /// <param name="sourceName">The source, or null.</param>
    /// <param name="columnName">The column, or null.</param>
    /// <param name="row">The 0-based row, or -1.</param>
    /// <param name="lineNumber">The line, or 0.</param>
    /// <param name="reason">What is wrong.</param>
    /// <returns>The message.</returns>
    internal static string Format(string? sourceName, string? columnName, long row, int lineNumber, string reason)
    {
        var parts = new List<string>(3);
        if (!string.IsNullOrEmpty(sourceName))
        {
            parts.Add(sourceName);
        }

        if (lineNumber > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}"));
        }
        else if (row >= 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"row {row}"));
        }

        if (columnName is not null)
        {
            parts.Add($"column '{columnName}'");
        }

        return parts.Count == 0 ? reason : $"{string.Join(", ", parts)}: {reason}";
    }
}
