using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Indikator.Core.Data;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Benchmarks.RiskAdjustment;

/// <summary>
/// Cold start (issue 12): the first fit in a fresh process against a later fit of the same process, the main case of
/// <see cref="FitBenchmarks"/> (10 covariates, office + period fixed effects, SE clustered by office) on one thread.
/// </summary>
/// <remarks>
/// <para>Every launch is a fresh process (<see cref="RunStrategy.ColdStart"/>: no pilot, no warm-up, no jitting
/// invocation); it runs <see cref="Fits"/> measured iterations of one fit each. The columns read the raw measurements
/// per launch: <c>First fit</c> is iteration 1 (tier-0 and OSR code), <c>Steady fit</c> the last one, and
/// <c>First/steady</c> the median over launches of the ratio within each process, the figure the issue asks to bring
/// within 1.3. Mean and median over all iterations mix the two, so they are hidden.</para>
/// <para>Jobs: the runtime defaults (what a library consumer gets), and the runtime configuration the CLI ships
/// (<c>TieredCompilationQuickJitForLoops</c> false, set as an msbuild property of the generated project, so it lands in
/// its runtimeconfig.json: no environment variable).</para>
/// <para>Rows: INDIKATOR_BENCH_COLD_ROWS (default 10,000,000).</para>
/// </remarks>
[Config(typeof(ColdStartConfig))]
[BenchmarkCategory("RiskAdjustment", "ColdStart")]
public class ColdStartBenchmarks
{
    public const int Offices = 300;
    public const int Periods = 60;
    public const int Seed = 20261126;
    public const int Fits = 5;
    public const int Launches = 5;

    public static readonly string[] Covariates = [.. Enumerable.Range(1, 10).Select(i => $"x{i}")];

    private ColumnTable _data = null!;
    private LinearModelSpec _spec = null!;
    private FitOptions _options = null!;

    public static IEnumerable<int> Sizes => BenchmarkSizes.ColdStartPersonMonths();

    [ParamsSource(nameof(Sizes))]
    public int Rows { get; set; }

    public static LinearModelSpec Spec() => new("y", Covariates) { FixedEffects = ["office", "period"] };

    public static FitOptions Options(int threads) => new() { MaxDegreeOfParallelism = threads, Covariance = CovarianceSpec.Cluster("office") };

    [GlobalSetup]
    public void Setup()
    {
        _data = PanelGenerator.Create(Rows, Offices, Periods, Covariates.Length, Seed);
        _spec = Spec();
        _options = Options(1);
    }

    [Benchmark]
    public LinearModelResult FitOneThread() => LinearModel.Fit(_data, _spec, _options);

    private sealed class ColdStartConfig : ManualConfig
    {
        public ColdStartConfig()
        {
            var cold = Job.Default
                .WithStrategy(RunStrategy.ColdStart)
                .WithLaunchCount(Launches)
                .WithWarmupCount(0)
                .WithIterationCount(Fits)
                .WithInvocationCount(1)
                .WithUnrollFactor(1);
            AddJob(cold.WithId("RuntimeDefaults"));
            AddJob(cold.WithArguments([new MsBuildArgument("/p:TieredCompilationQuickJitForLoops=false")]).WithId("NoQuickJitForLoops"));
            AddColumn(
                new LaunchColumn("First fit", "Median over launches of the first fit in the process", m => m.First),
                new LaunchColumn("Steady fit", $"Median over launches of fit {Fits} in the process", m => m.Last),
                new LaunchColumn("First/steady", "Median over launches of first fit / last fit within one process", m => m.First / m.Last));
            HideColumns(Column.Mean, Column.Error, Column.StdDev, Column.Median);
        }
    }

    /// <summary>A column computed per launch from the raw workload measurements, reported as the median over launches.</summary>
    private sealed class LaunchColumn(string name, string legend, Func<(double First, double Last), double> select) : CustomColumn(name, legend)
    {
        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report is null)
            {
                return "NA";
            }

            var values = report.AllMeasurements
                .Where(m => m.IterationMode == IterationMode.Workload && m.IterationStage == IterationStage.Actual)
                .GroupBy(m => m.LaunchIndex)
                .Select(g => g.OrderBy(m => m.IterationIndex).ToList())
                .Where(l => l.Count >= 2)
                .Select(l => select((Milliseconds(l[0]), Milliseconds(l[^1]))))
                .Order()
                .ToList();
            if (values.Count == 0)
            {
                return "NA";
            }

            var median = values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
            var format = ColumnName.Contains('/', StringComparison.Ordinal) ? "0.00" : "#,0 'ms'";
            return $"{median.ToString(format, System.Globalization.CultureInfo.InvariantCulture)} ({values[0].ToString(format, System.Globalization.CultureInfo.InvariantCulture)}-{values[^1].ToString(format, System.Globalization.CultureInfo.InvariantCulture)})";
        }

        private static double Milliseconds(Measurement m) => m.Nanoseconds / m.Operations / 1e6;
    }
}
