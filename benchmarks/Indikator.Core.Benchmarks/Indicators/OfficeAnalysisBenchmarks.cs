using BenchmarkDotNet.Attributes;
using Indikator.Core.Data;
using Indikator.Core.Indicators.Variation;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Outcomes;
using Indikator.Core.RiskAdjustment;
using Indikator.Core.Synthetic;

namespace Indikator.Core.Benchmarks.Indicators;

/// <summary>
/// The optional report sections on top of the jobb3 indicators (issue 15): the variance decomposition of the offices
/// and the comparison of the risk models. Each iteration starts from a freshly computed work-indicator result, so the
/// times include the refits a fresh result makes on first request (the variant (a) model for the decomposition; the
/// (a) and (b) models and the two alternatives for the comparison), as in <c>indikator demo --variation
/// --compare-models</c>. Baseline: the decomposition. Sizes: <see cref="BenchmarkSizes.DemoVariable"/>.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Indicators", "Variation")]
public class OfficeAnalysisBenchmarks
{
    private PersonMonthPanel _panel = null!;
    private WorkIndicatorResult _work = null!;

    /// <summary>Requested stock person-months: 1M and the demo's 2M, or <see cref="BenchmarkSizes.DemoVariable"/>.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.DemoPersonMonths();

    [ParamsSource(nameof(Sizes))]
    public int PersonMonths { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = SyntheticNavData.Generate(new SyntheticOptions { Seed = 42, TargetPersonMonths = PersonMonths, Months = 36 });
        _panel = WorkVolume.Compute(data.Stock, data.Employment, new WorkVolumeOptions(data.LastRecordMonth)).AddTo(data.Stock);
    }

    [IterationSetup]
    public void ComputeIndicators() => _work = WorkIndicators.Compute(_panel, new WorkIndicatorOptions { Outcomes = ["jobb3"] });

    [Benchmark(Baseline = true)]
    public VarianceDecompositionResult VarianceDecompositionOfOffices() => VarianceDecomposition.Compute(_work);

    [Benchmark]
    public ModelComparison RiskModelsCompared() => WorkModelComparison.Create(_work);

    [GlobalCleanup(Target = nameof(VarianceDecompositionOfOffices))]
    public void RecordDecomposition() => PeakMemory.Record(typeof(OfficeAnalysisBenchmarks), nameof(VarianceDecompositionOfOffices), PersonMonths);

    [GlobalCleanup(Target = nameof(RiskModelsCompared))]
    public void RecordComparison() => PeakMemory.Record(typeof(OfficeAnalysisBenchmarks), nameof(RiskModelsCompared), PersonMonths);
}
