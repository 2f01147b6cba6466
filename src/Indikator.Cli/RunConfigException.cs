namespace Indikator.Cli;

/// <summary>The job file is wrong; the message names the JSON path of the field (exit code 2).</summary>
internal sealed class RunConfigException(string message) : Exception(message);
