namespace Indikator.Core.Data;

/// <summary>
/// A data source (a Parquet file, a database query, a CSV file) could not be read into columns: it names
/// the source, the column and, where one value is at fault, the row, and says why.
/// </summary>
/// <remarks>
/// <para>The message has the form <c>panel.parquet, row 17, column 'age': the value is missing</c>, or
/// <c>panel.parquet, column 'age': a numeric column needs a number type, not BYTE_ARRAY (String)</c> when the
/// whole column is at fault. Rows count the data rows from 0 in source order, as the library's other
/// messages do. The message names the column, the place and the expected type; it never quotes a data value or a
/// person key.</para>
/// <para>The CSV loader throws the derived <see cref="CsvDataException"/>, which names the line instead of
/// the row, so a caller can catch this one type for every source.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public class DataSourceException : InputDataException
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
    }

    /// <summary>Creates an exception with a message, an inner exception and no location.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DataSourceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for a problem in a column of a source, at one row or in the whole column.</summary>
    /// <param name="sourceName">The file or a description of the query; never a connection string.</param>
    /// <param name="row">The 0-based data row, or -1 when the problem concerns the whole column or source.</param>
    /// <param name="columnName">The column as named in the source, or null when the problem concerns the whole row or source.</param>
    /// <param name="reason">Why the data is wrong, for example <c>the person key is missing</c>; never a data value.</param>
    public DataSourceException(string sourceName, long row, string? columnName, string reason)
        : base(Format(sourceName, columnName, row, 0, reason), sourceName, columnName, row, 0)
    {
    }

    /// <summary>Creates an exception with a finished message and its location, for derived types that format their own.</summary>
    /// <param name="message">The message.</param>
    /// <param name="sourceName">The file or a description of the query.</param>
    /// <param name="row">The 0-based data row, or -1 when unknown.</param>
    /// <param name="columnName">The column as named in the source, or null.</param>
    /// <param name="lineNumber">The 1-based file line, or 0 when unknown.</param>
    protected DataSourceException(string message, string sourceName, long row, string? columnName, int lineNumber = 0)
        : base(message, sourceName, columnName, row, lineNumber)
    {
    }
}
