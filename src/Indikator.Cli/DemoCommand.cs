using System.CommandLine;
using Indikator.Core.Synthetic;
using Spectre.Console;

namespace Indikator.Cli;

/// <summary>The <c>demo</c> command: runs the pipeline on built-in synthetic data. Options and exit codes: docs/cli.md.</summary>
internal static class DemoCommand
{
    /// <summary>The fewest person-months the demo accepts, the synthetic generator's minimum.</summary>
    public const long MinimumPersonMonths = 1_000;

    public static Command Create()
    {
        var personMonths = new Option<long>("--person-months") { Description = $"Requested stock person-months ({MinimumPersonMonths} to {SyntheticOptions.MaxPersonMonths}).", DefaultValueFactory = _ => 2_000_000 };
        var months = new Option<int>("--months") { Description = "Number of stock months from 2022-01 (1 to 600).", DefaultValueFactory = _ => 36 };
        var seed = new Option<long>("--seed") { Description = "Random seed; the same seed gives the same data.", DefaultValueFactory = _ => 42 };
        var output = new Option<string?>("--output") { Description = $"Report folder (default ./{DemoSettings.DefaultOutputDirectory})." };
        var writeData = new Option<bool>("--write-data") { Description = "Also write the synthetic input data (stock, records, truth) to the folder." };
        var language = new Option<string>("--language") { Description = "Language of the composed report: en (English, folder report/) or nb (Norwegian bokmål, folder rapport/).", DefaultValueFactory = _ => "en" };

        var variation = new Option<bool>("--variation") { Description = "Add the section \"How much of the office variation is real\" (between-office variance of jobb3 before and after risk adjustment, reliability, rank intervals, year-to-year stability)." };
        var compareModels = new Option<bool>("--compare-models") { Description = "Add the section \"Risk models compared\": the jobb3 risk model beside the same without deciles, with month effects and with office effects (three more fits)." };

        var command = new Command(
            "demo",
            "Generate a synthetic NAV dataset, compute arbeidsindikatoren and write a report. "
            + CliExitCode.HelpLine(CliExitCode.Success, CliExitCode.Usage, CliExitCode.Output, CliExitCode.Cancelled));
        command.Options.Add(personMonths);
        command.Options.Add(months);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.Options.Add(writeData);
        command.Options.Add(language);
        command.Options.Add(variation);
        command.Options.Add(compareModels);
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Execute(parseResult, cancellationToken)));
        return command;

        int Execute(ParseResult parseResult, CancellationToken cancellationToken)
        {
            var languageName = parseResult.GetValue(language) ?? "en";
            if (!ReportLanguages.IsKnown(languageName))
            {
                Console.Error.WriteLine($"indikator demo: --language must be one of {string.Join(", ", ReportLanguages.Names)}, not '{languageName}'.");
                return CliExitCode.Usage;
            }

            var settings = new DemoSettings(
                parseResult.GetValue(personMonths),
                parseResult.GetValue(months),
                parseResult.GetValue(seed),
                parseResult.GetValue(output) ?? DemoSettings.DefaultOutputDirectory,
                WriteData: parseResult.GetValue(writeData),
                Language: ReportLanguages.Parse(languageName),
                Variation: parseResult.GetValue(variation),
                CompareModels: parseResult.GetValue(compareModels));
            if (Validate(settings) is { } problem)
            {
                Console.Error.WriteLine($"indikator demo: {problem}");
                return CliExitCode.Usage;
            }

            return new DemoRunner(CliConsole.ForStandardOutput()).Run(settings, cancellationToken);
        }
    }

    /// <summary>Checks the option values before any work starts.</summary>
    /// <returns>A message naming the option and its allowed range, or null when the settings are valid.</returns>
    public static string? Validate(DemoSettings settings)
    {
        if (settings.PersonMonths is < MinimumPersonMonths or > SyntheticOptions.MaxPersonMonths)
        {
            return $"--person-months must be between {MinimumPersonMonths} and {SyntheticOptions.MaxPersonMonths}, not {settings.PersonMonths}.";
        }

        if (settings.Months is < 1 or > 600)
        {
            return $"--months must be between 1 and 600, not {settings.Months}.";
        }

        return settings.OutputDirectory is { } dir && string.IsNullOrWhiteSpace(dir) ? "--output must name a folder." : null;
    }
}
