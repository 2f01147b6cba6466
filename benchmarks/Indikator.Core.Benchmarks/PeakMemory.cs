using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Indikator.Core.Benchmarks;

/// <summary>
/// Peak resident memory of a benchmark case's own process (BenchmarkDotNet runs each case in a fresh process): the
/// case records it in its global cleanup, after all its iterations, and <see cref="PeakMemoryColumn"/> shows it next
/// to the time. On Linux it is VmHWM of /proc/self/status, the kernel's high-water mark of resident memory, the figure
/// <c>/usr/bin/time -v</c> reports as "Maximum resident set size"; elsewhere the process's peak working set.
/// </summary>
public static class PeakMemory
{
    private static string Folder => Path.Combine(Path.GetTempPath(), "indikator-benchmark-peak-rss");

    /// <summary>Records this process's peak resident memory for a case.</summary>
    /// <param name="suite">The benchmark class: two suites may have methods of the same name and parameters
    /// (<c>InMemory</c> at 1M rows), and one run of both must not mix their figures.</param>
    /// <param name="method">The benchmark method.</param>
    /// <param name="parameters">The case's parameter values, in declaration order.</param>
    public static void Record(Type suite, string method, params object[] parameters)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(PathOf(Key(suite, method, parameters)), PeakBytes().ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Records, for a case that starts processes of its own, the largest peak resident memory of any of them
    /// that has exited (on Linux the <c>ru_maxrss</c> of <c>getrusage(RUSAGE_CHILDREN)</c>, the kernel's own
    /// high-water mark of each child, which no sampling can miss; elsewhere nothing is recorded).</summary>
    /// <param name="suite">The benchmark class.</param>
    /// <param name="method">The benchmark method.</param>
    /// <param name="parameters">The case's parameter values, in declaration order.</param>
    public static void RecordChildren(Type suite, string method, params object[] parameters)
    {
        if (ChildrenPeakBytes() is { } bytes)
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(PathOf(Key(suite, method, parameters)), bytes.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// Starts the high-water mark again from the resident memory of now (Linux: <c>5</c> written to
    /// <c>/proc/self/clear_refs</c>), so that a case whose global setup makes its data in its own process (embedded
    /// DuckDB writing a Parquet file) records the peak of its measured runs rather than of the setup. Elsewhere it does
    /// nothing, and the peak includes the setup.
    /// </summary>
    public static void ResetPeak()
    {
        const string clear = "/proc/self/clear_refs";
        if (File.Exists(clear))
        {
            File.WriteAllText(clear, "5");
        }
    }

    internal static long? Read(BenchmarkCase benchmarkCase)
    {
        var key = Key(benchmarkCase.Descriptor.Type, benchmarkCase.Descriptor.WorkloadMethod.Name, [.. benchmarkCase.Parameters.Items.Select(p => p.Value)]);
        var path = PathOf(key);
        return File.Exists(path) && long.TryParse(File.ReadAllText(path), NumberStyles.Integer, CultureInfo.InvariantCulture, out var bytes) ? bytes : null;
    }

    private static string Key(Type suite, string method, object[] parameters)
        => string.Join('-', [suite.Name, method, .. parameters.Select(p => Convert.ToString(p, CultureInfo.InvariantCulture))]);

    private static string PathOf(string key) => Path.Combine(Folder, key + ".txt");

    private static long? ChildrenPeakBytes()
    {
        const int children = -1;
        return OperatingSystem.IsLinux() && NativeMethods.getrusage(children, out var usage) == 0 ? usage.MaxResidentKilobytes * 1024 : null;
    }

    /// <summary>This process's peak resident memory so far, in bytes.</summary>
    internal static long PeakBytes()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null)
            {
                var kilobytes = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kilobytes * 1024;
            }
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}

internal static class NativeMethods
{
    /// <summary>Linux's <c>struct rusage</c> on 64-bit: two <c>timeval</c>s, then <c>ru_maxrss</c> (kilobytes) and 13 more longs.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxResidentKilobytes;
        public long Rest0, Rest1, Rest2, Rest3, Rest4, Rest5, Rest6, Rest7, Rest8, Rest9, Rest10, Rest11, Rest12;
    }

    [DllImport("libc", SetLastError = true)]
    internal static extern int getrusage(int who, out ResourceUsage usage);
}

/// <summary>The "Peak RSS" column: <see cref="PeakMemory"/> of each case, in GB; "-" when the case recorded none.</summary>
public sealed class PeakMemoryColumn : IColumn
{
    /// <inheritdoc/>
    public string Id => nameof(PeakMemoryColumn);

    /// <inheritdoc/>
    public string ColumnName => "Peak RSS";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Metric;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => "Peak resident memory of the case's process (VmHWM), after all its iterations; of its largest child process for a case that starts the tool";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        => PeakMemory.Read(benchmarkCase) is { } bytes ? (bytes / 1e9).ToString("0.00 'GB'", CultureInfo.InvariantCulture) : "-";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;
}
