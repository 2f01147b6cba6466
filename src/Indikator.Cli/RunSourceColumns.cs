using Indikator.Core.Data;
using Indikator.Core.DuckDB;
using Indikator.Core.Parquet;
using Indikator.Core.PostgreSql;

namespace Indikator.Cli;

/// <summary>What a job's data source holds before it is loaded: its column names, and the connections the loaders use.</summary>
internal static class RunSourceColumns
{
    /// <summary>The source's column names, or none when it cannot be read yet: the pipeline then reports the source when it loads it.</summary>
    public static List<string> Names(RunDataSource source, CsvReadOptions? csv = null)
    {
        try
        {
            return source.Kind switch
            {
                "csv" => File.Exists(source.Path) ? FitInput.ReadHeader(source.Path!, csv) : [],
                "parquet" => File.Exists(source.Path) ? [.. ParquetLoader.ColumnNames(source.Path!)] : [],
                "duckdb" => DuckDbNames(source),
                _ => [.. PostgreSqlLoader.ColumnNames(ConnectionString(source), source.Query!, source.Name)],
            };
        }
        catch (Exception e) when (e is FitInputException or DataSourceException or RunInputException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>A postgres source's connection string, read from its environment variable here so it never reaches a message.</summary>
    public static string ConnectionString(RunDataSource source)
    {
        var connectionString = Environment.GetEnvironmentVariable(source.ConnectionEnv!);
        return string.IsNullOrWhiteSpace(connectionString)
            ? throw new RunInputException($"the environment variable {source.ConnectionEnv} is not set; it must hold the PostgreSQL connection string (the job file never does).")
            : connectionString;
    }

    private static List<string> DuckDbNames(RunDataSource source)
    {
        using var database = RunDuckDb.Open(source, pushDown: false);
        return [.. DuckDbLoader.ColumnNames(database.Connection, source.Query!, source.Name)];
    }
}
