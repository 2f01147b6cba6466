using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using Indikator.Core.DuckDB;
using Indikator.Core.PushDown;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Benchmarks.PushDown;

/// <summary>
/// A linear model with office and period effects, 10 covariates, clustered by office, on a Parquet file: fitted inside
/// DuckDB (<see cref="DuckDbPushDown"/>) against loading the same file into memory and fitting there (the baseline).
/// Issue 13 asks for time and peak memory at 25 million rows (INDIKATOR_BENCH_PUSHDOWN_ROWS=25000000).
/// </summary>
/// <remarks>The peak RSS column is that of the measured runs: the high-water mark starts again after the setup has
/// written the Parquet file (<see cref="PeakMemory.ResetPeak"/>). It includes embedded DuckDB's own working memory,
/// which lives in this process.</remarks>
[BenchmarkCategory("PushDown", "DuckDB")]
public class DuckDbPushDownBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "indikator-bench-pushdown-" + Guid.NewGuid().ToString("N"));
    private DuckDBConnection? _connection;

    /// <summary>The environment variable with extra DuckDB settings for the connection (<c>name=value;...</c>).</summary>
    public const string SettingsVariable = "INDIKATOR_BENCH_DUCKDB_SETTINGS";

    [ParamsSource(nameof(Sizes))]
    public int Rows { get; set; }

    public static IEnumerable<int> Sizes() => PushDownBenchmarkData.Rows();

    private string Query => $"select * from read_parquet('{Path.Combine(_folder, "panel.parquet")}')";

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_folder);
        _connection = new DuckDBConnection("DataSource=:memory:");
        _connection.Open();
        using var command = _connection.CreateCommand();
        command.CommandText = $"COPY ({PushDownBenchmarkData.Select($"range({Rows}) AS t(i)", "DOUBLE")}) TO '{Path.Combine(_folder, "panel.parquet")}' (FORMAT parquet)";
        command.ExecuteNonQuery();

        // Extra DuckDB settings for the connection, "name=value;name=value" (INDIKATOR_BENCH_DUCKDB_SETTINGS), for example
        // enable_external_file_cache=false: DuckDB then keeps no copy of the file's bytes it has read.
        foreach (var setting in (Environment.GetEnvironmentVariable(SettingsVariable) ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            using var set = _connection.CreateCommand();
            set.CommandText = "SET " + setting;
            set.ExecuteNonQuery();
        }

        // Writing the file is DuckDB's work in this process, and grows with the rows; the peak is the fits'.
        PeakMemory.ResetPeak();
    }

    [Benchmark(Baseline = true)]
    public LinearModelResult InMemory()
    {
        var table = DuckDbLoader.LoadTable(_connection!, Query, PushDownBenchmarkData.Schema);
        return LinearModel.Fit(table, PushDownBenchmarkData.Spec, new FitOptions { Covariance = PushDownBenchmarkData.Covariance });
    }

    [Benchmark]
    public PushDownFitResult PushedDown()
        => DuckDbPushDown.Fit(_connection!, Query, PushDownBenchmarkData.Spec, new PushDownOptions { Covariance = PushDownBenchmarkData.Covariance });

    [GlobalCleanup(Target = nameof(InMemory))]
    public void RecordInMemory() => Cleanup(nameof(InMemory));

    [GlobalCleanup(Target = nameof(PushedDown))]
    public void RecordPushedDown() => Cleanup(nameof(PushedDown));

    private void Cleanup(string method)
    {
        PeakMemory.Record(typeof(DuckDbPushDownBenchmarks), method, Rows);
        _connection?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
