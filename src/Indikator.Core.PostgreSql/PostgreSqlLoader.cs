using Indikator.Core.Data;
using Npgsql;

namespace Indikator.Core.PostgreSql;

/// <summary>
/// Reads the result of any PostgreSQL query into a <see cref="PersonMonthPanel"/> or a <see cref="ColumnTable"/>, with
/// binary COPY: the server streams typed values, with no text to parse and no object per row.
/// </summary>
/// <remarks>
/// <para>The <see cref="CsvSchema"/> names the result columns to read and the role of each, as for <see cref="CsvLoader"/>;
/// the query is wrapped so that the server sends only those columns, each cast to the one type the loader reads
/// (<c>bigint</c> person key, <c>double precision</c> numbers, <c>text</c> categories, and the month of a date period
/// as text <c>yyyy-MM</c>). Before any row is read, the result columns are checked: a person key needs an integer type;
/// a period a date, timestamp or text <c>yyyy-MM</c>; a numeric column or weight a number type; a categorical column
/// text, integers or booleans. A null is a missing value, and so is empty or <c>NA</c> text, as in CSV; a null person
/// key, period or weight is an error.</para>
/// <para>Errors are <see cref="DataSourceException"/>s naming the query (by the source name given), the column and the
/// 0-based row of the result; they never show a person key or the connection string. Categorical levels are encoded as
/// the CSV loader encodes them, so the same data gives the same levels in the same order from either source.</para>
/// <para>The query runs with the rights of the connection's user: give the reporting job a role that can read only the
/// tables it needs.</para>
/// <code>
/// var schema = new CsvSchema().WithPersonKey("person_id").WithPeriod("month").AddNumeric("age").AddCategorical("kontor", "office");
/// var connectionString = Environment.GetEnvironmentVariable("INDIKATOR_PG");
/// PersonMonthPanel panel = PostgreSqlLoader.LoadPanel(connectionString, "select * from stock where month &gt;= '2024-01'", schema);
/// </code>
/// <para>This type is stateless and thread safe; a connection is not, so do not share one between threads.</para>
/// </remarks>
public static class PostgreSqlLoader
{
    private const string DefaultSourceName = "PostgreSQL query";

    /// <summary>Connects, runs a query and reads its result into a person-month panel.</summary>
    /// <param name="connectionString">The Npgsql connection string; it never appears in messages.</param>
    /// <param name="query">Any PostgreSQL query; its result must have the schema's columns.</param>
    /// <param name="schema">The columns to read; it must name a person key and a period.</param>
    /// <param name="sourceName">The name of the query in error messages.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The panel, rows in result order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The schema lacks a person key or period, the query is empty, or the connection string is not valid.</exception>
    /// <exception cref="DataSourceException">The server cannot be reached, the query fails, a column is missing or of the wrong type, or a value is wrong (the row is named).</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static PersonMonthPanel LoadPanel(string connectionString, string query, CsvSchema schema, string sourceName = DefaultSourceName, CancellationToken cancellationToken = default)
    {
        using var connection = Open(connectionString, sourceName);
        return LoadPanel(connection, query, schema, sourceName, cancellationToken);
    }

    /// <summary>Runs a query on an open connection and reads its result into a person-month panel.</summary>
    /// <param name="connection">An open connection; it is left open.</param>
    /// <param name="query">Any PostgreSQL query; its result must have the schema's columns.</param>
    /// <param name="schema">The columns to read; it must name a person key and a period.</param>
    /// <param name="sourceName">The name of the query in error messages.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The panel, rows in result order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The schema lacks a person key or period, or the query is empty.</exception>
    /// <exception cref="DataSourceException">The query fails, a column is missing or of the wrong type, or a value is wrong (the row is named).</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static PersonMonthPanel LoadPanel(NpgsqlConnection connection, string query, CsvSchema schema, string sourceName = DefaultSourceName, CancellationToken cancellationToken = default)
        => Load(connection, query, schema, sourceName, panel: true, cancellationToken).BuildPanel();

    /// <summary>Connects, runs a query and reads its result into a table.</summary>
    /// <param name="connectionString">The Npgsql connection string; it never appears in messages.</param>
    /// <param name="query">Any PostgreSQL query; its result must have the schema's columns.</param>
    /// <param name="schema">The columns to read; it must not name a person key, period or weights.</param>
    /// <param name="sourceName">The name of the query in error messages.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The schema names a person key, period or weights, the query is empty, or the connection string is not valid.</exception>
    /// <exception cref="DataSourceException">The server cannot be reached, the query fails, or a column is missing or of the wrong type.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static ColumnTable LoadTable(string connectionString, string query, CsvSchema schema, string sourceName = DefaultSourceName, CancellationToken cancellationToken = default)
    {
        using var connection = Open(connectionString, sourceName);
        return LoadTable(connection, query, schema, sourceName, cancellationToken);
    }

