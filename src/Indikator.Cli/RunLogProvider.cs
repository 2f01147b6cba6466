using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Indikator.Cli;

/// <summary>Writes log events to a text writer, one plain line (<c>indikator run: info: [step] message (0.123 s)</c>) or one
/// JSON object (<c>level</c>, <c>message</c>, <c>step</c>, <c>seconds</c>) per event. An event that is not a
/// <see cref="RunLogEntry"/> (from another category) uses its category as the step. Format: docs/configuration.md.</summary>
/// <remarks>Thread safe: events are written whole under one lock shared by the loggers of this provider.</remarks>
/// <param name="writer">Receives the events.</param>
/// <param name="json">One JSON object per event instead of a plain line.</param>
/// <param name="prefix">What a plain line starts with: the command, such as <c>indikator run</c> or <c>indikator evaluate</c>.</param>
internal sealed class RunLogProvider(TextWriter writer, bool json, string prefix = "indikator run") : ILoggerProvider
{
    private readonly Lock _gate = new();

    /// <inheritdoc/>
    public ILogger CreateLogger(string categoryName) => new Writer(this, categoryName);

    /// <inheritdoc/>
    public void Dispose() => writer.Flush();

    private static string LevelName(LogLevel level) => level switch
    {
        LogLevel.Trace => "trace",
        LogLevel.Debug => "debug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warning",
        LogLevel.Error => "error",
        _ => "critical",
    };

    private void Write(LogLevel level, string step, string message, double? seconds)
    {
        var text = json ? Json(LevelName(level), step, message, seconds)
            : seconds is { } s ? string.Create(CultureInfo.InvariantCulture, $"{prefix}: {LevelName(level)}: [{step}] {message} ({s:0.000} s)")
            : $"{prefix}: {LevelName(level)}: [{step}] {message}";
        lock (_gate)
        {
            writer.WriteLine(text);
        }
    }

    private static string Json(string level, string step, string message, double? seconds)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("level", level);
            w.WriteString("message", message);
            w.WriteString("step", step);
            if (seconds is { } s)
            {
                w.WriteNumber("seconds", Math.Round(s, 3));
            }
            else
            {
                w.WriteNull("seconds");
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private sealed class Writer(RunLogProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            if (state is RunLogEntry entry)
            {
                provider.Write(logLevel, entry.Step, entry.Message, entry.Seconds);
            }
            else
            {
                provider.Write(logLevel, category, formatter(state, exception), null);
            }
        }
    }
}
