using System.CommandLine;
using Indikator.Cli;

var root = new RootCommand("indikator: NAV work indicators (arbeidsindikatoren) from person-month data.");
root.Subcommands.Add(DemoCommand.Create());
root.Subcommands.Add(FitCommand.Create());
root.Subcommands.Add(RunCommand.Create());
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
