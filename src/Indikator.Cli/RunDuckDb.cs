using System.Globalization;
using DuckDB.NET.Data;

namespace Indikator.Cli;

/// <summary>
/// An in-memory DuckDB database for one duckdb source of a run, with the run's resource settings: relative paths in the
/// query are found next to the job file, the memory is bounded (<c>memory_limit</c>, default <see cref="DefaultMemoryLimit"/>),
/// what does not fit spills to a folder of its own under the system temp folder (<c>temp_directory</c>), and a push-down
/// run lets DuckDB drop the order of rows (<c>preserve_insertion_order</c> false), which only aggregates need not keep,
/// and tells it to keep no copy of the files it reads (<c>enable_external_file_cache</c> false), which it reads once.
/// The job's <c>settings</c> on the source override each of these and may add any other DuckDB setting
/// (docs/configuration.md). Disposing closes the connection and removes the spill folder, so no spilled person row stays
/// on disk.
/// </summary>
/// <remarks>
/// <para>Why a limit by default: DuckDB's own default is 80 % of the machine's memory, so a run on a shared server
/// would take memory others need; with a limit DuckDB spills its joins and aggregates to disk instead. 1 GB holds the
/// hash tables of a push-down run over tens of millions of person-months with spilling, and is small enough to share.</para>
/// <para>Not thread-safe: one connection, used by one run.</para>
/// </remarks>
internal sealed class RunDuckDb : IDisposable
{
    /// <summary>The default of <c>memory_limit</c>.</summary>
    public const string DefaultMemoryLimit = "1GB";

    private readonly string? _spill;

    private readonly List<string> _statements = [];

    private RunDuckDb(DuckDBConnection connection, string? spill)
    {
        Connection = connection;
        _spill = spill;
    }

    /// <summary>Gets the open connection.</summary>
    public DuckDBConnection Connection { get; }

    /// <summary>Gets the statements that set the database up, in order (for <c>--explain</c> and the log).</summary>
    public IReadOnlyList<string> Statements => _statements;

    /// <summary>The settings a connection of <paramref name="source"/> gets, in the order they are set: the run's defaults,
    /// each replaced by the job's value of the same name, then the job's other settings.</summary>
    /// <param name="source">A duckdb source.</param>
    /// <param name="pushDown">Whether the run computes inside the database (then the order of rows is not preserved, and
    /// DuckDB keeps no copy of the files it has read).</param>
    /// <param name="spill">The default spill folder.</param>
    /// <returns>Each setting's name and SQL literal, and whether it comes from the job file.</returns>
    public static List<(string Name, string Literal, bool FromJob)> Settings(RunDataSource source, bool pushDown, string spill)
    {
        var settings = new List<(string Name, string Literal, bool FromJob)>
        {
            ("memory_limit", Text(DefaultMemoryLimit), false),
            ("temp_directory", Text(spill), false),
        };
        if (pushDown)
        {
            // The sources are read once, into the stock and outcome tables, so a copy of the files' bytes (DuckDB's external
            // file cache, on by default) would only grow the process with the input: docs/databases.md, push-down fit memory.
            settings.Add(("preserve_insertion_order", "false", false));
            settings.Add(("enable_external_file_cache", "false", false));
        }

        foreach (var setting in source.Settings)
        {
            var at = settings.FindIndex(s => string.Equals(s.Name, setting.Name, StringComparison.OrdinalIgnoreCase));
            if (at >= 0)
            {
                settings[at] = (setting.Name, setting.Literal, true);
            }
            else
            {
                settings.Add((setting.Name, setting.Literal, true));
            }
        }

        return settings;
    }

    /// <summary>Opens an in-memory database for <paramref name="source"/> with the run's settings.</summary>
    /// <param name="source">A duckdb source.</param>
    /// <param name="pushDown">Whether the run computes inside the database.</param>
    /// <exception cref="RunConfigException">DuckDB refuses a setting of the job file (an unknown name, a bad value).</exception>
    public static RunDuckDb Open(RunDataSource source, bool pushDown)
    {
        var spill = Path.Combine(Path.GetTempPath(), "indikator-duckdb-" + Guid.NewGuid().ToString("N")[..12]);
        var settings = Settings(source, pushDown, spill);
        var ownSpill = settings.Any(s => s.Name == "temp_directory" && !s.FromJob);
        var connection = new DuckDBConnection("DataSource=:memory:");
        var database = new RunDuckDb(connection, ownSpill ? spill : null);
        try
        {
            connection.Open();
            database.Execute($"SET file_search_path = {Text(source.BaseDirectory)}");
            foreach (var (name, literal, fromJob) in settings)
            {
                try
                {
                    database.Execute($"SET {name} = {literal}");
                }
                catch (DuckDBException e) when (fromJob)
                {
                    throw new RunConfigException($"{source.Section}.settings.{name}: DuckDB refuses the setting: {e.Message}");
                }
            }

            return database;
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    /// <summary>A DuckDB text literal, single quotes doubled.</summary>
    public static string Text(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>Closes the connection and removes the spill folder DuckDB may have written.</summary>
    public void Dispose()
    {
        Connection.Dispose();
        if (_spill is not null && Directory.Exists(_spill))
        {
            try
            {
                Directory.Delete(_spill, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A folder that cannot be removed now is left to the system's temp cleaning; the run's result does not depend on it.
            }
        }
    }

    private void Execute(string sql)
    {
        _statements.Add(sql);
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The text of a number as DuckDB reads it.</summary>
    internal static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
