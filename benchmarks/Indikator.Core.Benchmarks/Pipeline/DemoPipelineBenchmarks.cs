using Indikator.Core.Indicators;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Outcomes;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Composition;
using Indikator.Core.Synthetic;
using Indikator.Core.Synthetic.Providers;

namespace Indikator.Core.Benchmarks.Pipeline;

/// <summary>
/// The whole pipeline of <c>indikator demo</c>, in memory: synthetic NAV data, the four work outcomes, the legacy
/// six-month measure, the risk models and arbeidsindikatoren for every outcome and unit level (country, office,
/// region, need category, month; mean-residual and office fixed-effect variants), and the composed report. Writing
/// the report files is left out (disk, not computation). Baseline: the same pipeline on one thread.
/// </summary>
/// <remarks>Only library calls, the ones src/Indikator.Cli/DemoRunner.cs makes, so the suite does not reference the
/// command-line project; the demo's truth check and console tables are not timed.</remarks>
[BenchmarkCategory("Pipeline", "Guard")]
public class DemoPipelineBenchmarks
{
    private const long Seed = 42;
    private static readonly DateTimeOffset GeneratedAt = new(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Requested stock person-months: 1M and the demo's default of 2M, or <see cref="BenchmarkSizes.DemoVariable"/>.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.DemoPersonMonths();

    [ParamsSource(nameof(Sizes))]
    public int PersonMonths { get; set; }

    private SyntheticNavData? _data;

    [Benchmark(Baseline = true)]
    public Report SingleThreaded() => Run(Generate(PersonMonths, 1), 1);

    [Benchmark]
    public Report AllProcessors() => Run(Generate(PersonMonths, -1), -1);

    /// <summary>The steps after the data are in memory (outcomes, legacy measure, indicators, report): the figure of
    /// issue 12's "steps" targets. The data are generated once per process, outside the timing.</summary>
    [Benchmark]
    public Report StepsAfterData() => Run(_data!, -1);

    [GlobalSetup(Target = nameof(StepsAfterData))]
    public void GenerateOnce() => _data = Generate(PersonMonths, -1);

    [GlobalCleanup(Target = nameof(StepsAfterData))]
    public void RecordStepsAfterData() => PeakMemory.Record(typeof(DemoPipelineBenchmarks), nameof(StepsAfterData), PersonMonths);

    [GlobalCleanup(Target = nameof(SingleThreaded))]
    public void RecordSingleThreaded() => PeakMemory.Record(typeof(DemoPipelineBenchmarks), nameof(SingleThreaded), PersonMonths);

    [GlobalCleanup(Target = nameof(AllProcessors))]
    public void RecordAllProcessors() => PeakMemory.Record(typeof(DemoPipelineBenchmarks), nameof(AllProcessors), PersonMonths);

    private static SyntheticNavData Generate(int personMonths, int maxDegreeOfParallelism) => SyntheticNavData.Generate(new SyntheticOptions
    {
        Seed = Seed,
        TargetPersonMonths = personMonths,
        Months = BenchmarkSizes.DemoMonths(),
        MaxDegreeOfParallelism = maxDegreeOfParallelism,
    });

    private static Report Run(SyntheticNavData data, int maxDegreeOfParallelism)
    {
        var panel = WorkVolume.Compute(data.Stock, data.Employment, new WorkVolumeOptions(data.LastRecordMonth), maxDegreeOfParallelism).AddTo(data.Stock);
        var legacy = LegacyTransition.Compute(data.Stock, data.Statuses, data.Employment, new LegacyTransitionOptions(data.LastRecordMonth, ColumnNames.Age));
        var indicators = WorkIndicators.Compute(panel, new WorkIndicatorOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism });
        var options = new IndicatorReportOptions(
            GeneratedAt,
            string.Create(CultureInfo.InvariantCulture, $"Synthetic data (SyntheticNavData, seed {Seed}); no real person is described."))
        {
            OfficeRegions = data.Offices.ToDictionary(o => o.Name, o => o.Region, StringComparer.Ordinal),
            Providers = SyntheticProviderData.Generate(Seed),
            ProvidersAreSynthetic = true,
        };
        return IndicatorReport.Compose(indicators, legacy, options);
    }
}
