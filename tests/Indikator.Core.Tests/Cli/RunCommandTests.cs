using System.Text.Json;
using Indikator.Cli;
using Indikator.Core.Synthetic;

namespace Indikator.Core.Tests.Cli;

public sealed partial class RunCommandTests : IClassFixture<RunCommandTests.SyntheticFiles>, IDisposable
{
    private readonly SyntheticFiles _data;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "indikator-run-" + Guid.NewGuid().ToString("N"));

    public RunCommandTests(SyntheticFiles data)
    {
        _data = data;
        Directory.CreateDirectory(_folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Valid_job_writes_every_format_and_no_person_key()
    {
        var job = WriteJob(Job());
        var (code, log) = Run("--config", job);

        Assert.True(code == CliExitCode.Success, log);
        var output = Path.Combine(_folder, "out");
        foreach (var file in new[] { "report.html", "report.xlsx", "report.json", "national-level-per-outcome.csv", "offices-jobb3-in-work-3-months-later.csv" })
        {
            Assert.True(File.Exists(Path.Combine(output, file)), $"{file} missing; log:\n{log}");
        }

        Assert.Contains("[indicators]", log, StringComparison.Ordinal);
        var texts = Directory.GetFiles(output).Where(f => !f.EndsWith(".xlsx", StringComparison.Ordinal)).Select(File.ReadAllText).Append(log).ToArray();
        foreach (var key in _data.PersonKeys)
        {
            Assert.DoesNotContain(texts, t => t.Contains(key, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Formats_limit_the_files_and_quiet_logs_nothing_on_success()
    {
        var job = WriteJob(Job(formats: "[\"csv\"]"));
        var (code, log) = Run("--config", job, "--quiet");

        Assert.True(code == CliExitCode.Success, log);
        Assert.Equal(string.Empty, log);
        var files = Directory.GetFiles(Path.Combine(_folder, "out")).Select(Path.GetFileName).ToArray();
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.EndsWith(".csv", f, StringComparison.Ordinal));
    }

    [Fact]
    public void Json_log_is_one_object_per_line_with_level_message_step_and_seconds()
    {
        var job = WriteJob(Job(formats: "[\"json\"]"));
        var (code, log) = Run("--config", job, "--json-log");

        Assert.True(code == CliExitCode.Success, log);
        var lines = log.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 5, log);
        foreach (var line in lines)
        {
            using var entry = JsonDocument.Parse(line);
            Assert.Equal("info", entry.RootElement.GetProperty("level").GetString());
            Assert.False(string.IsNullOrEmpty(entry.RootElement.GetProperty("message").GetString()));
            Assert.False(string.IsNullOrEmpty(entry.RootElement.GetProperty("step").GetString()));
            Assert.True(entry.RootElement.TryGetProperty("seconds", out _));
        }

        Assert.Contains(lines, l => l.Contains("\"step\":\"indicators\"", StringComparison.Ordinal) && !l.Contains("\"seconds\":null", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_config_option_is_a_usage_error()
    {
        var (code, log) = Run();
        Assert.Equal(CliExitCode.Usage, code);
        Assert.Contains("--config JOB.json is required", log, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_job_file_is_a_usage_error()
    {
        var (code, log) = Run("--config", Path.Combine(_folder, "nope.json"));
        Assert.Equal(CliExitCode.Usage, code);
        Assert.Contains("job file not found", log, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_property_names_its_json_path()
    {
        var (code, log) = Run("--config", WriteJob(Job(columns: "\"ofice\": \"office\"")));
        Assert.Equal(CliExitCode.Usage, code);
        Assert.Contains("stock.columns.ofice: unknown property", log, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_field_names_its_json_path()
    {
        var (code, log) = Run("--config", WriteJob(Job().Replace("\"lastCompleteMonth\"", "\"lastMonth\"", StringComparison.Ordinal)));
        Assert.Equal(CliExitCode.Usage, code);
        Assert.Contains("lastMonth: unknown property", log, StringComparison.Ordinal);

        (code, log) = Run("--config", WriteJob("{ \"stock\": { \"file\": \"s.csv\" }, \"employment\": { \"file\": \"e.csv\" }, \"lastCompleteMonth\": \"2024-01\" }"));
        Assert.Equal(CliExitCode.Usage, code);
        Assert.Contains("output: is required", log, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_gives_the_line()
    {
        var (code, log) = Run("--config", WriteJob("{\n  \"stock\": {\n  \"file\" \"s.csv\" }\n}"));
        Assert.Equal(CliExitCode.Usage, code);
        Assert.Contains("is not valid JSON (line 3", log, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_month_names_the_field()
    {
        var (code, log) = Run("--config", WriteJob(Job(month: "2024-13")));
        Assert.Equal(CliExitCode.Usage, code);
        Assert.Contains("lastCompleteMonth: '2024-13' is not a month", log, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_outcome_names_the_array_element()
    {
        var (code, log) = Run("--config", WriteJob(Job(outcomes: "[\"jobb3\", \"jobb6\"]")));
        Assert.Equal(CliExitCode.Usage, code);
        Assert.Contains("outcomes[1]: \"jobb6\" is not one of", log, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_column_names_the_field_and_the_file()
    {
        var (code, log) = Run("--config", WriteJob(Job(columns: "\"office\": \"kontor\"")));
        Assert.Equal(CliExitCode.InputData, code);
        Assert.Contains("stock.columns.office: column 'kontor' is not in", log, StringComparison.Ordinal);
        Assert.Contains("stock.csv", log, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_data_file_names_the_field()
    {
        var (code, log) = Run("--config", WriteJob(Job(employment: Path.Combine(_folder, "missing.csv"))));
        Assert.Equal(CliExitCode.InputData, code);
        Assert.Contains("employment.file: file not found", log, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_value_names_file_line_and_column_but_no_person_key()
    {
        var lines = File.ReadAllLines(_data.Stock);
        var header = lines[0].Split(',');
        var age = Array.IndexOf(header, "age");
        var fields = lines[2].Split(',');
        fields[age] = "abc";
        lines[2] = string.Join(',', fields);
        var stock = Path.Combine(_folder, "bad_stock.csv");
        File.WriteAllLines(stock, lines);

        var (code, log) = Run("--config", WriteJob(Job(stock: stock)));

        Assert.Equal(CliExitCode.InputData, code);
        Assert.Contains("bad_stock.csv, line 3, column 'age'", log, StringComparison.Ordinal);
        Assert.DoesNotContain(fields[Array.IndexOf(header, "person_key")], log, StringComparison.Ordinal);
    }

    [Fact]
    public void Stock_without_rows_is_an_input_error()
    {
        var stock = Path.Combine(_folder, "empty_stock.csv");
        File.WriteAllLines(stock, [File.ReadLines(_data.Stock).First()]);
        var (code, log) = Run("--config", WriteJob(Job(stock: stock)));
        Assert.Equal(CliExitCode.InputData, code);
        Assert.Contains("stock.file: ", log, StringComparison.Ordinal);
        Assert.Contains("has no data rows", log, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_outcome_censored_means_the_model_cannot_be_fitted()
    {
        // With the last complete month before the first stock month no outcome is observed, so no row is left to fit.
        var (code, log) = Run("--config", WriteJob(Job(month: "2000-01")));
        Assert.Equal(CliExitCode.ModelFit, code);
        Assert.Contains("the model cannot be fitted", log, StringComparison.Ordinal);
    }

    [Fact]
    public void Unwritable_output_is_exit_code_5()
    {
        File.WriteAllText(Path.Combine(_folder, "out"), "a file, not a folder");
        var (code, log) = Run("--config", WriteJob(Job(formats: "[\"json\"]")));
        Assert.Equal(CliExitCode.Output, code);
        Assert.Contains("cannot write the report", log, StringComparison.Ordinal);
    }

    private static (int Code, string Log) Run(params string[] args)
    {
        using var stderr = new StringWriter();
        var code = RunCommand.Run(args, stderr);
        return (code, stderr.ToString());
    }

    private string WriteJob(string json)
    {
        var path = Path.Combine(_folder, "job.json");
        File.WriteAllText(path, json);
        return path;
    }

    private string Job(
        string? stock = null, string? employment = null, string? month = null, string? columns = null, string? outcomes = null, string? formats = null, string? extra = null)
        => $$"""
        {
          // comments and trailing commas are allowed
          "stock": { "file": {{Quote(stock ?? _data.Stock)}}, "personKey": "person_key", "period": "period", "columns": { {{columns ?? "\"office\": \"office\""}} } },
          "employment": { "file": {{Quote(employment ?? _data.Employment)}}, "earnings": "earnings" },
          {{extra ?? string.Empty}}
          "lastCompleteMonth": "{{month ?? _data.LastMonth}}",
          {{(outcomes is null ? string.Empty : $"\"outcomes\": {outcomes},")}}
          "minimumPersons": 5,
          "output": { "directory": "out", "formats": {{formats ?? "[\"csv\", \"html\", \"xlsx\", \"json\"]"}}, },
        }
        """;

    private static string Quote(string text) => JsonSerializer.Serialize(text);

    /// <summary>A small synthetic data set written to CSV once for the class.</summary>
    public sealed class SyntheticFiles : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "indikator-run-data-" + Guid.NewGuid().ToString("N"));

        public SyntheticFiles()
        {
            Data = SyntheticNavData.Generate(new SyntheticOptions { TargetPersonMonths = 30_000, Months = 24, Seed = 7 });
            Data.WriteCsv(_folder);
            LastMonth = Data.LastRecordMonth.ToString();
            PersonKeys = [.. Data.Stock.PersonKeys.ToArray().Distinct().Select(k => k.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        }

        public SyntheticNavData Data { get; }

        public string Stock => Path.Combine(_folder, "stock.csv");

        public string Employment => Path.Combine(_folder, "employment.csv");

        public string Status => Path.Combine(_folder, "status.csv");

        public string LastMonth { get; }

        public IReadOnlyList<string> PersonKeys { get; }

        public void Dispose() => Directory.Delete(_folder, recursive: true);
    }
}
