using System.Text.Json;
using Indikator.Cli;
using Indikator.Core.Parquet;
using Indikator.Core.Tests.Data.Sources;

namespace Indikator.Core.Tests.Cli;

/// <summary><c>indikator run</c> with <c>"pushDown": true</c>: the work outcomes and the indicators computed inside
/// DuckDB give the report of the in-memory run on the same DuckDB queries, and what push-down cannot do yet is refused
/// with the field named.</summary>
public sealed class RunCommandPushDownTests : IClassFixture<RunCommandTests.SyntheticFiles>, IDisposable
{
    // Relative to the larger of the two values and 1: the cells are means of outcomes between 0 and 37.5 hours, standard
    // errors, shares and counts, so values that are zero up to rounding (a covariate's contribution) compare absolutely.
    private const double Tolerance = 1e-10;

    // The stock period as text, the employment month as the Parquet file's DATE: both kinds of month column are read.
    private const string Stock = "\"source\": \"duckdb\", \"query\": \"select * replace (strftime(period, '%Y-%m') as period) from 'stock.parquet'\"";
    private const string NoFixedEffects = """{ "fixedEffects": [] }""";
    private const string Employment = "\"source\": \"duckdb\", \"query\": \"select person_key, period as month, weekly_hours from 'employment.parquet'\"";

    private readonly RunCommandTests.SyntheticFiles _data;
    private readonly string _folder = SourcePanels.NewFolder();

