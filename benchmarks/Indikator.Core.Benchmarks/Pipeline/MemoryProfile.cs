using Indikator.Core.Indicators;
using System.Diagnostics;
using System.Globalization;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Outcomes;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Composition;
using Indikator.Core.Synthetic;

namespace Indikator.Core.Benchmarks.Pipeline;

/// <summary>
/// Memory of the demo pipeline by component, per person-month: the live managed heap after each step (after a full
/// collection, so only what the step keeps), the employment and status records from their array sizes, and the
/// process's peak resident memory after each step (VmHWM, which includes each step's transient arrays).
/// </summary>
/// <remarks>
/// Usage: <c>dotnet run -c Release --project benchmarks/Indikator.Core.Benchmarks -- memory 2000000 [months]</c>.
/// The steps are those of <c>indikator demo</c> without writing files, on all processors.
/// </remarks>
public static class MemoryProfile
{
    public static int Run(string[] args)
    {
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
        var data = SyntheticNavData.Generate(new SyntheticOptions { Seed = 42, TargetPersonMonths = personMonths, Months = months });
        Mark("generate data");
        var panel = WorkVolume.Compute(data.Stock, data.Employment, new WorkVolumeOptions(data.LastRecordMonth)).AddTo(data.Stock);
        Mark("work outcomes");
        var legacy = LegacyTransition.Compute(data.Stock, data.Statuses, data.Employment, new LegacyTransitionOptions(data.LastRecordMonth, ColumnNames.Age));
        Mark("legacy measure");
        var indicators = WorkIndicators.Compute(panel, new WorkIndicatorOptions());
        Mark("risk models and indicators");
        var report = IndicatorReport.Compose(indicators, legacy, new IndicatorReportOptions(DateTimeOffset.UnixEpoch, "memory profile")
        {
            OfficeRegions = data.Offices.ToDictionary(o => o.Name, o => o.Region, StringComparer.Ordinal),
        });
        Mark("report");

        var rows = (double)data.Stock.RowCount;
        var employment = data.Employment.Count * (8L + 4 + 8 + (data.Employment.HasEarnings ? 8 : 0));
        var statuses = data.Statuses.Count * (8L + 4 + 1 + 4 + 1);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{data.Stock.RowCount:N0} person-months, {data.Employment.Count:N0} employment records, {data.Statuses.Count:N0} status records, {Environment.ProcessorCount} processors"));
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
}