    /// <summary>Runs a query on an open connection and reads its result into a table.</summary>
    /// <param name="connection">An open connection; it is left open.</param>
    /// <param name="query">Any PostgreSQL query; its result must have the schema's columns.</param>
    /// <param name="schema">The columns to read; it must not name a person key, period or weights.</param>
    /// <param name="sourceName">The name of the query in error messages.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The schema names a person key, period or weights, or the query is empty.</exception>
    /// <exception cref="DataSourceException">The query fails, or a column is missing or of the wrong type.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static ColumnTable LoadTable(NpgsqlConnection connection, string query, CsvSchema schema, string sourceName = DefaultSourceName, CancellationToken cancellationToken = default)
        => Load(connection, query, schema, sourceName, panel: false, cancellationToken).BuildTable();

    /// <summary>Connects and returns the names of the columns a query returns, in order, without reading its rows (the query runs with LIMIT 0).</summary>
    /// <param name="connectionString">The Npgsql connection string; it never appears in a message.</param>
    /// <param name="query">Any PostgreSQL query.</param>
    /// <param name="sourceName">The name of the query in error messages.</param>
    /// <returns>The column names.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The connection string is not valid.</exception>
    /// <exception cref="DataSourceException">The server cannot be reached or the query fails.</exception>
    public static IReadOnlyList<string> ColumnNames(string connectionString, string query, string sourceName = DefaultSourceName)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var connection = Open(connectionString, sourceName);
        return [.. Probe(connection, query, sourceName).Select(c => c.Name)];
    }

    private static SourceColumn[] Probe(NpgsqlConnection connection, string query, string sourceName)
    {
        try
        {
            using var command = new NpgsqlCommand(SqlDialect.Probe(query), connection);
            using var reader = command.ExecuteReader();
            var columns = new SourceColumn[reader.FieldCount];
            for (var i = 0; i < columns.Length; i++)
            {
                columns[i] = new SourceColumn(reader.GetName(i), SourceTypes.FromClr(reader.GetFieldType(i)), reader.GetDataTypeName(i));
            }

            return columns;
        }
        catch (PostgresException e)
        {
            throw new DataSourceException($"{sourceName}: PostgreSQL cannot run the query: {e.MessageText} (SQLSTATE {e.SqlState})", e);
        }
    }

    internal static NpgsqlConnection Open(string connectionString, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        ArgumentNullException.ThrowIfNull(sourceName);
        NpgsqlConnection connection;
        try
        {
            connection = new NpgsqlConnection(connectionString);
        }
        catch (ArgumentException)
        {
            // Npgsql's message may quote part of the string, which can hold a password.
            throw new ArgumentException("The PostgreSQL connection string is not valid (it is not shown).", nameof(connectionString));
        }

        try
        {
            connection.Open();
            return connection;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            connection.Dispose();
            throw new DataSourceException($"{sourceName}: cannot connect to PostgreSQL: {e.Message}", e);
        }
    }

    private static ColumnBatchLoader Load(NpgsqlConnection connection, string query, CsvSchema schema, string sourceName, bool panel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(sourceName);
        var columns = Probe(connection, query, sourceName);
        var loader = new ColumnBatchLoader(schema, sourceName, columns, panel);
        try
        {
            using var exporter = connection.BeginBinaryExport($"COPY ({PostgreSqlDialect.Instance.Projection(query, loader.Columns)}) TO STDOUT (FORMAT BINARY)");
            SqlDialect.Fill(loader, new Cursor(exporter), cancellationToken);
        }
        catch (PostgresException e)
        {
            throw new DataSourceException($"{sourceName}: PostgreSQL failed while sending the result: {e.MessageText} (SQLSTATE {e.SqlState})", e);
        }

        return loader;
    }

    /// <summary>Binary COPY rows; columns are read strictly left to right, a null one skipped.</summary>
    private sealed class Cursor(NpgsqlBinaryExporter exporter) : ISqlRowCursor
    {
        public bool NextRow() => exporter.StartRow() >= 0;

        public bool IsNull(int ordinal)
        {
            if (!exporter.IsNull)
            {
                return false;
            }

            exporter.Skip();
            return true;
        }

        public long GetInt64(int ordinal) => exporter.Read<long>();

        public double GetDouble(int ordinal) => exporter.Read<double>();

        public string GetString(int ordinal) => exporter.Read<string>();
    }
}
