namespace Indikator.Cli;

/// <summary>Exit codes shared by the <c>indikator</c> commands (documented in docs/cli.md).</summary>
internal static class CliExitCode
{
    /// <summary>The command did its work.</summary>
    public const int Success = 0;

    /// <summary>The command line or the job file is wrong: an unknown command or option, a value that cannot be parsed or is out of range.</summary>
    public const int Usage = 2;

    /// <summary>The input cannot be used: missing file, unknown column, a value that is not a number or month, bad CSV.</summary>
    public const int InputData = 3;

    /// <summary>The data were read but the model cannot be fitted (for example no usable row, or no degrees of freedom).</summary>
    public const int ModelFit = 4;

    /// <summary>The output cannot be written.</summary>
    public const int Output = 5;

    /// <summary>The run needs more memory than the process can get; the message estimates how much.</summary>
    public const int OutOfMemory = 6;
}
