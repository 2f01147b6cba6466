using System.Globalization;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Indikator.Core.Benchmarks;

/// <summary>
/// Runs a short subset of the suites and compares each benchmark's median, as a ratio to the
/// in-run baseline of its group, with the committed ratios in benchmarks/results/guard-baseline.csv.
/// Ratios, not seconds, because machines differ; a benchmark fails when its ratio grows by more
/// than the allowed factor.
/// </summary>
/// <remarks>
/// Usage: <c>dotnet run -c Release --project benchmarks/Indikator.Core.Benchmarks -- guard [--update] [--factor 1.5] [--filter PATTERN]</c>.
/// Without --filter it runs the benchmarks in the <c>Guard</c> category. --update writes the measured ratios into the committed
/// file and keeps the ratios of benchmarks the run did not measure.
/// </remarks>
public static class PerformanceGuard
{
    public static int Run(string[] args)
    {
        var update = args.Contains("--update");
        var factor = ReadOption(args, "--factor") is { } f ? double.Parse(f, CultureInfo.InvariantCulture) : 1.5;
        var filter = ReadOption(args, "--filter");
        var baselinePath = Path.Combine(FindRepositoryRoot(), "benchmarks", "results", "guard-baseline.csv");

        // Small sizes keep a guard run short; ratios to the in-run baseline are what is compared.
        foreach (var variable in new[] { BenchmarkSizes.Variable, BenchmarkSizes.DemoVariable })
        {
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)))
            {
                Environment.SetEnvironmentVariable(variable, "300000");
            }
        }

        var config = BenchmarkConfig.Create()
            .AddJob(Job.ShortRun.WithId("guard"))
            .WithOptions(ConfigOptions.DisableLogFile);
        var switcherArgs = filter is null ? new[] { "--anyCategories", "Guard", "--filter", "*" } : new[] { "--filter", filter };
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(PerformanceGuard).Assembly).Run(switcherArgs, config).ToList();

        var measured = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var summary in summaries)
        {
            foreach (var report in summary.Reports)
            {
                if (report.ResultStatistics is null)
                {
                    continue;
                }

                // The baseline of the same suite and parameters. BenchmarkDotNet's logical groups of a joined summary
                // key on parameter values only, so two suites with a PersonMonths parameter would share one baseline.
                var baselineReport = summary.Reports.FirstOrDefault(r => IsBaselineOf(r.BenchmarkCase, report.BenchmarkCase));
                if (baselineReport?.ResultStatistics is null)
                {
                    continue;
                }

                measured[report.BenchmarkCase.DisplayInfo] = report.ResultStatistics.Median / baselineReport.ResultStatistics.Median;
            }
        }

        if (update)
        {
            // A filtered run updates its own benchmarks' ratios and keeps the others'.
            var merged = new SortedDictionary<string, double>(ReadBaseline(baselinePath), StringComparer.Ordinal);
            foreach (var (name, ratio) in measured)
            {
                merged[name] = ratio;
            }

            var text = new StringBuilder("benchmark,ratio\n");
            foreach (var (name, ratio) in merged)
            {
                text.Append(CultureInfo.InvariantCulture, $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{ratio:R}\n");
            }

            File.WriteAllText(baselinePath, text.ToString());
            Console.WriteLine($"Wrote {measured.Count} measured ratios to {baselinePath} ({merged.Count} in all)");
            return 0;
        }

        var committed = ReadBaseline(baselinePath);
        var failures = 0;
        foreach (var (name, ratio) in measured)
        {
            if (!committed.TryGetValue(name, out var expected))
            {
                Console.WriteLine($"NEW   {name}: ratio {ratio:F3} (no committed ratio)");
                continue;
            }

            var slower = ratio > expected * factor;
            failures += slower ? 1 : 0;
            Console.WriteLine($"{(slower ? "SLOW " : "OK   ")} {name}: ratio {ratio:F3}, committed {expected:F3}, allowed {expected * factor:F3}");
        }

        Console.WriteLine($"{measured.Count - failures} within bounds, {failures} slower than {factor}x the committed ratio");
        return failures == 0 ? 0 : 1;
    }

    private static string? ReadOption(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static bool IsBaselineOf(BenchmarkCase candidate, BenchmarkCase benchmark)
        => candidate.Descriptor.Baseline
            && candidate.Descriptor.Type == benchmark.Descriptor.Type
            && candidate.Job == benchmark.Job
            && string.Equals(candidate.Parameters.ValueInfo, benchmark.Parameters.ValueInfo, StringComparison.Ordinal);

    private static Dictionary<string, double> ReadBaseline(string path)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return result;
        }

        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var comma = line.LastIndexOf(',');
            if (comma <= 0)
            {
                continue;
            }

            var name = line[..comma].Trim('"').Replace("\"\"", "\"", StringComparison.Ordinal);
            result[name] = double.Parse(line[(comma + 1)..], CultureInfo.InvariantCulture);
        }

        return result;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Indikator.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the guard from inside the repository.");
    }
}
