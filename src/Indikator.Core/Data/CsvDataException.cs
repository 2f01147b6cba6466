using System.Globalization;

namespace Indikator.Core.Data;

/// <summary>
/// A CSV file could not be read: it names the file, the line and the column, and says why.
/// </summary>
/// <remarks>
/// <para>The message has the form <c>data.csv, line 17, column 'age': not a number (expected a number such as 12.5)</c>.
/// It names the file, the line, the column and the expected type, never the text of the field: a field may hold
/// a person's data, and the person key column is confidential.</para>
/// <para>It derives from <see cref="DataSourceException"/>, whose <see cref="InputDataException.Row"/> is -1 here:
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
    /// <param name="reason">Why the data is wrong, for example <c>not a number</c>; never the text of the field.</param>
    public CsvDataException(string fileName, int lineNumber, string? columnName, string reason)
        : base(Format(fileName, lineNumber, columnName, reason), fileName, -1, columnName, lineNumber)
    {
        FileName = fileName;
    }

    /// <summary>Gets the file path, or the source name given for a stream or reader; empty when unknown.</summary>
    public string FileName { get; }

    private static string Format(string fileName, int lineNumber, string? columnName, string reason)
        => columnName is null
            ? string.Create(CultureInfo.InvariantCulture, $"{fileName}, line {lineNumber}: {reason}")
            : string.Create(CultureInfo.InvariantCulture, $"{fileName}, line {lineNumber}, column '{columnName}': {reason}");
}
