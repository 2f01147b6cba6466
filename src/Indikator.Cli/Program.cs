using System.CommandLine;
using Indikator.Cli;

var root = CliApp.CreateRoot();
if (args.Length == 0)
{
    await root.Parse(["--help"]).InvokeAsync().ConfigureAwait(false);
    return CliExitCode.Usage;
}

var parse = root.Parse(args);

// fit and run report their own parse errors with their usage lines; the rest share exit code 2 for a usage error.
if (parse.Errors.Count > 0 && parse.CommandResult.Command.Name is not ("fit" or "run"))
{
    foreach (var error in parse.Errors)
    {
        await Console.Error.WriteLineAsync($"indikator: {error.Message}").ConfigureAwait(false);
    }

    await Console.Error.WriteLineAsync("See 'indikator --help' or docs/cli.md.").ConfigureAwait(false);
    return CliExitCode.Usage;
}

return await parse.InvokeAsync().ConfigureAwait(false);
