using System.Globalization;

namespace Indikator.Core.Data;

/// <summary>
/// A CSV file could not be read: it names the file, the line and the column, and says why.
/// </summary>
/// <remarks>
/// <para>The message has the form <c>data.csv, line 17, column 'age': not a number: 'abc'</c>.
/// It may quote the text of a bad numeric, categorical, period or weight field (at most 40
/// characters) but never the value of the person key column: person keys are confidential.</para>
/// <para>It derives from <see cref="DataSourceException"/>, whose <see cref="DataSourceException.Row"/> is -1 here:
/// a CSV file is located by line, because blank lines and quoted line breaks make rows and lines differ.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed class CsvDataException : DataSourceException
{
    /// <summary>Creates an exception with a default message.</summary>
    public CsvDataException()
        : this("The CSV data could not be read.")
    {
    }

    /// <summary>Creates an exception with a message and no location.</summary>
    /// <param name="message">The message.</param>
    public CsvDataException(string message)
        : base(message)
    {
        FileName = string.Empty;
    }

    /// <summary>Creates an exception with a message, an inner exception and no location.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CsvDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = string.Empty;
    }

    /// <summary>Creates an exception for a problem at a place in a file.</summary>
    /// <param name="fileName">The file path, or the source name given for a stream or reader.</param>
    /// <param name="lineNumber">The 1-based line on which the record starts; the header is line 1.</param>
    /// <param name="columnName">The column header as written in the file, or null when the problem concerns the whole line.</param>
    /// <param name="reason">Why the data is wrong, for example <c>not a number: 'abc'</c>.</param>
    public CsvDataException(string fileName, int lineNumber, string? columnName, string reason)
        : base(Format(fileName, lineNumber, columnName, reason), fileName, -1, columnName)
    {
        FileName = fileName;
        LineNumber = lineNumber;
    }

    /// <summary>Gets the file path, or the source name given for a stream or reader; empty when unknown.</summary>
    public string FileName { get; }

    /// <summary>Gets the 1-based line on which the bad record starts (the header is line 1), or 0 when unknown.</summary>
    public int LineNumber { get; }

    private static string Format(string fileName, int lineNumber, string? columnName, string reason)
        => columnName is null
            ? string.Create(CultureInfo.InvariantCulture, $"{fileName}, line {lineNumber}: {reason}")
            : string.Create(CultureInfo.InvariantCulture, $"{fileName}, line {lineNumber}, column '{columnName}': {reason}");
}
