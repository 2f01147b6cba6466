using System.Data.Common;
using System.Globalization;
using Indikator.Core.Data;

namespace Indikator.Core.PushDown;

/// <summary>
/// Runs the push-down statements on an open ADO.NET connection and reads their aggregate rows: group keys as text,
/// then numbers. Every statement it runs is recorded, so a result can show exactly what the database was asked.
/// </summary>
/// <remarks>The rows it reads are aggregates by construction of <see cref="PushDownSql"/>; this class only reads them.
/// A failing statement becomes a <see cref="DataSourceException"/> naming the source, never the connection string.</remarks>
internal sealed class DbAggregateRunner(DbConnection connection, string sourceName, string engine, CancellationToken cancellationToken)
{
    private readonly List<string> _statements = [];

    /// <summary>Gets the statements run so far, in order.</summary>
    public IReadOnlyList<string> Statements => _statements;

    /// <summary>Gets the name of the source in messages.</summary>
    public string SourceName => sourceName;

    /// <summary>Runs one statement and returns its rows.</summary>
    /// <param name="sql">The statement.</param>
    /// <param name="keys">How many leading columns are group keys (read as text).</param>
    public List<(string[] Keys, double[] Values)> Run(string sql, int keys) => Execute(sql, command =>
    {
        var rows = new List<(string[], double[])>();
        using var reader = command.ExecuteReader();
        var width = reader.FieldCount;
        while (reader.Read())
        {
            var k = new string[keys];
            for (var i = 0; i < keys; i++)
            {
                k[i] = Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? string.Empty;
            }

            var v = new double[width - keys];
            for (var i = keys; i < width; i++)
            {
                // A sum over no row is NULL in SQL; the caller has checked that rows exist.
                v[i - keys] = reader.IsDBNull(i) ? 0.0 : Convert.ToDouble(reader.GetValue(i), CultureInfo.InvariantCulture);
            }

            rows.Add((k, v));
        }

        return rows;
    });

    /// <summary>The type of the first column of a statement that returns no rows (a LIMIT 0 probe).</summary>
    public SourceType ColumnType(string sql) => Execute(sql, command =>
    {
        using var reader = command.ExecuteReader();
        return SourceTypes.FromClr(reader.GetFieldType(0));
    });

    /// <summary>The column names of a statement that returns no rows (a LIMIT 0 probe, <see cref="SqlDialect.Probe"/>).</summary>
    public string[] ColumnNames(string sql) => Execute(sql, command =>
    {
        using var reader = command.ExecuteReader();
        var names = new string[reader.FieldCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = reader.GetName(i);
        }

        return names;
    });

    /// <summary>Runs a statement that returns no rows (creating or dropping a temporary table).</summary>
    public void Execute(string sql) => Execute(sql, command => command.ExecuteNonQuery());

    /// <summary>Runs a statement that returns one row of numbers.</summary>
    public double[] RunOne(string sql)
    {
        var rows = Run(sql, 0);
        return rows.Count == 1 ? rows[0].Values : throw new DataSourceException($"{sourceName}: {engine} returned {rows.Count} rows for an aggregate without groups.");
    }

    /// <summary>Records <paramref name="sql"/>, runs <paramref name="read"/> on a command for it that the token cancels,
    /// and turns a database error into a <see cref="DataSourceException"/> that names the source, never the connection.</summary>
    private T Execute<T>(string sql, Func<DbCommand, T> read)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _statements.Add(sql);
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.CommandTimeout = 0;
            using var registration = cancellationToken.Register(command.Cancel);
            return read(command);
        }
        catch (DbException e)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new DataSourceException($"{sourceName}: {engine} cannot run a push-down query: {e.Message}", e);
        }
    }
}
