using System.Globalization;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Indikator.Core.Benchmarks;

/// <summary>
/// A figure a benchmark case measures itself in every run (for example the seconds a child process reports), next to
/// BenchmarkDotNet's time of the whole run: the case appends one value per invocation, and <see cref="RunTimingsColumn"/>
/// reports the values of the measured iterations, which are the last ones appended.
/// </summary>
public static class RunTimings
{
    private static string Folder => Path.Combine(Path.GetTempPath(), "indikator-benchmark-run-timings");

    /// <summary>Appends one run's value for a case.</summary>
    /// <param name="method">The benchmark method.</param>
    /// <param name="parameter">The case's parameter value.</param>
    /// <param name="seconds">The value, in seconds.</param>
    public static void Append(string method, object parameter, double seconds)
    {
        Directory.CreateDirectory(Folder);
        File.AppendAllText(PathOf(method, parameter), seconds.ToString("R", CultureInfo.InvariantCulture) + "\n");
    }

    internal static IReadOnlyList<double> Read(string method, object parameter)
    {
        var path = PathOf(method, parameter);
        return File.Exists(path) ? [.. File.ReadLines(path).Where(l => l.Length > 0).Select(l => double.Parse(l, CultureInfo.InvariantCulture))] : [];
    }

    private static string PathOf(string method, object parameter)
        => Path.Combine(Folder, method + "-" + Convert.ToString(parameter, CultureInfo.InvariantCulture) + ".txt");
}

/// <summary>The median and range of <see cref="RunTimings"/> over a case's measured iterations.</summary>
/// <param name="name">The column's name.</param>
/// <param name="method">The benchmark method whose values it reads.</param>
/// <param name="legend">What the column shows.</param>
public sealed class RunTimingsColumn(string name, string method, string legend) : CustomColumn(name, legend)
{
    /// <inheritdoc/>
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var measured = summary[benchmarkCase]?.AllMeasurements
            .Count(m => m.IterationMode == IterationMode.Workload && m.IterationStage == IterationStage.Actual) ?? 0;
        var values = RunTimings.Read(method, benchmarkCase.Parameters.Items.Single().Value);
        if (measured == 0 || values.Count < measured)
        {
            return "NA";
        }

        var last = values.Skip(values.Count - measured).Order().ToList();
        var median = last.Count % 2 == 1 ? last[last.Count / 2] : (last[(last.Count / 2) - 1] + last[last.Count / 2]) / 2;
        return string.Create(CultureInfo.InvariantCulture, $"{median:0.00} s ({last[0]:0.00}-{last[^1]:0.00})");
    }
}
