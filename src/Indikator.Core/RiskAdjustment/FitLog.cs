using Microsoft.Extensions.Logging;

namespace Indikator.Core.RiskAdjustment;

/// <summary>Log messages of a fit: counts and timings only, never data values.</summary>
internal static class FitLog
{
    private static readonly Action<ILogger, int, int, int, int, Exception?> Prepared = LoggerMessage.Define<int, int, int, int>(
        LogLevel.Information, new EventId(1, "Prepared"), "Linear model: {Used} of {Input} rows used ({Missing} with missing values, {Singletons} singletons)");

    private static readonly Action<ILogger, AbsorptionMethod, int, double, Exception?> Absorbed = LoggerMessage.Define<AbsorptionMethod, int, double>(
        LogLevel.Information, new EventId(2, "Absorbed"), "Fixed effects absorbed by {Method} ({Iterations} iterations) in {Milliseconds} ms");

    private static readonly Action<ILogger, LeastSquaresSolver, int, int, double, Exception?> Solved = LoggerMessage.Define<LeastSquaresSolver, int, int, double>(
        LogLevel.Information, new EventId(3, "Solved"), "Solved by {Solver}: rank {Rank}, {Dropped} dropped, at {Milliseconds} ms");

    private static readonly Action<ILogger, double, Exception?> Finished = LoggerMessage.Define<double>(
        LogLevel.Information, new EventId(4, "Finished"), "Fit finished in {Milliseconds} ms");

    private static readonly Action<ILogger, AbsorptionMethod, int, double, Exception?> NotConverged = LoggerMessage.Define<AbsorptionMethod, int, double>(
        LogLevel.Warning, new EventId(5, "NotConverged"),
        "The fixed-effect projection ({Method}) did not converge in {Iterations} iterations to tolerance {Tolerance}: the estimates may be inaccurate; FitOptions.RequireConvergence makes this an error");

    public static void LogNotConverged(ILogger? logger, AbsorptionMethod method, int iterations, double tolerance)
    {
        if (logger is not null)
        {
            NotConverged(logger, method, iterations, tolerance, null);
        }
    }

    public static void LogPrepared(ILogger? logger, SampleSummary s)
    {
        if (logger is not null)
        {
            Prepared(logger, s.UsedRows, s.InputRows, s.MissingRows, s.SingletonRows, null);
        }
    }

    public static void LogAbsorbed(ILogger? logger, AbsorptionSummary a, double ms)
    {
        if (logger is not null)
        {
            Absorbed(logger, a.Method, a.Iterations, ms, null);
        }
    }

    public static void LogSolved(ILogger? logger, LeastSquaresSolver solver, int rank, int dropped, double ms)
    {
        if (logger is not null)
        {
            Solved(logger, solver, rank, dropped, ms, null);
        }
    }

    public static void LogFinished(ILogger? logger, double ms)
    {
        if (logger is not null)
        {
            Finished(logger, ms, null);
        }
    }
}
