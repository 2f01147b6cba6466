using System.CommandLine;
using System.Globalization;

namespace Indikator.Cli;

/// <summary>
/// The <c>run</c> command: the demo pipeline on the user's own data, described by a job file, for scheduled reporting;
/// and the <c>evaluate</c> command (<see cref="EvaluateCommand"/>), the same job with an office trial evaluated on top.
/// Job file format, exit codes and an example: docs/configuration.md.
/// </summary>
internal sealed class RunCommand
{
    private const string CsvUsage = "[--quiet] [--json-log] [--delimiter ,|;|tab|'|'] [--decimal-comma] [--encoding utf-8|windows-1252|latin1]";

    private readonly bool _evaluate;

    private readonly Option<string[]> _config = new("--config")
    {
        Description = "Required. The job file (JSON; see docs/configuration.md).",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<bool> _quiet = new("--quiet") { Description = "Log errors only." };

    private readonly Option<bool> _explain = new("--explain")
    {
        Description = "Print the SQL a push-down job (\"pushDown\": true) would run, on standard output, without running it (only LIMIT 0 probes of the month columns' types), and write nothing.",
    };

    private readonly Option<bool> _jsonLog = new("--json-log") { Description = "Log one JSON object per line (level, message, step, seconds)." };

    private readonly Option<string[]> _delimiter = new("--delimiter")
    {
        Description = "The field separator of the CSV inputs: , (default), ; , tab or |.",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<bool> _decimalComma = new("--decimal-comma") { Description = "Numbers in the CSV inputs have a decimal comma (12,5); needs another --delimiter than a comma." };

    private readonly Option<string[]> _encoding = new("--encoding")
    {
        Description = "The encoding of the CSV inputs: utf-8 (default), windows-1252 (Norwegian Excel) or latin1.",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    private RunCommand(bool evaluate)
    {
        _evaluate = evaluate;
        var exitCodes = CliExitCode.HelpLine(CliExitCode.Success, CliExitCode.Usage, CliExitCode.InputData, CliExitCode.ModelFit, CliExitCode.Output, CliExitCode.OutOfMemory, CliExitCode.Cancelled);
        Command = evaluate
            ? new Command("evaluate", "Evaluate an office trial (trial offices against control offices, difference-in-differences on the risk-adjusted outcome) on your own CSV files as described by a job file with an \"evaluation\" object, and write the report with the section \"Trial evaluation\". " + exitCodes)
            {
                _config, _quiet, _jsonLog, _delimiter, _decimalComma, _encoding,
            }
            : new Command("run", "Compute arbeidsindikatoren from your own CSV files as described by a job file, and write the report. " + exitCodes)
            {
                _config, _explain, _quiet, _jsonLog, _delimiter, _decimalComma, _encoding,
            };
        Command.TreatUnmatchedTokensAsErrors = false;
    }

    private Command Command { get; }

    private string Name => _evaluate ? "evaluate" : "run";

    private string Usage => _evaluate
        ? "usage: indikator evaluate --config JOB.json " + CsvUsage
        : "usage: indikator run --config JOB.json [--explain] " + CsvUsage;

    /// <summary>Creates the command for the command-line application (the invocation's output and error: standard output and error unless a test redirects them).</summary>
    public static Command Create() => Create(evaluate: false);

    /// <summary>Creates <c>run</c> or <c>evaluate</c> for the command-line application.</summary>
    internal static Command Create(bool evaluate)
    {
        var run = new RunCommand(evaluate);
        run.Command.SetAction((parse, cancellationToken) => Task.FromResult(run.Execute(parse, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken)));
        return run.Command;
    }

    /// <summary>Runs the command in-process.</summary>
    /// <param name="args">The arguments after <c>run</c>.</param>
    /// <param name="stderr">Receives the log and error messages.</param>
    /// <returns>The exit code (<see cref="CliExitCode"/>).</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter stderr) => Run(args, TextWriter.Null, stderr);

    /// <summary>Runs the command in-process.</summary>
    /// <param name="args">The arguments after <c>run</c>.</param>
    /// <param name="stdout">Receives the SQL of <c>--explain</c>.</param>
    /// <param name="stderr">Receives the log and error messages.</param>
    /// <returns>The exit code (<see cref="CliExitCode"/>).</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, evaluate: false);

    /// <summary>Runs <c>run</c> or <c>evaluate</c> in-process.</summary>
    internal static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, bool evaluate)
    {
        var run = new RunCommand(evaluate);
        return run.Execute(run.Command.Parse(args), stdout, stderr);
    }

    private int Execute(ParseResult parse, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        using var log = new RunLog(stderr, parse.GetValue(_quiet), parse.GetValue(_jsonLog), "indikator " + Name);
        var config = parse.GetValue(_config) ?? [];
        string? problem = parse.Errors.Count > 0 ? parse.Errors[0].Message
            : parse.UnmatchedTokens.Count > 0 ? $"unknown argument '{parse.UnmatchedTokens[0]}'."
            : config.Length == 0 || string.IsNullOrWhiteSpace(config[0]) ? "--config JOB.json is required."
            : config.Length > 1 ? "--config is given more than once."
            : null;
        var csv = problem is null ? TextEncodings.CsvOptions(Last(parse, _delimiter), parse.GetValue(_decimalComma), Last(parse, _encoding), out problem) : null;
        if (problem is not null)
        {
            log.Error("usage", problem + " " + Usage);
            return CliExitCode.Usage;
        }

        RunJob job;
        try
        {
            job = RunJobReader.Read(config[0].Trim(), csv, _evaluate);
        }
        catch (RunConfigException e)
        {
            log.Error("config", e.Message);
            return CliExitCode.Usage;
        }

        log.Info("config", $"job read: {job.Outcomes.Count} outcomes, formats {string.Join(", ", job.Formats.Order(StringComparer.Ordinal))}");
        if (job.Evaluation is { } trial)
        {
            log.Info("config", string.Create(CultureInfo.InvariantCulture, $"evaluation: {trial.Trials.Count} trial offices, outcome {trial.Outcome}, controls {(trial.Controls.Count > 0 ? $"given ({trial.Controls.Count})" : $"matched ({trial.ControlsPerTrialOffice} per trial office)")}"));
        }

        if (!_evaluate && parse.GetValue(_explain) && !job.PushDown)
        {
            log.Error("usage", "--explain prints the SQL of a push-down run, and this job has no \"pushDown\": true: it reads its sources' queries as they are written in the job file, and computes in memory.");
            return CliExitCode.Usage;
        }

        try
        {
            if (!_evaluate && parse.GetValue(_explain))
            {
                return new RunPipeline(job, log, csv, cancellationToken).Explain(stdout);
            }

            return new RunPipeline(job, log, csv, cancellationToken).Execute();
        }
        catch (RunConfigException e)
        {
            // A DuckDB setting of the job file that DuckDB refuses is known only when the database is opened.
            log.Error("config", e.Message);
            return CliExitCode.Usage;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            log.Error("cancelled", $"the {Name} was cancelled; files already written stay.");
            return CliExitCode.Cancelled;
        }
        catch (Exception e) when (MemoryEstimate.IsOutOfMemory(e))
        {
            // Held data is unreachable once the pipeline's frame is gone, so the message can be formatted.
            GC.Collect();
            log.Error("memory", MemoryEstimate.RunMessage(job.Stock.Source.Path, job.Employment.Source.Path, RunStockFields.Used(job).Count, job.Outcomes.Count));
            return CliExitCode.OutOfMemory;
        }
    }

    private static string? Last(ParseResult parse, Option<string[]> option)
        => parse.GetValue(option) is { Length: > 0 } values ? values[^1].Trim() : null;
}
