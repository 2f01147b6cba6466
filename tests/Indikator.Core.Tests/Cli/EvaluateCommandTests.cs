using System.Globalization;
using System.Text.Json;
using Indikator.Cli;
using Indikator.Core.Data;

namespace Indikator.Core.Tests.Cli;

/// <summary><c>indikator evaluate</c>: run's job file with an <c>evaluation</c> object, on the same synthetic CSV files as the run tests.</summary>
public sealed class EvaluateCommandTests : IClassFixture<RunCommandTests.SyntheticFiles>, IDisposable
{
    private readonly RunCommandTests.SyntheticFiles _data;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "indikator-evaluate-" + Guid.NewGuid().ToString("N"));
    private readonly string[] _offices;
    private readonly YearMonth _start;

    public EvaluateCommandTests(RunCommandTests.SyntheticFiles data)
    {
        _data = data;
        Directory.CreateDirectory(_folder);
        _offices = [.. data.Data.Offices.OrderByDescending(o => o.SizeShare).ThenBy(o => o.Name, StringComparer.Ordinal).Select(o => o.Name)];
        _start = data.Data.FirstMonth.AddMonths(10);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Matched_controls_write_the_report_with_the_trial_section_and_no_person_key()
    {
        var (code, log) = Evaluate("--config", WriteJob(Job(Trials(2, "\"matching\": { \"controlsPerTrialOffice\": 2, \"months\": 6 },"))));

        Assert.True(code == CliExitCode.Success, log);
        Assert.All(log.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.StartsWith("indikator evaluate: ", l, StringComparison.Ordinal));
        Assert.Contains("[evaluation] 2 trial offices, 4 control offices (matched), one start month", log, StringComparison.Ordinal);
        var output = Path.Combine(_folder, "out");
        var files = Directory.GetFiles(output).Select(f => Path.GetFileName(f)!).ToArray();
        foreach (var stem in new[] { "trial-evaluation-jobb3", "trial-offices-against-their-controls-jobb3", "control-offices-of-the-trial-jobb3", "trial-evaluation-placebo-test-before-the-start-jobb3" })
        {
            Assert.Contains(files, f => f.StartsWith(stem, StringComparison.Ordinal) && f.EndsWith(".csv", StringComparison.Ordinal));
        }

        Assert.Contains("Trial evaluation: jobb3", File.ReadAllText(Path.Combine(output, "report.html")), StringComparison.Ordinal);
        var controls = File.ReadAllText(Path.Combine(output, files.Single(f => f.StartsWith("control-offices-of-the-trial", StringComparison.Ordinal))));
        Assert.StartsWith("trial_office,control_office,distance,level,trend,person_months_per_month", controls.TrimStart('\uFEFF'), StringComparison.Ordinal);
        var texts = Directory.GetFiles(output).Where(f => !f.EndsWith(".xlsx", StringComparison.Ordinal)).Select(File.ReadAllText).Append(log).ToArray();
        foreach (var key in _data.PersonKeys)
        {
            Assert.DoesNotContain(texts, t => t.Contains(key, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Given_controls_are_used_as_given()
    {
        var controls = JsonSerializer.Serialize(_offices.Skip(2).Take(3).ToArray());
        var (code, log) = Evaluate("--config", WriteJob(Job(Trials(1, $"\"controls\": {controls}, \"confidenceLevel\": 0.9,"), formats: "[\"json\"]")));

        Assert.True(code == CliExitCode.Success, log);
        Assert.Contains("1 trial offices, 3 control offices (given)", log, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "out", "report.json")));
        var tables = report.RootElement.GetProperty("tables").EnumerateArray().ToArray();
        var offices = tables.Single(t => t.GetProperty("title").GetString()!.StartsWith("Trial offices against their controls", StringComparison.Ordinal));
        Assert.Single(offices.GetProperty("rows").EnumerateArray());
        Assert.Contains(tables, t => t.GetProperty("title").GetString()!.StartsWith("Trial effect by month since the start, with 90 % interval", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_needs_the_evaluation_object_and_run_refuses_it()
    {
        var (code, log) = Evaluate("--config", WriteJob(Job(evaluation: null)));
        Assert.Equal(CliExitCode.Usage, code);
        Assert.Contains("indikator evaluate: error: [config] evaluation: is required by indikator evaluate", log, StringComparison.Ordinal);

        using var stderr = new StringWriter();
        code = RunCommand.Run(["--config", WriteJob(Job(Trials(1)))], stderr);
        Assert.Equal(CliExitCode.Usage, code);
        Assert.Contains("indikator run: error: [config] evaluation: is read by indikator evaluate, not by indikator run", stderr.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"trials\": []", "evaluation.trials: must be a non-empty array")]
    [InlineData("\"trials\": [{ \"office\": \"a\", \"start\": \"2024-13\" }]", "evaluation.trials[0].start: '2024-13' is not a month in the form yyyy-MM.")]
    [InlineData("\"trials\": [{ \"office\": \"a\" }]", "evaluation.trials[0].start: is required.")]
    [InlineData("\"trials\": [{ \"office\": \"a\", \"start\": \"2024-01\", \"end\": \"2024-06\" }]", "evaluation.trials[0].end: unknown property")]
    [InlineData("\"trials\": [{ \"office\": \"a\", \"start\": \"2024-01\" }, { \"office\": \"a\", \"start\": \"2024-02\" }]", "evaluation.trials[1].office: 'a' is listed more than once.")]
    [InlineData("\"trials\": [{ \"office\": \"a\", \"start\": \"2024-01\" }], \"controls\": [\"b\", \"a\"]", "evaluation.controls[1]: 'a' is a trial office")]
    [InlineData("\"trials\": [{ \"office\": \"a\", \"start\": \"2024-01\" }], \"controls\": [\"b\"], \"matching\": { \"months\": 6 }", "evaluation.matching: controls are matched only when evaluation.controls is not given")]
    [InlineData("\"trials\": [{ \"office\": \"a\", \"start\": \"2024-01\" }], \"matching\": { \"months\": 1 }", "evaluation.matching.months: must be a whole number of at least 2, not 1.")]
    [InlineData("\"trials\": [{ \"office\": \"a\", \"start\": \"2024-01\" }], \"leads\": 1", "evaluation.leads: must be a whole number of at least 2, not 1.")]
    [InlineData("\"trials\": [{ \"office\": \"a\", \"start\": \"2024-01\" }], \"confidenceLevel\": 95", "evaluation.confidenceLevel: must be a number between 0 and 1")]
    [InlineData("\"trials\": [{ \"office\": \"a\", \"start\": \"2024-01\" }], \"outcome\": \"atid12\"", "evaluation.outcome: 'atid12' is not among the job's outcomes (jobb3)")]
    [InlineData("\"trials\": [{ \"office\": \"a\", \"start\": \"2024-01\" }], \"bootstrapReplications\": 10", "evaluation.bootstrapReplications: must be a whole number of at least 99, not 10.")]
    public void A_wrong_field_is_a_usage_error_that_names_it(string evaluation, string message)
    {
        var (code, log) = Evaluate("--config", WriteJob(Job("{ " + evaluation + " }")));
        Assert.Equal(CliExitCode.Usage, code);
        Assert.Contains(message, log, StringComparison.Ordinal);
    }

    [Fact]
    public void Push_down_jobs_cannot_be_evaluated()
    {
        var stock = $"\"source\": \"duckdb\", \"query\": \"select * from read_csv('{_data.Stock}', all_varchar = true)\"";
        var employment = $"\"source\": \"duckdb\", \"query\": \"select * from read_csv('{_data.Employment}', all_varchar = true)\"";
        var job = Job(Trials(1))
            .Replace($"\"file\": {JsonSerializer.Serialize(_data.Stock)}", stock, StringComparison.Ordinal)
            .Replace($"\"file\": {JsonSerializer.Serialize(_data.Employment)}", employment, StringComparison.Ordinal)
            .Replace("\"minimumPersons\": 5,", "\"minimumPersons\": 5, \"pushDown\": true,", StringComparison.Ordinal);
        var (code, log) = Evaluate("--config", WriteJob(job));
        Assert.Equal(CliExitCode.Usage, code);
        Assert.Contains("pushDown: a trial evaluation fits its difference-in-differences on person rows in memory", log, StringComparison.Ordinal);
    }

    [Fact]
    public void An_office_or_start_the_data_do_not_have_is_an_input_error()
    {
        var (code, log) = Evaluate("--config", WriteJob(Job($"{{ \"trials\": [{{ \"office\": \"Nowhere 99\", \"start\": \"{_start}\" }}], \"bootstrapReplications\": 99 }}")));
        Assert.Equal(CliExitCode.InputData, code);
        Assert.Contains("[evaluation] evaluation: Trials: office 'Nowhere 99' has no person-month with the outcome", log, StringComparison.Ordinal);

        var late = _data.Data.FirstMonth.AddMonths(60);
        (code, log) = Evaluate("--config", WriteJob(Job($"{{ \"trials\": [{{ \"office\": {JsonSerializer.Serialize(_offices[0])}, \"start\": \"{late}\" }}], \"bootstrapReplications\": 99 }}")));
        Assert.Equal(CliExitCode.InputData, code);
        Assert.Contains($"starts {late}, but the data cover", log, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", log, StringComparison.Ordinal);
    }

    private static (int Code, string Log) Evaluate(params string[] args)
    {
        using var stderr = new StringWriter();
        var code = EvaluateCommand.Run(args, stderr);
        return (code, stderr.ToString());
    }

    /// <summary>The evaluation object with the first <paramref name="count"/> largest offices starting in the same month, and room for more fields.</summary>
    private string Trials(int count, string more = "")
        => "{ " + more + " \"bootstrapReplications\": 199, \"leads\": 3, \"lags\": 4, \"trials\": ["
           + string.Join(", ", _offices.Take(count).Select(o => string.Create(CultureInfo.InvariantCulture, $"{{ \"office\": {JsonSerializer.Serialize(o)}, \"start\": \"{_start}\" }}")))
           + "] }";

    private string Job(string? evaluation, string? formats = null)
        => $$"""
        {
          "stock": { "file": {{JsonSerializer.Serialize(_data.Stock)}}, "personKey": "person_key", "period": "period" },
          "employment": { "file": {{JsonSerializer.Serialize(_data.Employment)}}, "earnings": "earnings" },
          "lastCompleteMonth": "{{_data.LastMonth}}",
          "outcomes": ["jobb3"],
          "units": ["office"],
          "minimumPersons": 5,
          {{(evaluation is null ? string.Empty : "\"evaluation\": " + evaluation + ",")}}
          "output": { "directory": "out", "formats": {{formats ?? "[\"csv\", \"html\", \"xlsx\", \"json\"]"}} },
        }
        """;

    private string WriteJob(string json)
    {
        var path = Path.Combine(_folder, "job.json");
        File.WriteAllText(path, json);
        return path;
    }
}
