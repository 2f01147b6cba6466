using BenchmarkDotNet.Attributes;
using Indikator.Core.PostgreSql;
using Indikator.Core.PushDown;
using Indikator.Core.RiskAdjustment;
using Npgsql;

namespace Indikator.Core.Benchmarks.PushDown;

/// <summary>
/// The model of <see cref="DuckDbPushDownBenchmarks"/> on a PostgreSQL table: fitted inside PostgreSQL
/// (<see cref="PostgreSqlPushDown"/>) against loading the rows with binary COPY and fitting in memory (the baseline).
/// The server is named by INDIKATOR_BENCH_PG (a connection string; <c>scripts/test-postgres.sh start</c> makes one);
/// issue 13 asks for 10 million rows.
/// </summary>
[BenchmarkCategory("PushDown", "PostgreSQL")]
public class PostgreSqlPushDownBenchmarks
{
    public const string ServerVariable = "INDIKATOR_BENCH_PG";

    private readonly string _table = "indikator_bench_" + Guid.NewGuid().ToString("N")[..12];
    private string _connectionString = string.Empty;

    [ParamsSource(nameof(Sizes))]
    public int Rows { get; set; }

    public static IEnumerable<int> Sizes() => PushDownBenchmarkData.Rows();

    private string Query => $"select * from {_table}";

    [GlobalSetup]
    public void Setup()
    {
        _connectionString = Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"Set {ServerVariable} to a PostgreSQL connection string (eval \"$(scripts/test-postgres.sh start)\"; export {ServerVariable}=\"$INDIKATOR_TEST_PG\").");
        Execute($"create table {_table} as {PushDownBenchmarkData.Select($"generate_series(CAST(0 AS bigint), {Rows - 1}) AS t(i)", "double precision")}");
        Execute($"analyze {_table}");
    }

    [Benchmark(Baseline = true)]
    public LinearModelResult InMemory()
    {
        var table = PostgreSqlLoader.LoadTable(_connectionString, Query, PushDownBenchmarkData.Schema);
        return LinearModel.Fit(table, PushDownBenchmarkData.Spec, new FitOptions { Covariance = PushDownBenchmarkData.Covariance });
    }

    [Benchmark]
    public PushDownFitResult PushedDown()
        => PostgreSqlPushDown.Fit(_connectionString, Query, PushDownBenchmarkData.Spec, new PushDownOptions { Covariance = PushDownBenchmarkData.Covariance });

    [GlobalCleanup(Target = nameof(InMemory))]
    public void RecordInMemory() => Cleanup(nameof(InMemory));

    [GlobalCleanup(Target = nameof(PushedDown))]
    public void RecordPushedDown() => Cleanup(nameof(PushedDown));

    private void Cleanup(string method)
    {
        PeakMemory.Record(typeof(PostgreSqlPushDownBenchmarks), method, Rows);
        Execute($"drop table if exists {_table}");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.ExecuteNonQuery();
    }
}
