using Microsoft.Extensions.Logging;

namespace Indikator.Cli;

/// <summary>The log of <c>indikator run</c>, through Microsoft.Extensions.Logging: a logger factory with the
/// <see cref="RunLogProvider"/> (one plain line, or one JSON object, per event on standard error) and a minimum level of
/// Information, or Error with <c>--quiet</c>. Callers log counts and timings only, never data values or person keys.</summary>
/// <remarks>Thread safe: the provider writes each event under a lock.</remarks>
internal sealed class RunLog : IDisposable
{
    /// <summary>The category of the job's own events.</summary>
    public const string Category = "Indikator.Cli.Run";

    private readonly ILoggerFactory _factory;

    /// <summary>Creates the log.</summary>
    /// <param name="writer">Receives the events (standard error in the application).</param>
    /// <param name="quiet">Log errors only.</param>
    /// <param name="json">One JSON object per event instead of a plain line.</param>
    /// <param name="prefix">What a plain line starts with: the command, <c>indikator run</c> or <c>indikator evaluate</c>.</param>
    public RunLog(TextWriter writer, bool quiet, bool json, string prefix = "indikator run")
    {
        _factory = LoggerFactory.Create(builder => builder
            .SetMinimumLevel(quiet ? LogLevel.Error : LogLevel.Information)
            .AddProvider(new RunLogProvider(writer, json, prefix)));
        Logger = _factory.CreateLogger(Category);
    }

    /// <summary>Gets the logger of the job's events, also for library calls that take an <see cref="ILogger"/>.</summary>
    public ILogger Logger { get; }

    /// <summary>Logs progress; suppressed by <c>--quiet</c>.</summary>
    public void Info(string step, string message, double? seconds = null)
    {
        if (Logger.IsEnabled(LogLevel.Information))
        {
            Logger.Log(LogLevel.Information, default, new RunLogEntry(step, message, seconds), null, RunLogEntry.Format);
        }
    }

    /// <summary>Logs an error; always written.</summary>
    public void Error(string step, string message)
        => Logger.Log(LogLevel.Error, default, new RunLogEntry(step, message, null), null, RunLogEntry.Format);

    /// <inheritdoc/>
    public void Dispose() => _factory.Dispose();
}

/// <summary>An event of the job: the step it belongs to, the message and, for a timing, the seconds it took.</summary>
/// <param name="Step">The step, for example <c>load stock</c>.</param>
/// <param name="Message">What happened, without data values or person keys.</param>
/// <param name="Seconds">The elapsed seconds, or null when the event is not a timing.</param>
internal sealed record RunLogEntry(string Step, string Message, double? Seconds)
{
    /// <summary>The message formatter handed to <see cref="ILogger.Log{TState}"/>.</summary>
    public static string Format(RunLogEntry entry, Exception? exception) => entry.Message;
}
