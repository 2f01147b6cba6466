using System.CommandLine;
using System.Globalization;
using Indikator.Core.Data;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Cli;

/// <summary>
/// The <c>fit</c> command: reads a CSV file, fits a linear model with optional absorbed fixed effects and writes the
/// result as JSON. Contract, exit codes and an example: docs/inference.md.
/// </summary>
/// <remarks>All options take their value as the next token; list options are comma separated. Every option is
/// parsed as "zero or more values" so that a missing or repeated value is reported by this command, as a usage error
/// with exit code 2, rather than by the parser.</remarks>
internal sealed class FitCommand
{
    private const string Usage =
        "usage: indikator fit --input PATH.csv --outcome COL --covariates C1,C2,... [--fixed-effects F1,F2,...] "
        + "[--weights COL] [--no-intercept] [--vcov iid|hetero|cluster] [--cluster COL[,COL2]] [--output PATH.json] "
        + "[--delimiter ,|;|tab|'|'] [--decimal-comma] [--encoding utf-8|windows-1252|latin1] [--collinearity-tolerance X] [--require-convergence]";

    private readonly Option<string[]> _input = Text("--input", "Required. The CSV file (header row, comma separated, invariant culture).");
    private readonly Option<string[]> _outcome = Text("--outcome", "Required. The numeric outcome column.");
    private readonly Option<string[]> _covariates = Text("--covariates", "Required. Comma-separated numeric covariate columns.");
    private readonly Option<string[]> _fixedEffects = Text("--fixed-effects", "Comma-separated columns whose effects are absorbed.");
    private readonly Option<string[]> _weights = Text("--weights", "A numeric column of non-negative observation weights.");
    private readonly Option<bool> _noIntercept = new("--no-intercept") { Description = "Fit without an intercept (ignored with fixed effects)." };
    private readonly Option<string[]> _vcov = Text("--vcov", "iid, hetero (HC1) or cluster; default: clustered by --cluster, else by the first fixed effect (as the library and fixest), else iid.");
    private readonly Option<string[]> _cluster = Text("--cluster", "One or two comma-separated cluster columns.");
    private readonly Option<string[]> _output = Text("--output", "The JSON file to write; standard output when absent.");
    private readonly Option<string[]> _delimiter = Text("--delimiter", "The field separator: , (default), ; , tab or |.");
    private readonly Option<bool> _decimalComma = new("--decimal-comma") { Description = "Numbers have a decimal comma (12,5); needs another --delimiter than a comma." };
    private readonly Option<string[]> _encoding = Text("--encoding", "utf-8 (default), windows-1252 (Norwegian Excel) or latin1.");
    private readonly Option<string[]> _collinearity = Text("--collinearity-tolerance", "Drop a covariate when at most this share of it is not explained by the others; default 1e-10. Lower it (1e-14) for ill-conditioned polynomial designs.");
    private readonly Option<bool> _requireConvergence = new("--require-convergence") { Description = "Fail (exit 4) when the fixed-effect projection does not converge, instead of warning." };

    private FitCommand()
    {
        Command = new Command(
            "fit",
            "Fit a linear model with absorbed fixed effects to a CSV file and write the result as JSON. "
            + CliExitCode.HelpLine(CliExitCode.Success, CliExitCode.Usage, CliExitCode.InputData, CliExitCode.ModelFit, CliExitCode.Output, CliExitCode.OutOfMemory, CliExitCode.Cancelled))
        {
            _input, _outcome, _covariates, _fixedEffects, _weights, _noIntercept, _vcov, _cluster, _output,
            _delimiter, _decimalComma, _encoding, _collinearity, _requireConvergence,
        };
        Command.TreatUnmatchedTokensAsErrors = false;
    }

    private Command Command { get; }

    /// <summary>Creates the command for the command-line application (standard output and error).</summary>
    public static Command Create()
    {
        var fit = new FitCommand();
        fit.Command.SetAction((parse, cancellationToken) => Task.FromResult(fit.Execute(parse, Console.Out, Console.Error, cancellationToken)));
        return fit.Command;
    }