    public RunCommandPushDownTests(RunCommandTests.SyntheticFiles data)
    {
        _data = data;
        var (stock, employment) = RunCommandSourceTests.LoadCsv(data);
        ParquetTableWriter.Write(stock, Path.Combine(_folder, "stock.parquet"));
        ParquetTableWriter.Write(employment, Path.Combine(_folder, "employment.parquet"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(false, "[]")]
    [InlineData(true, "[]")]
    [InlineData(false, "[\"office\"]")]
    public void Push_down_report_equals_the_in_memory_report_cell_for_cell(bool compareWithinMonth, string fixedEffects)
    {
        var model = $$"""{ "fixedEffects": {{fixedEffects}}, "compareWithinMonth": {{(compareWithinMonth ? "true" : "false")}} }""";
        var (_, tables) = AssertSameReports("plain", model, extra: string.Empty);
        Assert.True(tables >= 5);
    }

    [Fact]
    public void Push_down_priority_groups_equal_the_in_memory_groups_cell_for_cell()
    {
        // A mapped numeric column (age), two columns read only for the groups (immigrant_origin, status: categories), a
        // group of two conditions, and a group that overlaps the others, so that the nested differences are not empty.
        const string groups = """
            "priorityGroups": [
              { "name": "Under 30", "conditions": [{ "column": "age", "lt": 30 }] },
              { "name": "Outside EEA", "conditions": [{ "column": "immigrant_origin", "in": ["utenfor_eos"] }] },
              { "name": "Long-term, not job seekers", "conditions": [{ "column": "months_since_registration", "ge": 12 }, { "column": "status", "notIn": ["arbeidssoker"] }] },
            ],
            """;

        var (report, _) = AssertSameReports("groups", NoFixedEffects, groups);

        var levels = report.GetProperty("tables").EnumerateArray().Select(t => t.GetRawText()).Where(t => t.Contains("Outside EEA", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(levels);
        Assert.Contains(levels, t => t.Contains("Long-term, not job seekers", StringComparison.Ordinal));
    }

    /// <summary>Runs one job in memory and pushed down, and asserts that every number of report.json is the same to the
    /// tolerance, every text exactly, and that the rows logs count the same person-months; returns the pushed-down report
    /// and its number of tables.</summary>
    private (JsonElement Report, int Tables) AssertSameReports(string name, string model, string extra)
    {
        // A months window, so that the push-down run keeps the same stock rows as the in-memory one.
        var first = YearMonthText(_data.Data.Stock.Periods.ToArray().Min(p => p.Index) + 3);
        var memory = Run(WriteJob(name + "-memory", pushDown: false, model, months: $$"""{ "from": "{{first}}" }""", extra: extra));
        var pushed = Run(WriteJob(name + "-pushed", pushDown: true, model, months: $$"""{ "from": "{{first}}" }""", extra: extra));

        Assert.True(memory.Code == CliExitCode.Success, memory.Log);
        Assert.True(pushed.Code == CliExitCode.Success, pushed.Log);
        Assert.Contains("[database] stock and employment are read inside DuckDB", pushed.Log, StringComparison.Ordinal);

        // The stock table goes as soon as the outcome table holds what the indicators read; the outcome table goes at the end.
        var log = pushed.Log;
        var outcomes = log.IndexOf("[outcome table] the stock with its work outcomes materialised once in the temporary table indikator_run_outcomes", StringComparison.Ordinal);
        var stockDropped = log.IndexOf("[database] the temporary table indikator_run_stock is dropped", StringComparison.Ordinal);
        var indicators = log.IndexOf("[indicators] ", StringComparison.Ordinal);
        var outcomesDropped = log.IndexOf("[database] the temporary table indikator_run_outcomes is dropped", StringComparison.Ordinal);
        Assert.True(outcomes >= 0 && outcomes < stockDropped && stockDropped < indicators && indicators < outcomesDropped, log);
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, $"out-{name}-memory", "report.json")));
        using var actual = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, $"out-{name}-pushed", "report.json")));
        var cells = AssertSame(expected.RootElement, actual.RootElement, "$");
        Assert.True(cells > 1000, $"only {cells} numbers compared");

        // The rows log counts the same person-months used as the in-memory run.
        foreach (var line in memory.Log.Split('\n').Where(l => l.Contains("[rows]", StringComparison.Ordinal)))
        {
            var used = line[(line.IndexOf("] ", StringComparison.Ordinal) + 2)..line.IndexOf(';', StringComparison.Ordinal)];
            Assert.Contains(used, pushed.Log, StringComparison.Ordinal);
        }

        return (actual.RootElement.Clone(), actual.RootElement.GetProperty("tables").GetArrayLength());
    }

    [Fact]
    public void What_push_down_cannot_do_yet_is_a_config_error_naming_the_field()
    {
        var cases = new (string Job, string Message)[]
        {
            (WriteJob("variation", pushDown: true, output: ", \"variation\": true"), "output.variation: the section refits the risk model on person rows in memory"),
            (WriteJob("groups", pushDown: true, extra: """ "priorityGroups": [{ "name": "g", "conditions": [{ "column": "age", "lt": 30 }, { "column": "jobb3", "ge": 1 }] }], """), "priorityGroups[0] ('g').conditions[1].column: 'jobb3' is the name of a column that a push-down run derives itself"),
            (WriteJob("status", pushDown: true, extra: $$""" "status": { "file": {{JsonSerializer.Serialize(_data.Status)}} }, """), "status: the legacy six-month measure"),
            (WriteJob("parquet", pushDown: true, stock: "\"source\": \"parquet\", \"file\": \"stock.parquet\""), "pushDown: computes the indicators inside a database, so stock.source must be \"duckdb\" or \"postgres\", not \"parquet\""),
            (WriteJob("employment", pushDown: true, employment: "\"source\": \"parquet\", \"file\": \"employment.parquet\", \"month\": \"period\""), "employment.source: with pushDown the work outcomes are computed inside the stock's database"),
            (WriteJob("flag", pushDown: null, extra: """ "pushDown": "yes", """), "pushDown: must be true or false"),
        };

        foreach (var (job, message) in cases)
        {
            var (code, log) = Run(job);
            Assert.True(code == CliExitCode.Usage, log);
            Assert.Contains(message, log, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Bad_hours_and_months_in_the_database_name_the_field_and_never_a_person_key()
    {
        var negative = Run(WriteJob("negative", pushDown: true, employment: "\"source\": \"duckdb\", \"query\": \"select person_key, period as month, case when row_number() over () = 5 then -1 else weekly_hours end as weekly_hours from 'employment.parquet'\""));
        var month = Run(WriteJob("month", pushDown: true, stock: "\"source\": \"duckdb\", \"query\": \"select * replace (case when person_key % 7 = 0 then '2024-13' else strftime(period, '%Y-%m') end as period) from 'stock.parquet'\""));
        var key = Run(WriteJob("key", pushDown: true, stock: "\"source\": \"duckdb\", \"query\": \"select * replace (case when person_key % 7 = 0 then null else person_key end as person_key) from 'stock.parquet'\""));

        var column = Run(WriteJob("column", pushDown: true, extra: """ "priorityGroups": [{ "name": "g", "conditions": [{ "column": "height", "gt": 180 }] }], """));

        Assert.Equal(CliExitCode.InputData, column.Code);
        Assert.Contains("priorityGroups[0] ('g').conditions[0].column: column 'height' is not in the DuckDB query; its columns are: ", column.Log, StringComparison.Ordinal);
        Assert.Equal(CliExitCode.InputData, negative.Code);
        Assert.Contains("employment.weeklyHours: DuckDB query, a record of ", negative.Log, StringComparison.Ordinal);
        Assert.Contains("weekly hours must be a finite number of at least 0", negative.Log, StringComparison.Ordinal);
        Assert.Equal(CliExitCode.InputData, month.Code);

        // The month is found bad after the stock table is made: it is dropped all the same.
        Assert.Contains("[stock table] the stock query's columns for the job materialised once", month.Log, StringComparison.Ordinal);
        Assert.Contains("[database] the temporary table indikator_run_stock is dropped", month.Log, StringComparison.Ordinal);
        Assert.Contains("stock.period: DuckDB query, column 'period': '2024-13' is not a month in the form yyyy-MM", month.Log, StringComparison.Ordinal);
        Assert.Equal(CliExitCode.InputData, key.Code);
        Assert.Contains("stock.personKey: DuckDB query, column 'person_key': ", key.Log, StringComparison.Ordinal);
        foreach (var log in new[] { negative.Log, month.Log, key.Log, column.Log })
        {
            Assert.DoesNotContain(_data.PersonKeys, k => log.Contains("'" + k + "'", StringComparison.Ordinal) || log.Contains("key " + k, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Running_out_of_duckdb_memory_says_where_the_job_file_sets_the_limit()
    {
        var run = Run(WriteJob("oom", pushDown: true, stock: "\"source\": \"duckdb\", \"query\": \"select * from 'stock.parquet'\", \"settings\": { \"memory_limit\": \"1MB\" }"));

        Assert.Equal(CliExitCode.InputData, run.Code);
        Assert.Contains("Out of Memory", run.Log, StringComparison.Ordinal);
        Assert.Contains("The DuckDB source's memory_limit is '1MB'; give the stock source a larger one in the job file", run.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_prints_the_sql_through_the_command_tree_and_runs_nothing()
    {
        var job = WriteJob("explain", pushDown: true);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = CliApp.CreateRoot().Parse(["run", "--config", job, "--explain"]).Invoke(new System.CommandLine.InvocationConfiguration { Output = output, Error = error });

        var sql = output.ToString();
        Assert.True(code == CliExitCode.Success, error.ToString());
        Assert.False(Directory.Exists(Path.Combine(_folder, "out-explain")), "--explain wrote the report");
        Assert.Contains("-- indikator run, pushDown: the SQL sent to DuckDB", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("could not be probed", sql, StringComparison.Ordinal);

        // The employment month is a DATE (strftime), the stock period text (CAST); the outcomes are CASE over SUM of hours.
        Assert.Contains("strftime(e.\"month\", '%Y-%m')", sql, StringComparison.Ordinal);
        Assert.Contains("CAST(s.\"period\" AS VARCHAR)", sql, StringComparison.Ordinal);
        Assert.Contains("CASE WHEN SUM(CAST(e.\"weekly_hours\" AS DOUBLE)) > CAST(37.5E0 AS DOUBLE)", sql, StringComparison.Ordinal);
        Assert.Contains("AS \"jobb12\"", sql, StringComparison.Ordinal);
        Assert.Contains("(VALUES /* src, ym, ix: one row per level", sql, StringComparison.Ordinal);
        Assert.Contains(":b0", sql, StringComparison.Ordinal);
        Assert.Contains("-- E. the office and region pairs", sql, StringComparison.Ordinal);

        // The settings, then the stock materialised once with the job's columns only, read by every later statement, and dropped.
        Assert.Contains("SET memory_limit = '1GB';", sql, StringComparison.Ordinal);
        Assert.Contains("SET preserve_insertion_order = false;", sql, StringComparison.Ordinal);
        Assert.Contains("SET enable_external_file_cache = false;", sql, StringComparison.Ordinal);
        Assert.Contains("CREATE TEMPORARY TABLE \"indikator_run_stock\" AS SELECT s.\"person_key\", s.\"period\", s.\"office\", ", sql, StringComparison.Ordinal);
        Assert.Contains("FROM (SELECT * FROM \"indikator_run_stock\") AS s", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("from 'stock.parquet'", sql[sql.IndexOf("-- A.", StringComparison.Ordinal)..], StringComparison.Ordinal);

        // The stock with its outcomes is materialised once too; the indicators read that table, never the employment join again.
        var indicators = sql[sql.IndexOf("-- D.", StringComparison.Ordinal)..];
        Assert.Contains("-- CREATE TEMPORARY TABLE \"indikator_run_outcomes\" AS SELECT CAST(s.\"person_key\" AS BIGINT)", sql, StringComparison.Ordinal);
        Assert.Contains("FROM (SELECT * FROM \"indikator_run_outcomes\") AS s", indicators, StringComparison.Ordinal);
        Assert.DoesNotContain("weekly_hours", indicators, StringComparison.Ordinal);
        Assert.DoesNotContain("indikator_run_stock", indicators[..indicators.IndexOf("-- F.", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.EndsWith("DROP TABLE IF EXISTS \"indikator_run_stock\";" + Environment.NewLine + "DROP TABLE IF EXISTS \"indikator_run_outcomes\";" + Environment.NewLine, sql, StringComparison.Ordinal);

        var memory = WriteJob("explain-memory", pushDown: false);
        using var none = new StringWriter();
        using var why = new StringWriter();
        Assert.Equal(CliExitCode.Usage, CliApp.CreateRoot().Parse(["run", "--config", memory, "--explain"]).Invoke(new System.CommandLine.InvocationConfiguration { Output = none, Error = why }));
        Assert.Contains("--explain prints the SQL of a push-down run", why.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, none.ToString());
    }

    /// <summary>Walks both reports in step: the same structure and text, every number within the tolerance; returns how many numbers were compared.</summary>
    internal static int AssertSame(JsonElement expected, JsonElement actual, string path)
    {
        Assert.True(expected.ValueKind == actual.ValueKind, $"{path}: {expected.ValueKind} vs {actual.ValueKind}");
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var names = expected.EnumerateObject().Select(p => p.Name).ToArray();
                Assert.Equal(names, actual.EnumerateObject().Select(p => p.Name).ToArray());
                return names.Where(n => n != "generatedAt").Sum(n => AssertSame(expected.GetProperty(n), actual.GetProperty(n), path + "." + n));
            case JsonValueKind.Array:
                Assert.True(expected.GetArrayLength() == actual.GetArrayLength(), $"{path}: {expected.GetArrayLength()} vs {actual.GetArrayLength()} items");
                return expected.EnumerateArray().Zip(actual.EnumerateArray()).Select((p, i) => AssertSame(p.First, p.Second, $"{path}[{i}]")).Sum();
            case JsonValueKind.Number:
                var e = expected.GetDouble();
                var a = actual.GetDouble();
                Assert.True(Math.Abs(e - a) <= Tolerance * Math.Max(1, Math.Max(Math.Abs(e), Math.Abs(a))), $"{path}: {e:R} (in memory) vs {a:R} (push-down)");
                return 1;
            default:
                Assert.True(expected.GetRawText() == actual.GetRawText(), $"{path}: {expected.GetRawText()} vs {actual.GetRawText()}");
                return 0;
        }
    }

    private string WriteJob(string name, bool? pushDown, string? model = NoFixedEffects, string? months = null, string stock = Stock, string employment = Employment, string extra = "", string output = "")
    {
        var path = Path.Combine(_folder, name + ".json");
        File.WriteAllText(path, $$"""
        {
          "stock": { {{stock}} },
          "employment": { {{employment}} },
          "lastCompleteMonth": "{{_data.LastMonth}}",
          {{(model is null ? string.Empty : $"\"model\": {model},")}}
          {{(months is null ? string.Empty : $"\"months\": {months},")}}
          {{(pushDown is { } p ? $"\"pushDown\": {(p ? "true" : "false")}," : string.Empty)}}
          {{extra}}
          "output": { "directory": "out-{{name}}", "formats": ["json", "csv"]{{output}} },
        }
        """);
        return path;
    }

    private static string YearMonthText(int index) => Indikator.Core.Data.YearMonth.FromIndex(index).ToString();

    private static (int Code, string Log) Run(string job)
    {
        using var stderr = new StringWriter();
        var code = RunCommand.Run(["--config", job], stderr);
        return (code, stderr.ToString());
    }
}
