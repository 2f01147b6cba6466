using Microsoft.Extensions.Logging;

namespace Indikator.Core.Indicators.Work;

/// <summary>Log messages of the work indicators: step names, counts and timings only, never data values.</summary>
internal static class WorkIndicatorLog
{
    private static readonly Action<ILogger, int, int, int, Exception?> Started = LoggerMessage.Define<int, int, int>(
        LogLevel.Information, new EventId(101, "IndicatorsStarted"),
        "Work indicators: {Rows} person-months, {Outcomes} outcomes, {Levels} levels");

    private static readonly Action<ILogger, string, string, double, Exception?> Step = LoggerMessage.Define<string, string, double>(
        LogLevel.Information, new EventId(102, "IndicatorsStep"), "Work indicators: {Variant} for {Outcomes} done at {Milliseconds} ms");

    public static void LogStarted(ILogger? logger, int rows, int outcomes, int levels)
    {
        if (logger is not null)
        {
            Started(logger, rows, outcomes, levels, null);
        }
    }

    public static void LogStep(ILogger? logger, string variant, IReadOnlyList<string> outcomes, double milliseconds)
    {
        if (logger is not null)
        {
            Step(logger, variant, string.Join(", ", outcomes), milliseconds, null);
        }
    }
}
