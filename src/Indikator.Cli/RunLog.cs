using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Indikator.Cli;

/// <summary>The log of <c>indikator run</c>: one plain line, or one JSON object (level, message, step, seconds), per
/// event on standard error. Callers log counts and timings only, never data values or person keys.</summary>
internal sealed class RunLog(TextWriter writer, bool quiet, bool json)
{
    /// <summary>Logs progress; suppressed by <c>--quiet</c>.</summary>
    public void Info(string step, string message, double? seconds = null)
    {
        if (!quiet)
        {
            Write("info", step, message, seconds);
        }
    }

    /// <summary>Logs an error; always written.</summary>
    public void Error(string step, string message) => Write("error", step, message, null);

    private void Write(string level, string step, string message, double? seconds)
    {
        if (!json)
        {
            writer.WriteLine(seconds is { } s
                ? string.Create(CultureInfo.InvariantCulture, $"indikator run: {level}: [{step}] {message} ({s:0.000} s)")
                : $"indikator run: {level}: [{step}] {message}");
            return;
        }

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

        writer.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
