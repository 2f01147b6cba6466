using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace Indikator.Core.Benchmarks.Pipeline;

/// <summary>
/// The whole <c>indikator demo</c> command as a user runs it (issue 12: 25 million person-months in at most 150 s,
/// the steps after the data in at most 60 s, peak resident memory at most 8 GiB): every iteration starts the tool in
/// a fresh process with its own runtime configuration (<c>System.GC.ConserveMemory</c> 9, no background GC), which
/// generates the data, runs every step and writes the CSV and HTML reports into a temporary folder.
/// </summary>
/// <remarks>
/// <para>The time of an iteration is the whole command, process start to exit. <c>Steps after data</c> is the sum of
/// the tool's own <c>timings.csv</c> rows after <c>Generate data</c> (work outcomes, legacy measure, risk models and
/// indicators); <c>Peak RSS</c> is the largest resident memory of any of the tool's processes
/// (<see cref="PeakMemory.RecordChildren"/>). <see cref="DemoPipelineBenchmarks"/> runs the same steps inside the
/// benchmark process, with the runtime's default GC and the generated records kept alive.</para>
/// <para>Sizes: INDIKATOR_BENCH_CLI_ROWS (default 2,000,000, the demo's default) and INDIKATOR_BENCH_DEMO_MONTHS
/// (default 36; 96 is NAV's 2017-2024). One warm-up run, then <see cref="Runs"/> measured runs.</para>
/// </remarks>
[Config(typeof(CliDemoConfig))]
[BenchmarkCategory("Pipeline", "Cli")]
public class CliDemoBenchmarks
{
    /// <summary>Measured runs per size.</summary>
    public const int Runs = 3;

    private const string TimingsFile = "timings.csv";

    private readonly string _output = Path.Combine(Path.GetTempPath(), "indikator-bench-cli-" + Guid.NewGuid().ToString("N"));

    /// <summary>Requested stock person-months.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.CliDemoPersonMonths();

    /// <summary>Requested stock person-months of the run.</summary>
    [ParamsSource(nameof(Sizes))]
    public int PersonMonths { get; set; }

    /// <summary>The tool is the one built next to this assembly (the suite references the command-line project).</summary>
    [GlobalSetup]
    public void FindTool()
    {
        foreach (var file in new[] { "indikator.dll", "indikator.runtimeconfig.json" })
        {
            if (!File.Exists(Path.Combine(AppContext.BaseDirectory, file)))
            {
                throw new InvalidOperationException($"{file} is missing from {AppContext.BaseDirectory}; build the benchmarks project, which references src/Indikator.Cli.");
            }
        }
    }

    /// <summary>A run starts from an empty output folder, as a first run of the job would.</summary>
    [IterationSetup]
    public void EmptyOutput()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    /// <summary>One <c>indikator demo</c> process from start to exit.</summary>
    /// <returns>The exit code, 0.</returns>
    [Benchmark]
    public int Demo()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "indikator.dll"), "demo",
            "--person-months", PersonMonths.ToString(CultureInfo.InvariantCulture),
            "--months", BenchmarkSizes.DemoMonths().ToString(CultureInfo.InvariantCulture),
            "--output", _output,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("indikator did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        _ = output.Result;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"indikator demo exited with {process.ExitCode}: {error.Result}");
        }

        RunTimings.Append(nameof(Demo), PersonMonths, StepsAfterData(Path.Combine(_output, TimingsFile)));
        return process.ExitCode;
    }

    /// <summary>The peak resident memory of the tool's processes.</summary>
    [GlobalCleanup]
    public void Record()
    {
        PeakMemory.RecordChildren(typeof(CliDemoBenchmarks), nameof(Demo), PersonMonths);
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    /// <summary>Seconds of the steps after <c>Generate data</c> in a <c>timings.csv</c>.</summary>
    internal static double StepsAfterData(string path)
    {
        var seconds = 0.0;
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = line.Split(',');
            if (fields[0] != "Generate data")
            {
                seconds += double.Parse(fields[1], CultureInfo.InvariantCulture);
            }
        }

        return seconds;
    }

    private sealed class CliDemoConfig : ManualConfig
    {
        public CliDemoConfig()
        {
            // One process per run already: no pilot stage or overhead runs, one invocation per iteration.
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(Runs)
                .WithInvocationCount(1)
                .WithUnrollFactor(1)
                .WithId("cli"));
            // The memory diagnoser sees only this process, which does nothing but wait for the tool.
            HideColumns(Column.Allocated, Column.Gen0, Column.Gen1, Column.Gen2);
            AddColumn(new RunTimingsColumn("Steps after data", nameof(Demo), "Median (range) over the measured runs of the steps after the data, from the tool's timings.csv"));
        }
    }
}
