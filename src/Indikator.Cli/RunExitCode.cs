namespace Indikator.Cli;

/// <summary>Exit codes of <c>indikator run</c> (documented in docs/configuration.md).</summary>
internal static class RunExitCode
{
    /// <summary>The job ran and every report file was written.</summary>
    public const int Success = 0;

    /// <summary>The command line or the job file is wrong: missing, not JSON, an unknown or missing property, a bad value.</summary>
    public const int Usage = 2;

    /// <summary>An input file cannot be used: missing, unknown column, a value that is not a number or month, bad CSV.</summary>
    public const int InputData = 3;

    /// <summary>The data were read but the risk model cannot be fitted.</summary>
    public const int ModelFit = 4;

    /// <summary>A report file cannot be written.</summary>
    public const int Output = 5;
}
