using Indikator.Cli;

namespace Indikator.Core.Tests.Cli;

/// <summary>The DuckDB resource settings of <c>indikator run</c>: the defaults, a job's <c>settings</c> on a duckdb source,
/// how their names and values are checked, and the spill folder that is removed afterwards.</summary>
public sealed class RunDuckDbTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "indikator-duckdb-settings-" + Guid.NewGuid().ToString("N"));

    public RunDuckDbTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Defaults_bound_memory_spill_to_a_folder_of_the_run_and_drop_row_order_only_in_push_down()
    {
        var source = new RunDataSource("duckdb", null, "select 1", null, _folder);
        string spill;
        using (var database = RunDuckDb.Open(source, pushDown: true))
        {
            var (memory, order, temp) = Current(database);
            using var reference = RunDuckDb.Open(source with { Settings = [new RunDuckDbSetting("memory_limit", "'1GB'")] }, pushDown: false);
            Assert.Equal(Current(reference).Memory, memory);
            Assert.Equal("false", order);
            spill = temp;
            Assert.StartsWith(Path.Combine(Path.GetTempPath(), "indikator-duckdb-"), spill, StringComparison.Ordinal);
            Assert.Equal("SET file_search_path = '" + _folder + "'", database.Statements[0]);
            Assert.Contains("SET preserve_insertion_order = false", database.Statements);
            Assert.Contains("SET enable_external_file_cache = false", database.Statements);
            Assert.Equal("false", Setting(database, "enable_external_file_cache"));

            // What DuckDB writes there while the run lasts.
            Directory.CreateDirectory(spill);
            File.WriteAllText(Path.Combine(spill, "spilled.tmp"), "rows");
        }

        Assert.False(Directory.Exists(spill), "the spill folder is left behind");
        using var memoryRun = RunDuckDb.Open(source, pushDown: false);
        Assert.Equal("true", Current(memoryRun).Order);
        Assert.Equal("true", Setting(memoryRun, "enable_external_file_cache"));
    }

    [Fact]
    public void A_job_setting_replaces_the_default_of_its_name_and_adds_any_other()
    {
        var spill = Path.Combine(_folder, "spill");
        var source = new RunDataSource("duckdb", null, "select 1", null, _folder)
        {
            Settings = [new("memory_limit", "'512MB'"), new("threads", "1"), new("temp_directory", RunDuckDb.Text(spill)), new("preserve_insertion_order", "true")],
        };

        var settings = RunDuckDb.Settings(source, pushDown: true, spill: "unused");
        using var database = RunDuckDb.Open(source, pushDown: true);

        Assert.Equal(["memory_limit", "temp_directory", "preserve_insertion_order", "enable_external_file_cache", "threads"], settings.Select(s => s.Name));
        Assert.All(settings.Where(s => s.Name != "enable_external_file_cache"), s => Assert.True(s.FromJob));
        var (memory, order, temp) = Current(database);
        using var reference = RunDuckDb.Open(source with { Settings = [new RunDuckDbSetting("memory_limit", "'512MB'")] }, pushDown: false);
        Assert.Equal(Current(reference).Memory, memory);
        Assert.Equal("true", order);
        Assert.Equal(spill, temp);
        using var command = database.Connection.CreateCommand();
        command.CommandText = "select current_setting('threads')";
        Assert.Equal("1", Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("\"settings\": { \"memory limit\": \"1GB\" }", "stock.settings: 'memory limit' is not a DuckDB setting name (letters, digits and _ only).")]
    [InlineData("\"settings\": { \"threads\": \"1; drop table x\", \"x'y\": 1 }", "stock.settings: 'x'y' is not a DuckDB setting name")]
    [InlineData("\"settings\": { \"threads\": { \"n\": 1 } }", "stock.settings.threads: must be a non-empty text, a number, true or false, not an object.")]
    [InlineData("\"settings\": { \"threads\": 1, \"THREADS\": 2 }", "stock.settings.THREADS: the setting is named twice.")]
    [InlineData("\"settings\": [\"threads\"]", "stock.settings: must be an object of DuckDB setting names and values")]
    public void Setting_names_and_values_are_checked_when_the_job_is_read(string settings, string message)
    {
        var (code, log) = Run(Job($"\"source\": \"duckdb\", \"query\": \"select 1 as person_key\", {settings}"));

        Assert.Equal(CliExitCode.Usage, code);
        Assert.Contains(message, log, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_belong_to_duckdb_sources_and_a_setting_duckdb_refuses_is_a_config_error()
    {
        var csv = Run(Job("\"file\": \"stock.csv\", \"settings\": { \"threads\": 1 }"));
        var unknown = Run(Job("\"source\": \"duckdb\", \"query\": \"select 1 as person_key\", \"settings\": { \"no_such_setting\": 1 }"));
        var employment = Run(Job(
            "\"source\": \"duckdb\", \"query\": \"select 1 as person_key\"",
            "\"source\": \"duckdb\", \"query\": \"select 1 as person_key\", \"settings\": { \"threads\": 1 }",
            "\"pushDown\": true,"));

        Assert.Equal(CliExitCode.Usage, csv.Code);
        Assert.Contains("stock.settings: not used with \"source\": \"csv\"; only a duckdb source has DuckDB settings.", csv.Log, StringComparison.Ordinal);
        Assert.Equal(CliExitCode.Usage, unknown.Code);
        Assert.Contains("stock.settings.no_such_setting: DuckDB refuses the setting: ", unknown.Log, StringComparison.Ordinal);
        Assert.Equal(CliExitCode.Usage, employment.Code);
        Assert.Contains("employment.settings: with pushDown the employment query runs on the stock's DuckDB connection", employment.Log, StringComparison.Ordinal);
    }

    private static string Setting(RunDuckDb database, string name)
    {
        using var command = database.Connection.CreateCommand();
        command.CommandText = $"select current_setting('{name}')::varchar";
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private static (string Memory, string Order, string Temp) Current(RunDuckDb database)
    {
        using var command = database.Connection.CreateCommand();
        command.CommandText = "select current_setting('memory_limit'), current_setting('preserve_insertion_order')::varchar, current_setting('temp_directory')";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return (reader.GetString(0), reader.GetString(1), reader.GetString(2));
    }

    private string Job(string stock, string employment = "\"file\": \"employment.csv\"", string extra = "")
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, $$"""
        {
          "stock": { {{stock}} },
          "employment": { {{employment}} },
          "lastCompleteMonth": "2024-12",
          {{extra}}
          "output": { "directory": "out" },
        }
        """);
        return path;
    }

    private static (int Code, string Log) Run(string job)
    {
        using var stderr = new StringWriter();
        var code = RunCommand.Run(["--config", job], stderr);
        return (code, stderr.ToString());
    }
}
