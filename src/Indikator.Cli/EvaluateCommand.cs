using System.CommandLine;

namespace Indikator.Cli;

/// <summary>
/// The <c>evaluate</c> command: an office trial evaluated on the user's own data. The job file is <c>run</c>'s with an
/// <c>evaluation</c> object (the trial offices with their start months, given or matched controls, the outcome and the
/// options); the data are loaded and the indicators computed exactly as <c>run</c> does (<see cref="RunPipeline.Compute"/>),
/// then the trial is evaluated and the report is written with the section "Trial evaluation". Same options (except
/// <c>--explain</c>) and exit codes as <c>run</c>; log lines start with <c>indikator evaluate:</c>. Format: docs/configuration.md.
/// </summary>
internal static class EvaluateCommand
{
    /// <summary>Creates the command for the command-line application.</summary>
    public static Command Create() => RunCommand.Create(evaluate: true);

    /// <summary>Runs the command in-process.</summary>
    /// <param name="args">The arguments after <c>evaluate</c>.</param>
    /// <param name="stderr">Receives the log and error messages.</param>
    /// <returns>The exit code (<see cref="CliExitCode"/>).</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter stderr) => RunCommand.Run(args, TextWriter.Null, stderr, evaluate: true);
}
