using System.CommandLine;

namespace Indikator.Cli;

/// <summary>The <c>indikator</c> command tree, built in one place so that tests read the same help as users.</summary>
internal static class CliApp
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("indikator: NAV work indicators (arbeidsindikatoren) from person-month data. Reference: docs/cli.md.");
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(FitCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(EvaluateCommand.Create());
        return root;
    }
}