    /// <summary>Runs the command in-process.</summary>
    /// <param name="args">The arguments after <c>fit</c>.</param>
    /// <param name="stdout">Receives the JSON when there is no --output.</param>
    /// <param name="stderr">Receives error messages.</param>
    /// <returns>The exit code (<see cref="CliExitCode"/>).</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var fit = new FitCommand();
        return fit.Execute(fit.Command.Parse(args), stdout, stderr);
    }

    private static Option<string[]> Text(string name, string description) => new(name)
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    private int Execute(ParseResult parse, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        FitArguments arguments;
        try
        {
            arguments = Validate(parse);
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"indikator fit: {e.Message}");
            stderr.WriteLine(Usage);
            return CliExitCode.Usage;
        }

        ColumnTable table;
        try
        {
            table = FitInput.Load(arguments);
        }
        catch (FitInputException e)
        {
            stderr.WriteLine($"indikator fit: {e.Message}");
            return CliExitCode.InputData;
        }
        catch (InputDataException e)
        {
            stderr.WriteLine($"indikator fit: input data error: {InputDataErrors.Describe(e, arguments.Input, arguments.Csv)}");
            return CliExitCode.InputData;
        }
        catch (Exception e) when (MemoryEstimate.IsOutOfMemory(e))
        {
            stderr.WriteLine($"indikator fit: {MemoryEstimate.FitMessage(arguments)}");
            return CliExitCode.OutOfMemory;
        }

        LinearModelResult result;
        try
        {
            var options = new FitOptions
            {
                Covariance = arguments.Covariance,
                RequireConvergence = arguments.RequireConvergence,
                CollinearityTolerance = arguments.CollinearityTolerance ?? FitOptions.Default.CollinearityTolerance,
            };
            result = LinearModel.Fit(table, Specification(arguments), options, cancellationToken);
        }
        catch (InputDataException e)
        {
            stderr.WriteLine($"indikator fit: input data error: {InputDataErrors.Describe(e, arguments.Input, arguments.Csv)}");
            return CliExitCode.InputData;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stderr.WriteLine("indikator fit: cancelled.");
            return CliExitCode.Cancelled;
        }
        catch (Exception e) when (MemoryEstimate.IsOutOfMemory(e))
        {
            stderr.WriteLine($"indikator fit: {MemoryEstimate.FitMessage(arguments)}");
            return CliExitCode.OutOfMemory;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or InvalidOperationException or ArithmeticException)
        {
            stderr.WriteLine($"indikator fit: the model cannot be fitted: {e.Message}");
            return CliExitCode.ModelFit;
        }

        if (result.Rank == 0 || result.ResidualDegreesOfFreedom <= 0)
        {
            stderr.WriteLine(result.Rank == 0
                ? "indikator fit: the model cannot be fitted: every covariate was dropped as collinear."
                : $"indikator fit: the model cannot be fitted: {result.ObservationCount} observations leave no residual degrees of freedom.");
            return CliExitCode.ModelFit;
        }

        if (!result.Absorption.Converged)
        {
            stderr.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"indikator fit: warning: the fixed-effect projection did not converge in {result.Absorption.Iterations} iterations; the estimates may be inaccurate (\"converged\": false in the output). Use --require-convergence to make this an error."));
        }

        var json = FitJson.Write(result);
        if (arguments.Output is null)
        {
            stdout.WriteLine(json);
            return CliExitCode.Success;
        }

        try
        {
            File.WriteAllText(arguments.Output, json + "\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"indikator fit: cannot write '{arguments.Output}': {e.Message}");
            return CliExitCode.Output;
        }

        return CliExitCode.Success;
    }

    private static LinearModelSpec Specification(FitArguments a) => new(a.Outcome, a.Covariates)
    {
        FixedEffects = a.FixedEffects,
        Weights = a.Weights,
        Intercept = a.Intercept,
    };

    private FitArguments Validate(ParseResult parse)
    {
        if (parse.Errors.Count > 0)
        {
            throw new UsageException(parse.Errors[0].Message);
        }

        if (parse.UnmatchedTokens.Count > 0)
        {
            throw new UsageException($"unknown argument '{parse.UnmatchedTokens[0]}'.");
        }

        var input = Single(parse, _input, required: true)!;
        var outcome = Single(parse, _outcome, required: true)!;
        var covariates = List(Single(parse, _covariates, required: true)!, "--covariates");
        var fixedEffects = Single(parse, _fixedEffects, required: false) is { } fe ? List(fe, "--fixed-effects") : [];
        var weights = Single(parse, _weights, required: false);
        var clusters = Single(parse, _cluster, required: false) is { } c ? List(c, "--cluster") : [];
        var vcov = Single(parse, _vcov, required: false) ?? (clusters.Count > 0 ? "cluster" : null);
        var output = Single(parse, _output, required: false);
        var csv = CsvOptions(parse);
        double? collinearity = null;
        if (Single(parse, _collinearity, required: false) is { } tolText)
        {
            collinearity = double.TryParse(tolText, NumberStyles.Float, CultureInfo.InvariantCulture, out var tol) && tol > 0 && tol < 1
                ? tol
                : throw new UsageException($"--collinearity-tolerance must be a number in (0, 1), not '{tolText}'.");
        }

        if (clusters.Count > 2)
        {
            throw new UsageException("--cluster takes one or two columns.");
        }

        CovarianceSpec? covariance = vcov switch
        {
            null => null,
            "iid" or "hetero" when clusters.Count > 0 => throw new UsageException($"--cluster needs --vcov cluster (or no --vcov), not --vcov {vcov}."),
            "iid" => CovarianceSpec.Iid(),
            "hetero" => CovarianceSpec.Robust(),
            "cluster" when clusters.Count == 0 => throw new UsageException("--vcov cluster needs --cluster COL[,COL2]."),
            "cluster" => clusters.Count == 1 ? CovarianceSpec.Cluster(clusters[0]) : CovarianceSpec.TwoWayCluster(clusters[0], clusters[1]),
            _ => throw new UsageException($"--vcov must be iid, hetero or cluster, not '{vcov}'."),
        };

        var numeric = new List<string> { outcome };
        numeric.AddRange(covariates);
        if (weights is not null)
        {
            numeric.Add(weights);
        }

        var duplicate = numeric.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new UsageException($"column '{duplicate.Key}' is named more than once among the outcome, covariates and weights.");
        }

        var categorical = fixedEffects.Concat(clusters).FirstOrDefault(numeric.Contains);
        if (categorical is not null)
        {
            throw new UsageException($"column '{categorical}' cannot be both numeric (outcome, covariate or weights) and a fixed effect or cluster.");
        }

        if (fixedEffects.Distinct(StringComparer.Ordinal).Count() != fixedEffects.Count)
        {
            throw new UsageException("a fixed effect is named more than once.");
        }

        return new FitArguments(input, outcome, covariates, fixedEffects, weights, !parse.GetValue(_noIntercept), covariance, output)
        {
            Csv = csv,
            CollinearityTolerance = collinearity,
            RequireConvergence = parse.GetValue(_requireConvergence),
        };
    }

    private CsvReadOptions CsvOptions(ParseResult parse)
        => TextEncodings.CsvOptions(Single(parse, _delimiter, required: false), parse.GetValue(_decimalComma), Single(parse, _encoding, required: false), out var problem)
            ?? throw new UsageException(problem!);

    private static string? Single(ParseResult parse, Option<string[]> option, bool required)
    {
        var result = parse.GetResult(option);
        var values = parse.GetValue(option) ?? [];
        if (result is null || (result.Implicit && values.Length == 0))
        {
            return required ? throw new UsageException($"{option.Name} is required.") : null;
        }

        if (values.Length == 0 || string.IsNullOrWhiteSpace(values[0]))
        {
            throw new UsageException($"{option.Name} needs a value.");
        }

        if (values.Length > 1)
        {
            throw new UsageException($"{option.Name} is given more than once.");
        }

        return values[0].Trim();
    }

    private static List<string> List(string value, string option)
    {
        var items = value.Split(',').Select(s => s.Trim()).ToList();
        if (items.Exists(s => s.Length == 0))
        {
            throw new UsageException($"{option} has an empty name in '{value}'.");
        }

        if (items.Distinct(StringComparer.Ordinal).Count() != items.Count)
        {
            throw new UsageException($"{option} names a column more than once.");
        }

        return items;
    }

    private sealed class UsageException(string message) : Exception(message);
}
