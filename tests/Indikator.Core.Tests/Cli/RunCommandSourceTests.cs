using Indikator.Core.Indicators;
using System.Text.Json;
using Indikator.Cli;
using Indikator.Core.Data;
using Indikator.Core.Parquet;
using Indikator.Core.Synthetic;
using Indikator.Core.Tests.Data.Sources;
using NpgsqlTypes;

namespace Indikator.Core.Tests.Cli;

/// <summary><c>indikator run</c> on Parquet, DuckDB and PostgreSQL sources gives the same tables as on the CSV files they were made from.</summary>
public sealed class RunCommandSourceTests : IClassFixture<RunCommandTests.SyntheticFiles>, IClassFixture<PostgreSqlServer>, IDisposable
{
    private static readonly string[] Numeric =
        [ColumnNames.Age, ColumnNames.MonthsSinceRegistration, ColumnNames.PriorHours, ColumnNames.InflowRate];

    private readonly RunCommandTests.SyntheticFiles _data;
    private readonly PostgreSqlServer _server;
    private readonly string _folder = SourcePanels.NewFolder();

    public RunCommandSourceTests(RunCommandTests.SyntheticFiles data, PostgreSqlServer server)
    {
        _data = data;
        _server = server;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Parquet_and_duckdb_sources_give_the_same_tables_as_csv()
    {
        var (stock, employment) = LoadCsv();
        ParquetTableWriter.Write(stock, Path.Combine(_folder, "stock.parquet"));
        ParquetTableWriter.Write(employment, Path.Combine(_folder, "employment.parquet"));
        var csv = RunJob("csv", Quote(_data.Stock), Quote(_data.Employment), """ "month": "month" """);
        var parquet = RunJob("parquet", "\"source\": \"parquet\", \"file\": \"stock.parquet\"", "\"source\": \"parquet\", \"file\": \"employment.parquet\"", """ "month": "period" """);
        // Relative paths in a DuckDB query are found next to the job file.
        var duckdb = RunJob(
            "duckdb",
            "\"source\": \"duckdb\", \"query\": \"select * from 'stock.parquet'\"",
            "\"source\": \"duckdb\", \"query\": \"select person_key, period as month, weekly_hours, earnings from read_parquet('employment.parquet')\"",
            """ "month": "month" """);

        AssertSameTables(csv, parquet);
        AssertSameTables(csv, duckdb);
    }

    [Fact]
    public void Postgres_source_gives_the_same_tables_as_csv_and_reads_the_connection_from_the_environment()
    {
        var (stock, employment) = LoadCsv();
        var stockTable = Copy(stock, "run_stock");
        var employmentTable = Copy(employment, "run_employment");
        var variable = "INDIKATOR_TEST_RUN_PG_" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        Environment.SetEnvironmentVariable(variable, _server.ConnectionString);
        try
        {
            var csv = RunJob("csv", Quote(_data.Stock), Quote(_data.Employment), """ "month": "month" """);
            var postgres = RunJob(
                "postgres",
                $"\"source\": \"postgres\", \"connectionEnv\": \"{variable}\", \"query\": \"select * from {stockTable} order by row_number\"",
                $"\"source\": \"postgres\", \"connectionEnv\": \"{variable}\", \"query\": \"select * from {employmentTable} order by row_number\"",
                """ "month": "period" """);

            AssertSameTables(csv, postgres);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void Postgres_push_down_report_equals_the_in_memory_report_cell_for_cell()
    {
        // The same PostgreSQL queries read into memory and computed inside the server: a months window, two outcomes,
        // office and region tables with variant (b) for offices, and a priority group on a column read only for it.
        var (stock, employment) = LoadCsv();
        var stockTable = Copy(stock, "push_stock");
        var employmentTable = Copy(employment, "push_employment");
        var variable = "INDIKATOR_TEST_RUN_PG_" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var first = YearMonth.FromIndex(_data.Data.Stock.Periods.ToArray().Min(p => p.Index) + 3);
        Environment.SetEnvironmentVariable(variable, _server.ConnectionString);
        try
        {
            string Job(string name, bool pushDown)
            {
                var path = Path.Combine(_folder, name + ".json");
                File.WriteAllText(path, $$"""
                {
                  "stock": { "source": "postgres", "connectionEnv": "{{variable}}", "query": "select * from {{stockTable}}" },
                  "employment": { "source": "postgres", "connectionEnv": "{{variable}}", "query": "select person_key, period as month, weekly_hours from {{employmentTable}}" },
                  "lastCompleteMonth": "{{_data.LastMonth}}",
                  "outcomes": ["jobb3", "atid3"],
                  "units": ["office", "region"],
                  "model": { "covariates": ["age", "gender", "needCategory", "monthsSinceRegistration", "inflowRate"], "fixedEffects": ["office"] },
                  "priorityGroups": [{ "name": "Outside EEA", "conditions": [{ "column": "immigrant_origin", "in": ["utenfor_eos"] }] }],
                  "months": { "from": "{{first}}" },
                  "pushDown": {{(pushDown ? "true" : "false")}},
                  "output": { "directory": "out-{{name}}", "formats": ["json"] },
                }
                """);
                return path;
            }

            var memory = Run(Job("pg-memory", pushDown: false));
            var pushed = Run(Job("pg-pushed", pushDown: true));

            Assert.True(memory.Code == CliExitCode.Success, memory.Log);
            Assert.True(pushed.Code == CliExitCode.Success, pushed.Log);
            Assert.Contains("[database] stock and employment are read inside PostgreSQL", pushed.Log, StringComparison.Ordinal);
            Assert.Contains("[database] the temporary table indikator_run_stock is dropped", pushed.Log, StringComparison.Ordinal);
            Assert.Contains("[database] the temporary table indikator_run_outcomes is dropped", pushed.Log, StringComparison.Ordinal);
            using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "out-pg-memory", "report.json")));
            using var actual = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "out-pg-pushed", "report.json")));
            var cells = RunCommandPushDownTests.AssertSame(expected.RootElement, actual.RootElement, "$");
            Assert.True(cells > 1000, $"only {cells} numbers compared");
            Assert.Contains("Outside EEA", actual.RootElement.GetRawText(), StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void Connection_string_in_the_job_file_is_refused_and_an_unset_variable_is_an_input_error()
    {
        var inFile = Run(WriteJob("bad", "\"source\": \"postgres\", \"query\": \"select 1\", \"connectionString\": \"Host=x;Password=s3cret\"", Quote(_data.Employment), """ "month": "month" """));
        var fileWithQuery = Run(WriteJob("bad2", "\"source\": \"duckdb\", \"file\": \"x.parquet\", \"query\": \"select 1\"", Quote(_data.Employment), """ "month": "month" """));
        var unset = Run(WriteJob("bad3", "\"source\": \"postgres\", \"connectionEnv\": \"INDIKATOR_TEST_UNSET_VARIABLE\", \"query\": \"select 1\"", Quote(_data.Employment), """ "month": "month" """));

        Assert.Equal(CliExitCode.Usage, inFile.Code);
        Assert.Contains("stock.connectionString: a connection string is never written in the job file", inFile.Log, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", inFile.Log, StringComparison.Ordinal);
        Assert.Equal(CliExitCode.Usage, fileWithQuery.Code);
        Assert.Contains("stock.file: not used with \"source\": \"duckdb\"", fileWithQuery.Log, StringComparison.Ordinal);
        Assert.Equal(CliExitCode.InputData, unset.Code);
        Assert.Contains("the environment variable INDIKATOR_TEST_UNSET_VARIABLE is not set", unset.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_value_in_a_parquet_source_names_the_field_source_row_and_column()
    {
        var (stock, employment) = LoadCsv();
        var hours = employment.Numeric("weekly_hours").Values.ToArray();
        hours[3] = -1;
        var broken = new PersonMonthPanelBuilder().WithPersonKeys(employment.PersonKeys.ToArray()).WithPeriods(employment.Periods.ToArray())
            .AddNumeric("weekly_hours", hours).AddNumeric("earnings", employment.Numeric("earnings").Values.ToArray()).Build();
        ParquetTableWriter.Write(stock, Path.Combine(_folder, "stock.parquet"));
        ParquetTableWriter.Write(broken, Path.Combine(_folder, "employment.parquet"));

        var (code, log) = Run(WriteJob("broken", "\"source\": \"parquet\", \"file\": \"stock.parquet\"", "\"source\": \"parquet\", \"file\": \"employment.parquet\"", """ "month": "period" """));

        Assert.Equal(CliExitCode.InputData, code);
        Assert.Contains("employment.weeklyHours: " + Path.Combine(_folder, "employment.parquet") + ", row 3, column 'weekly_hours'", log, StringComparison.Ordinal);
    }

    private (PersonMonthPanel Stock, PersonMonthPanel Employment) LoadCsv() => LoadCsv(_data);

    /// <summary>The synthetic CSV files as panels (categorical columns as read from the CSV), for writing them to other sources.</summary>
    internal static (PersonMonthPanel Stock, PersonMonthPanel Employment) LoadCsv(RunCommandTests.SyntheticFiles data)
    {
        var header = File.ReadLines(data.Stock).First().Split(',');
        var schema = new CsvSchema().WithPersonKey("person_key").WithPeriod("period");
        foreach (var name in header.Skip(2))
        {
            schema = Numeric.Contains(name) ? schema.AddNumeric(name) : schema.AddCategorical(name);
        }

        var employment = CsvLoader.LoadPanel(
            data.Employment, new CsvSchema().WithPersonKey("person_key").WithPeriod("month").AddNumeric("weekly_hours").AddNumeric("earnings"));
        return (CsvLoader.LoadPanel(data.Stock, schema), employment);
    }

    /// <summary>Copies a panel into a new table with binary COPY, every categorical column as text, rows numbered in file order.</summary>
    private string Copy(PersonMonthPanel panel, string name)
    {
        var table = _server.Schema + "." + name;
        var columns = string.Join(", ", panel.NumericColumns.Select(c => $"\"{c.Name}\" double precision").Concat(panel.CategoricalColumns.Select(c => $"\"{c.Name}\" text")));
        _server.Execute($"create table {table} (row_number integer, person_key bigint, period text, {columns})");
        using var connection = _server.Open();
        using var import = connection.BeginBinaryImport($"copy {table} from stdin (format binary)");
        var keys = panel.PersonKeys.Span;
        var periods = panel.Periods.Span;
        for (var i = 0; i < panel.RowCount; i++)
        {
            import.StartRow();
            import.Write(i, NpgsqlDbType.Integer);
            import.Write(keys[i], NpgsqlDbType.Bigint);
            import.Write(periods[i].ToString(), NpgsqlDbType.Text);
            foreach (var column in panel.NumericColumns)
            {
                var value = column.Values.Span[i];
                if (double.IsNaN(value))
                {
                    import.WriteNull();
                }
                else
                {
                    import.Write(value, NpgsqlDbType.Double);
                }
            }

            foreach (var column in panel.CategoricalColumns)
            {
                var code = column.Codes.Span[i];
                if (code == CategoricalColumn.MissingCode)
                {
                    import.WriteNull();
                }
                else
                {
                    import.Write(column.Levels[code], NpgsqlDbType.Text);
                }
            }
        }

        import.Complete();
        return table;
    }

    private string RunJob(string name, string stock, string employment, string month)
    {
        var (code, log) = Run(WriteJob(name, stock, employment, month));
        Assert.True(code == CliExitCode.Success, log);
        return Path.Combine(_folder, "out-" + name);
    }

    private string WriteJob(string name, string stock, string employment, string month)
    {
        // A bare quoted path is a csv source given the old way: "file" only.
        static string Section(string source) => source.StartsWith('"') && !source.Contains("\"source\"", StringComparison.Ordinal) ? $"\"file\": {source}" : source;
        var path = Path.Combine(_folder, name + ".json");
        File.WriteAllText(path, $$"""
        {
          "stock": { {{Section(stock)}}, "personKey": "person_key", "period": "period", "columns": { "office": "office" } },
          "employment": { {{Section(employment)}}, {{month}}, "earnings": "earnings" },
          "lastCompleteMonth": "{{_data.LastMonth}}",
          "minimumPersons": 5,
          "output": { "directory": "out-{{name}}", "formats": ["csv"] },
        }
        """);
        return path;
    }

    private static void AssertSameTables(string expectedFolder, string actualFolder)
    {
        var expected = Directory.GetFiles(expectedFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        var actual = Directory.GetFiles(actualFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
        foreach (var file in expected)
        {
            Assert.True(
                File.ReadAllText(Path.Combine(expectedFolder, file!)) == File.ReadAllText(Path.Combine(actualFolder, file!)),
                $"{file} differs between {expectedFolder} and {actualFolder}");
        }
    }

    private static (int Code, string Log) Run(string job)
    {
        using var stderr = new StringWriter();
        var code = RunCommand.Run(["--config", job], stderr);
        return (code, stderr.ToString());
    }

    private static string Quote(string text) => JsonSerializer.Serialize(text);
}
