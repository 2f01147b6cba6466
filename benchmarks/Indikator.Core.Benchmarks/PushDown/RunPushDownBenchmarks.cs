using System.Globalization;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using Indikator.Cli;

namespace Indikator.Core.Benchmarks.PushDown;

/// <summary>
/// The whole <c>indikator run</c> (job file, work outcomes, indicators for the four NAV outcomes at every default level,
/// report written as CSV and JSON) on DuckDB over two Parquet files, the stock and the employment records: in memory
/// (the baseline: the rows are loaded through DuckDB) and with <c>"pushDown": true</c> (the outcomes and indicators
/// computed inside DuckDB). Issue 13 asks for 25 million person-months (INDIKATOR_BENCH_PUSHDOWN_ROWS=25000000); the
/// employment file has about 0.6 records per person-month.
/// </summary>
/// <remarks>In-process, so the process runs without the tool's <c>System.GC.ConserveMemory</c> setting; the peak RSS
/// column is this process's, which holds BenchmarkDotNet as well. Both cases run variant (a) only
/// (<c>"fixedEffects": []</c>), which is what push-down computes.</remarks>
[BenchmarkCategory("PushDown", "DuckDB", "Run")]
public class RunPushDownBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "indikator-bench-run-" + Guid.NewGuid().ToString("N"));

    /// <summary>The environment variable with the stock source's DuckDB <c>memory_limit</c> for both runs.</summary>
    public const string MemoryVariable = "INDIKATOR_BENCH_DUCKDB_MEMORY";

    [ParamsSource(nameof(Sizes))]
    public int Rows { get; set; }

    public static IEnumerable<int> Sizes() => PushDownBenchmarkData.Rows();

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_folder);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        foreach (var (name, select) in new[] { ("stock", Stock(Rows)), ("employment", Employment(Rows)) })
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"COPY ({select}) TO '{Path.Combine(_folder, name + ".parquet")}' (FORMAT parquet)";
            command.ExecuteNonQuery();
        }

        // The stock source's DuckDB memory_limit (INDIKATOR_BENCH_DUCKDB_MEMORY, for example 12GB); unset, the tool's default.
        var memory = Environment.GetEnvironmentVariable(MemoryVariable) is { Length: > 0 } limit ? $$""", "settings": { "memory_limit": "{{limit}}" }""" : string.Empty;
        foreach (var pushDown in new[] { false, true })
        {
            File.WriteAllText(Job(pushDown), $$"""
            {
              "stock": { "source": "duckdb", "query": "select * from 'stock.parquet'"{{memory}} },
              "employment": { "source": "duckdb", "query": "select * from 'employment.parquet'" },
              "lastCompleteMonth": "2024-12",
              "model": { "fixedEffects": [] },
              "pushDown": {{(pushDown ? "true" : "false")}},
              "output": { "directory": "out-{{(pushDown ? "pushdown" : "memory")}}", "formats": ["csv", "json"] },
            }
            """);
        }
    }

    [Benchmark(Baseline = true)]
    public int InMemory() => Run(pushDown: false);

    [Benchmark]
    public int PushedDown() => Run(pushDown: true);

    [GlobalCleanup(Target = nameof(InMemory))]
    public void RecordInMemory() => Cleanup(nameof(InMemory));

    [GlobalCleanup(Target = nameof(PushedDown))]
    public void RecordPushedDown() => Cleanup(nameof(PushedDown));

    /// <summary>The stock: persons of 8 consecutive months from 2017-01 on, offices (250) nested in regions (12), the
    /// default model's covariates from integer hashes of the row number, so every run makes the same file.</summary>
    internal static string Stock(int rows) => $"""
        SELECT p AS person_key, strftime(DATE '2017-01-01' + to_months(CAST(p % 88 + i % 8 AS INTEGER)), '%Y-%m') AS period,
          'K' || CAST((p * 7) % 250 AS VARCHAR) AS office, 'R' || CAST(((p * 7) % 250) % 12 AS VARCHAR) AS region,
          ['standard', 'situasjonsbestemt', 'spesielt_tilpasset', 'varig'][1 + (p * 13) % 4] AS need_category,
          CAST(20 + (p * 17) % 47 AS DOUBLE) AS age, CASE WHEN p % 2 = 0 THEN 'K' ELSE 'M' END AS gender,
          ['grunnskole', 'videregaende', 'hoyere', 'ukjent'][1 + (p * 19) % 4] AS education,
          CASE WHEN (p * 23) % 5 = 0 THEN 'ja' ELSE 'nei' END AS immigrant,
          ['ingen', 'dagpenger', 'aap'][1 + (p * 29) % 3] AS benefit,
          CAST((p * 31) % 30 + i % 8 AS DOUBLE) AS months_since_registration, CAST((p * 37) % 38 AS DOUBLE) AS prior_hours,
          CAST(((((p * 7) % 250) % 12) * 53 + (p % 88 + i % 8) * 7) % 100 AS DOUBLE) / 1000.0 AS inflow_rate
        FROM (SELECT i, i // 8 AS p FROM range({rows.ToString(CultureInfo.InvariantCulture)}) AS t(i))
        """;

    /// <summary>Employment records: a job in about 3 of 5 of the persons' months from the second month on, some above full time.</summary>
    internal static string Employment(int rows) => $"""
        SELECT p AS person_key, strftime(DATE '2017-01-01' + to_months(CAST(p % 88 + i % 8 + 2 AS INTEGER)), '%Y-%m') AS month,
          CAST((i * 7919) % 44 AS DOUBLE) + 0.5 AS weekly_hours
        FROM (SELECT i, i // 8 AS p FROM range({rows.ToString(CultureInfo.InvariantCulture)}) AS t(i)) WHERE (i * 31 + p) % 5 < 3
        """;

    private string Job(bool pushDown) => Path.Combine(_folder, pushDown ? "pushdown.json" : "memory.json");

    private int Run(bool pushDown)
    {
        var code = RunCommand.Run(["--config", Job(pushDown), "--quiet"], TextWriter.Null, Console.Error);
        return code == CliExitCode.Success ? code : throw new InvalidOperationException($"indikator run exited with {code}.");
    }

    private void Cleanup(string method)
    {
        PeakMemory.Record(typeof(RunPushDownBenchmarks), method, Rows);
        Directory.Delete(_folder, recursive: true);
    }
}
