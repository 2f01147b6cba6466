using System.CommandLine;
using Spectre.Console;

namespace Indikator.Cli;

/// <summary>The <c>demo</c> command: runs the pipeline on built-in synthetic data.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var personMonths = new Option<long>("--person-months") { Description = "Requested stock person-months.", DefaultValueFactory = _ => 2_000_000 };
        var months = new Option<int>("--months") { Description = "Number of stock months (from 2022-01).", DefaultValueFactory = _ => 36 };
        var seed = new Option<long>("--seed") { Description = "Random seed; the same seed gives the same data.", DefaultValueFactory = _ => 42 };
        var output = new Option<string?>("--output") { Description = $"Report folder for the CSV tables (default ./{DemoSettings.DefaultOutputDirectory})." };
        var writeData = new Option<bool>("--write-data") { Description = "Also write the synthetic input data (stock, records, truth) to the folder." };

        var command = new Command("demo", "Generate a synthetic NAV dataset, compute arbeidsindikatoren and write a report.");
        command.Options.Add(personMonths);
        command.Options.Add(months);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.Options.Add(writeData);
        command.SetAction(parseResult =>
        {
            var settings = new DemoSettings(
                parseResult.GetValue(personMonths),
                parseResult.GetValue(months),
                parseResult.GetValue(seed),
                parseResult.GetValue(output) ?? DemoSettings.DefaultOutputDirectory,
                WriteData: parseResult.GetValue(writeData));
            return new DemoRunner(AnsiConsole.Console).Run(settings);
        });
        return command;
    }
}
