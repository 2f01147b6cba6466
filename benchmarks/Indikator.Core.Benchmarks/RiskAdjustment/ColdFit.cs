using System.Diagnostics;
using System.Globalization;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Benchmarks.RiskAdjustment;

/// <summary>
/// A console mode for the cold-start question (issue 12): in this fresh process, generate the office x period panel of
/// <see cref="FitBenchmarks"/>, fit it several times and print each fit's time, so the first fit (tier-0 and OSR code)
/// can be compared with a later one (tier-1 code) of the same process.
/// </summary>
/// <remarks>
/// Usage: <c>dotnet Indikator.Core.Benchmarks.dll coldfit [rows] [fits] [threads] [pre-touch MB] [decommit]</c> (defaults 2,000,000, 5, 1, 0 and off).
/// The last line reads <c>first=… ms steady=… ms ratio=…</c>, steady being the last fit. <see cref="ColdStartBenchmarks"/>
/// is the BenchmarkDotNet measurement; this mode is the quick one for trying runtime knobs by hand.
/// </remarks>
public static class ColdFit
{
    public static int Run(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : 2_000_000;
        var fits = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var threads = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
        var pretouch = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 0;
        var decommit = args.Length > 4 && args[4] == "decommit";
        var data = PanelGenerator.Create(rows, ColdStartBenchmarks.Offices, ColdStartBenchmarks.Periods, ColdStartBenchmarks.Covariates.Length, ColdStartBenchmarks.Seed);
        var spec = ColdStartBenchmarks.Spec();
        PreTouch(pretouch);
        var stages = new StageTimes();
        var options = ColdStartBenchmarks.Options(threads) with { Progress = stages };
        var times = new double[fits];
        for (var f = 0; f < fits; f++)
        {
            // With "decommit" the GC returns its free memory to the operating system before every fit, so every fit takes
            // fresh pages as the first one does and first / last compares code (JIT tiers) alone.
            GC.Collect(2, decommit ? GCCollectionMode.Aggressive : GCCollectionMode.Forced, blocking: true, compacting: decommit);
            GC.WaitForPendingFinalizers();
            var jitTime = System.Runtime.JitInfo.GetCompilationTime();
            var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
            var gcPause = GC.GetTotalPauseDuration();
            var faults = MinorFaults();
            stages.Clear();
            var clock = Stopwatch.StartNew();
            _ = LinearModel.Fit(data, spec, options);
            times[f] = clock.Elapsed.TotalMilliseconds;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"fit {f + 1}: {times[f]:F1} ms (jit {(System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds:F1} ms for {System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethods} methods, gc pauses {(GC.GetTotalPauseDuration() - gcPause).TotalMilliseconds:F1} ms, {MinorFaults() - faults} page faults; {stages})"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first={times[0]:F1} ms steady={times[^1]:F1} ms ratio={times[0] / times[^1]:F2}"));
        return 0;
    }

    /// <summary>Minor page faults of this process so far (field 10 of /proc/self/stat on Linux; 0 elsewhere): each is a
    /// fresh page the kernel hands out and zeroes, which the first fit pays for and later fits, reusing the GC's memory, do not.</summary>
    private static long MinorFaults()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[7], CultureInfo.InvariantCulture);
    }

    /// <summary>Allocates and writes <paramref name="megabytes"/> MB of large arrays and drops them, so the first fit need not
    /// take fresh pages from the operating system (an experiment: run with DOTNET_GCRetainVM=1 to keep the pages).</summary>
    private static void PreTouch(int megabytes)
    {
        var arrays = new List<double[]>();
        for (var mb = 0; mb < megabytes; mb += 16)
        {
            var a = new double[2 * 1024 * 1024];
            Array.Fill(a, 1.0);
            arrays.Add(a);
        }

        arrays.Clear();
        GC.Collect();
    }

    /// <summary>Milliseconds per fit stage, from the fit's synchronous progress reports.</summary>
    private sealed class StageTimes : IProgress<FitProgress>
    {
        private readonly List<FitProgress> _reports = [];

        public void Report(FitProgress value) => _reports.Add(value);

        public void Clear() => _reports.Clear();

        public override string ToString()
        {
            var text = new System.Text.StringBuilder();
            for (var i = 0; i + 1 < _reports.Count; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? string.Empty : ", ")}{_reports[i].Stage} {(_reports[i + 1].Elapsed - _reports[i].Elapsed).TotalMilliseconds:F0}");
            }

            return text.ToString();
        }
    }
}
