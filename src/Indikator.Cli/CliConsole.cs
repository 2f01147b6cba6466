using Spectre.Console;

namespace Indikator.Cli;

/// <summary>The console the commands write their tables to: colours and live progress on a terminal; plain text,
/// no escape codes and tables at their full width when the output goes to a file or a pipe, so that a scheduled
/// job's log holds every digit and nothing to strip.</summary>
internal static class CliConsole
{
    /// <summary>Wide enough for any table the commands print: a file or pipe has no width to fit.</summary>
    internal const int RedirectedWidth = 1000;

    /// <summary>The console for standard output, as the process was started.</summary>
    public static IAnsiConsole ForStandardOutput() =>
        Create(Console.Out, Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 });

    /// <summary>A console writing to <paramref name="output"/>; plain and full width when <paramref name="redirected"/>,
    /// without colours when <paramref name="noColor"/> (the NO_COLOR convention).</summary>
    public static IAnsiConsole Create(TextWriter output, bool redirected, bool noColor)
    {
        var plain = redirected || noColor;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (redirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
