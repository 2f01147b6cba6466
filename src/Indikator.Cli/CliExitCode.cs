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

    /// <summary>The run was cancelled (Ctrl+C or SIGTERM), as shells report a process stopped by SIGINT.</summary>
    public const int Cancelled = 130;

    /// <summary>The line a command's help ends its description with: the codes it can return and what they mean.</summary>
    internal static string HelpLine(params int[] codes) => "Exit codes: " + string.Join(", ", codes.Select(code => code + " " + code switch
    {
        Success => "done",
        Usage => "usage or job file error",
        InputData => "input data error",
        ModelFit => "model cannot be fitted",
        Output => "output cannot be written",
        OutOfMemory => "not enough memory",
        Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(codes), code, "Not an exit code of indikator."),
    })) + " (docs/cli.md).";
}
