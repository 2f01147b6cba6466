using System.Text.Json;
using Indikator.Cli;
using Microsoft.Extensions.Logging;

namespace Indikator.Core.Tests.Cli;

public sealed class RunLogTests
{
    private static readonly Action<ILogger, Exception?> Warning = LoggerMessage.Define(LogLevel.Warning, default, "a warning");

    private static readonly Action<ILogger, int, Exception?> Offices = LoggerMessage.Define<int>(LogLevel.Warning, default, "{Count} offices without rows");

    [Fact]
    public void Quiet_keeps_only_errors()
    {
        using var text = new StringWriter();
        using (var log = new RunLog(text, quiet: true, json: true))
        {
            log.Info("load stock", "10 person-months", 0.5);
            Warning(log.Logger, null);
            log.Error("input", "stock.file: file not found");
        }

        var line = Assert.Single(text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var entry = JsonDocument.Parse(line);
        Assert.Equal("error", entry.RootElement.GetProperty("level").GetString());
        Assert.Equal("input", entry.RootElement.GetProperty("step").GetString());
        Assert.Equal(JsonValueKind.Null, entry.RootElement.GetProperty("seconds").ValueKind);
    }

    [Fact]
    public void Other_events_through_the_logger_use_their_category_as_the_step()
    {
        using var text = new StringWriter();
        using (var log = new RunLog(text, quiet: false, json: false))
        {
            log.Info("indicators", "20 tables", 2.5);
            Offices(log.Logger, 3, null);
        }

        Assert.Equal(
            ["indikator run: info: [indicators] 20 tables (2.500 s)", $"indikator run: warning: [{RunLog.Category}] 3 offices without rows"],
            text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
