using System.Globalization;

namespace Indikator.Core.Data;

/// <summary>
/// A data source (a Parquet file, a database query, a CSV file) could not be read into columns: it names
/// the source, the column and, where one value is at fault, the row, and says why.
/// </summary>
/// <remarks>
/// <para>The message has the form <c>panel.parquet, row 17, column 'age': the value is missing</c>, or
/// <c>panel.parquet, column 'age': a numeric column needs a number type, not BYTE_ARRAY (String)</c> when the
/// whole column is at fault. Rows count the data rows from 0 in source order, as the library's other
/// messages do. The message may quote a bad period or categorical value (at most 40 characters) but never
/// a person key: person keys are confidential.</para>
/// <para>The CSV loader throws the derived <see cref="CsvDataException"/>, which names the line instead of
/// the row, so a caller can catch this one type for every source.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public class DataSourceException : FormatException
{
    /// <summary>Creates an exception with a default message.</summary>
    public DataSourceException()
        : this("The data source could not be read.")
    {
    }

    /// <summary>Creates an exception with a message and no location.</summary>
    /// <param name="message">The message.</param>
    public DataSourceException(string message)
        : base(message)
    {
        SourceName = string.Empty;
        Row = -1;
    }

    /// <summary>Creates an exception with a message, an inner exception and no location.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DataSourceException(string message, Exception innerException)
        : base(message, innerException)
    {
        SourceName = string.Empty;
        Row = -1;
    }

    /// <summary>Creates an exception for a problem in a column of a source, at one row or in the whole column.</summary>
    /// <param name="sourceName">The file or a description of the query; never a connection string.</param>
    /// <param name="row">The 0-based data row, or -1 when the problem concerns the whole column or source.</param>
    /// <param name="columnName">The column as named in the source, or null when the problem concerns the whole row or source.</param>
    /// <param name="reason">Why the data is wrong, for example <c>the person key is missing</c>.</param>
    public DataSourceException(string sourceName, long row, string? columnName, string reason)
        : base(Format(sourceName, row, columnName, reason))
    {
        SourceName = sourceName;
        Row = row;
        ColumnName = columnName;
    }

    /// <summary>Creates an exception with a finished message and its location, for derived types that format their own.</summary>
    /// <param name="message">The message.</param>
    /// <param name="sourceName">The file or a description of the query.</param>
    /// <param name="row">The 0-based data row, or -1 when unknown.</param>
    /// <param name="columnName">The column as named in the source, or null.</param>
    protected DataSourceException(string message, string sourceName, long row, string? columnName)
        : base(message)
    {
        SourceName = sourceName;
        Row = row;
        ColumnName = columnName;
    }

    /// <summary>Gets the file or a description of the query; empty when unknown.</summary>
    public string SourceName { get; }

    /// <summary>Gets the 0-based data row, or -1 when the problem concerns a whole column or the source, or the source names lines instead (CSV).</summary>
    public long Row { get; }

    /// <summary>Gets the column as named in the source, or null when the problem concerns a whole row or the source.</summary>
    public string? ColumnName { get; }

    private static string Format(string sourceName, long row, string? columnName, string reason)
    {
        var place = row >= 0 ? string.Create(CultureInfo.InvariantCulture, $", row {row}") : string.Empty;
        return columnName is null
            ? $"{sourceName}{place}: {reason}"
            : $"{sourceName}{place}, column '{columnName}': {reason}";
    }
}
