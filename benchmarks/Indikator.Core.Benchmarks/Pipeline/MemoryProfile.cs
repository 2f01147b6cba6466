using Indikator.Core.Indicators;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Indikator.Core.Data;
using Indikator.Cli;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Outcomes;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Composition;
using Indikator.Core.Synthetic;
using Microsoft.Extensions.Logging;

namespace Indikator.Core.Benchmarks.Pipeline;

/// <summary>
/// Memory of the demo pipeline by component, per person-month: the live managed heap after each step (after a full
/// collection, so only what the step keeps), the employment and status records from their array sizes, and the
/// process's peak resident memory after each step (VmHWM, which includes each step's transient arrays).
/// </summary>
/// <remarks>
/// Usage: <c>dotnet run -c Release --project benchmarks/Indikator.Core.Benchmarks -- memory 2000000 [months] [--trace]</c>.
/// The steps are those of <c>indikator demo</c> without writing files, on all processors: the same levels (with the
/// priority groups), and the records released before the risk models as the demo does. With <c>--trace</c> every log
/// line of the risk step (each fit's stages, each outcome group's tables) is printed with the resident memory at that
/// moment and the peak so far, which shows where inside the step the peak is. Run it as the CLI runs
/// (<c>DOTNET_GCConserveMemory=9</c>, <c>DOTNET_gcConcurrent=0</c>) to see the CLI's peak.
/// </remarks>
public static class MemoryProfile
{
    public static int Run(string[] args)
    {
        var trace = args.Contains("--trace", StringComparer.Ordinal);
        args = [.. args.Where(a => a != "--trace")];
        var personMonths = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2_000_000;
        var months = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 36;
        var lines = new List<(string Step, long Heap, long Peak, double Seconds)>();
        var clock = Stopwatch.StartNew();
        void Mark(string step)
        {
            lines.Add((step, GC.GetTotalMemory(forceFullCollection: true), PeakMemory.PeakBytes(), clock.Elapsed.TotalSeconds));
            clock.Restart();
        }

        Mark("start");
        var (data, panel, legacy, employment, statuses, employmentCount, statusCount) = DataAndOutcomes(personMonths, months, Mark);
        Mark("records released");
        var indicators = WorkIndicators.Compute(panel, new WorkIndicatorOptions
        {
            Units = [.. WorkUnitLevel.ForPanel(panel), NavPriorityGroups.For(panel)],
            Logger = trace ? new MemoryTraceLogger() : null,
        });
        Mark("risk models and indicators");
        var report = IndicatorReport.Compose(indicators, legacy, new IndicatorReportOptions(DateTimeOffset.UnixEpoch, "memory profile")
        {
            OfficeRegions = data.Offices.ToDictionary(o => o.Name, o => o.Region, StringComparer.Ordinal),
        });
        Mark("report");

        var rows = (double)data.Stock.RowCount;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{data.Stock.RowCount:N0} person-months, {employmentCount:N0} employment records, {statusCount:N0} status records, {Environment.ProcessorCount} processors"));
        Console.WriteLine("| step | seconds | live heap after (GB) | added (bytes per person-month) | peak RSS so far (GB) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        for (var i = 1; i < lines.Count; i++)
        {
            var (step, heap, peak, seconds) = lines[i];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {step} | {seconds:0.00} | {heap / 1e9:0.000} | {(heap - lines[i - 1].Heap) / rows:0} | {peak / 1e9:0.00} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Of the data: employment records {employment / rows:0} and status records {statuses / rows:0} bytes per person-month (array sizes); the stock and the rest of the synthetic data are the remainder."));
        GC.KeepAlive(report);
        return 0;
    }

    // A method of its own, so that no stack slot of the caller keeps the records alive after they are released.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (SyntheticNavData Data, PersonMonthPanel Panel, LegacyTransitionResult Legacy, long Employment, long Statuses, int EmploymentCount, int StatusCount)
        DataAndOutcomes(int personMonths, int months, Action<string> mark)
    {
        var data = SyntheticNavData.Generate(new SyntheticOptions { Seed = 42, TargetPersonMonths = personMonths, Months = months });
        mark("generate data");
        var panel = WorkVolume.Compute(data.Stock, data.Employment, new WorkVolumeOptions(data.LastRecordMonth)).AddTo(data.Stock);
        mark("work outcomes");
        var legacy = LegacyTransition.Compute(data.Stock, data.Statuses, data.Employment, new LegacyTransitionOptions(data.LastRecordMonth, ColumnNames.Age));
        mark("legacy measure");
        var employment = data.Employment.Count * (8L + 4 + 8 + (data.Employment.HasEarnings ? 8 : 0));
        var statuses = data.Statuses.Count * (8L + 4 + 1 + 4 + 1);
        return (data.WithoutRecords(), panel, legacy, employment, statuses, data.Employment.Count, data.Statuses.Count);
    }

    /// <summary>Prints each log line with the time, the resident memory now and the peak so far (no data values are logged).</summary>
    private sealed class MemoryTraceLogger : ILogger
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {_clock.Elapsed.TotalSeconds,7:0.0} s  rss {ResidentBytes() / 1e9,6:0.00} GB  peak {PeakMemory.PeakBytes() / 1e9,6:0.00} GB  {formatter(state, exception)}"));

        private static long ResidentBytes()
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
    }
}
