using System.Data.Common;
using Indikator.Core.Data;
using DuckDB.NET.Data;

namespace Indikator.Core.DuckDB;

/// <summary>
/// Reads the result of any DuckDB query into a <see cref="PersonMonthPanel"/> or a <see cref="ColumnTable"/>. DuckDB is
/// embedded (nothing to install or start), and a query can select, filter and join Parquet and CSV files where they lie,
/// for example <c>select * from 'stock/*.parquet' where month &gt;= '2024-01'</c>, without loading them first.
/// </summary>
/// <remarks>
/// <para>The <see cref="CsvSchema"/> names the result columns to read and the role of each, as for <see cref="CsvLoader"/>;
/// the query is wrapped so that DuckDB returns only those columns, each cast to the one type the loader reads (a 64-bit
/// person key, double numbers, text categories, and the month of a date period as text <c>yyyy-MM</c>). Before any row
/// is read, the result columns are checked: a person key needs an integer type; a period a date, timestamp or text
/// <c>yyyy-MM</c>; a numeric column or weight a number type; a categorical column text, integers or booleans. A null is
/// a missing value, and so is empty or <c>NA</c> text, as in CSV; a null person key, period or weight is an error.</para>
/// <para>Errors are <see cref="DataSourceException"/>s naming the query (by the source name given), the column and the
/// 0-based row of the result; they never show a person key. A query DuckDB cannot run is a
/// <see cref="DataSourceException"/> with DuckDB's message. Categorical levels are encoded as the CSV loader encodes
/// them, so the same data gives the same levels in the same order from either source.</para>
/// <code>
/// var schema = new CsvSchema().WithPersonKey("person_id").WithPeriod("month").AddNumeric("age").AddCategorical("kontor", "office");
/// PersonMonthPanel panel = DuckDbLoader.LoadPanel("select * from 'panel.parquet' where month &gt;= '2024-01'", schema);
/// </code>
/// <para>This type is stateless and thread safe; a connection is not, so do not share one between threads.</para>
/// </remarks>
public static class DuckDbLoader
{
    private const string DefaultSourceName = "DuckDB query";

    /// <summary>Runs a query in a new in-memory DuckDB database and reads its result into a person-month panel.</summary>
    /// <param name="query">Any DuckDB query; its result must have the schema's columns.</param>
    /// <param name="schema">The columns to read; it must name a person key and a period.</param>
    /// <param name="sourceName">The name of the query in error messages.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The panel, rows in result order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The schema lacks a person key or period, or the query is empty.</exception>
    /// <exception cref="DataSourceException">The query fails, a column is missing or of the wrong type, or a value is wrong (the row is named).</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static PersonMonthPanel LoadPanel(string query, CsvSchema schema, string sourceName = DefaultSourceName, CancellationToken cancellationToken = default)
    {
        using var connection = OpenInMemory();
        return LoadPanel(connection, query, schema, sourceName, cancellationToken);
    }

    /// <summary>Runs a query on an open DuckDB connection and reads its result into a person-month panel.</summary>
    /// <param name="connection">An open connection; it is left open.</param>
    /// <param name="query">Any DuckDB query; its result must have the schema's columns.</param>
    /// <param name="schema">The columns to read; it must name a person key and a period.</param>
    /// <param name="sourceName">The name of the query in error messages.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The panel, rows in result order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The schema lacks a person key or period, or the query is empty.</exception>
    /// <exception cref="DataSourceException">The query fails, a column is missing or of the wrong type, or a value is wrong (the row is named).</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static PersonMonthPanel LoadPanel(DuckDBConnection connection, string query, CsvSchema schema, string sourceName = DefaultSourceName, CancellationToken cancellationToken = default)
        => Load(connection, query, schema, sourceName, panel: true, cancellationToken).BuildPanel();

    /// <summary>Runs a query in a new in-memory DuckDB database and reads its result into a table.</summary>
    /// <param name="query">Any DuckDB query; its result must have the schema's columns.</param>
    /// <param name="schema">The columns to read; it must not name a person key, period or weights.</param>
    /// <param name="sourceName">The name of the query in error messages.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The schema names a person key, period or weights, or the query is empty.</exception>
    /// <exception cref="DataSourceException">The query fails, or a column is missing or of the wrong type.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static ColumnTable LoadTable(string query, CsvSchema schema, string sourceName = DefaultSourceName, CancellationToken cancellationToken = default)
    {
        using var connection = OpenInMemory();
        return LoadTable(connection, query, schema, sourceName, cancellationToken);
    }

    /// <summary>Runs a query on an open DuckDB connection and reads its result into a table.</summary>
    /// <param name="connection">An open connection; it is left open.</param>
    /// <param name="query">Any DuckDB query; its result must have the schema's columns.</param>
    /// <param name="schema">The columns to read; it must not name a person key, period or weights.</param>
    /// <param name="sourceName">The name of the query in error messages.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The schema names a person key, period or weights, or the query is empty.</exception>
    /// <exception cref="DataSourceException">The query fails, or a column is missing or of the wrong type.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static ColumnTable LoadTable(DuckDBConnection connection, string query, CsvSchema schema, string sourceName = DefaultSourceName, CancellationToken cancellationToken = default)
        => Load(connection, query, schema, sourceName, panel: false, cancellationToken).BuildTable();

    /// <summary>The names of the columns a query returns, in order, without reading its rows (the query runs with LIMIT 0).</summary>
    /// <param name="connection">An open connection; it is left open.</param>
    /// <param name="query">Any DuckDB query.</param>
    /// <param name="sourceName">The name of the query in error messages.</param>
    /// <returns>The column names.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataSourceException">The query fails.</exception>
    public static IReadOnlyList<string> ColumnNames(DuckDBConnection connection, string query, string sourceName = DefaultSourceName)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(sourceName);
        return [.. Probe(connection, query, sourceName).Select(c => c.Name)];
    }

    private static SourceColumn[] Probe(DuckDBConnection connection, string query, string sourceName)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = SqlDialect.Probe(query);
            using var reader = command.ExecuteReader();
            var columns = new SourceColumn[reader.FieldCount];
            for (var i = 0; i < columns.Length; i++)
            {
                columns[i] = new SourceColumn(reader.GetName(i), SourceTypes.FromClr(reader.GetFieldType(i)), reader.GetDataTypeName(i));
            }

            return columns;
        }
        catch (DuckDBException e)
        {
            throw new DataSourceException($"{sourceName}: DuckDB cannot run the query: {e.Message}", e);
        }
    }

    private static DuckDBConnection OpenInMemory()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        return connection;
    }

    private static ColumnBatchLoader Load(DuckDBConnection connection, string query, CsvSchema schema, string sourceName, bool panel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(sourceName);
        var columns = Probe(connection, query, sourceName);
        var loader = new ColumnBatchLoader(schema, sourceName, columns, panel);
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = DuckDbDialect.Instance.Projection(query, loader.Columns);
            using var reader = command.ExecuteReader();
            SqlDialect.Fill(loader, new Cursor(reader), cancellationToken);
        }
        catch (DuckDBException e)
        {
            throw new DataSourceException($"{sourceName}: DuckDB failed while reading the result: {e.Message}", e);
        }

        return loader;
    }

    private sealed class Cursor(DbDataReader reader) : ISqlRowCursor
    {
        public bool NextRow() => reader.Read();

        public bool IsNull(int ordinal) => reader.IsDBNull(ordinal);

        public long GetInt64(int ordinal) => reader.GetInt64(ordinal);

        public double GetDouble(int ordinal) => reader.GetDouble(ordinal);

        public string GetString(int ordinal) => reader.GetString(ordinal);
    }
}
