namespace Indikator.Cli;

/// <summary>Exit codes shared by the <c>indikator</c> commands (documented in docs/cli.md).</summary>
internal static class CliExitCode
{
    /// <summary>The command did its work.</summary>
    public const int Success = 0;

    /// <summary>The command line is wrong: an unknown command or option, a value that cannot be parsed or is out of range.</summary>
    public const int Usage = 2;

    /// <summary>The output cannot be written.</summary>
    public const int Output = 5;
}
