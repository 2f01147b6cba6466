namespace Indikator.Cli;

/// <summary>Exit codes of <c>indikator fit</c> (documented in docs/inference.md).</summary>
internal static class FitExitCode
{
    /// <summary>The model was fitted and the JSON written.</summary>
    public const int Success = 0;

    /// <summary>The command line is wrong: a missing or repeated option, an unknown argument or value.</summary>
    public const int Usage = 2;

    /// <summary>The input cannot be used: missing file, unknown column, a value that is not a number, bad CSV.</summary>
    public const int InputData = 3;

    /// <summary>The data were read but the model cannot be fitted (for example no usable row, or no degrees of freedom).</summary>
    public const int ModelFit = 4;

    /// <summary>The output file cannot be written.</summary>
    public const int Output = 5;
}
