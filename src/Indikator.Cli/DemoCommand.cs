using System.CommandLine;
using Spectre.Console;

namespace Indikator.Cli;

/// <summary>The <c>demo</c> command: runs the pipeline on built-in synthetic data.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var command = new Command("demo", "Generate a synthetic NAV dataset and print a summary.");
        command.SetAction(_ =>
        {
            AnsiConsole.MarkupLine("[bold]indikator demo[/]");
            return 0;
        });
        return command;
    }
}
