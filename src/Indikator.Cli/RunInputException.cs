namespace Indikator.Cli;

/// <summary>An input file named in the job cannot be used; the message names the job field and the file (exit code 3).</summary>
internal sealed class RunInputException(string message) : Exception(message);
