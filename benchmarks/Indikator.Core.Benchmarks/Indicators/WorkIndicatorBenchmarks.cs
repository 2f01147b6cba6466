using BenchmarkDotNet.Attributes;
using Indikator.Core.Data;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Outcomes;
using Indikator.Core.Synthetic;

namespace Indikator.Core.Benchmarks.Indicators;

/// <summary>
/// Arbeidsindikatoren for one outcome (jobb3) on synthetic stock data: risk model, aggregation per country, office,
/// region and need category and month, suppression, shrinkage and funnel limits. Baseline: variant (a) only (one
/// fit); the other adds variant (b) for offices (a second fit with office and period fixed effects).
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Indicators", "Work")]
public class WorkIndicatorBenchmarks
{
    private PersonMonthPanel _panel = null!;

    /// <summary>Stock person-months.</summary>
    [Params(300_000, 2_000_000)]
    public int PersonMonths { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = SyntheticNavData.Generate(new SyntheticOptions { Seed = 42, TargetPersonMonths = PersonMonths, Months = 36 });
        _panel = WorkVolume.Compute(data.Stock, data.Employment, new WorkVolumeOptions(data.LastRecordMonth)).AddTo(data.Stock);
    }

    [Benchmark(Baseline = true)]
    public int MeanResidualOnly()
        => WorkIndicators.Compute(_panel, new WorkIndicatorOptions { Outcomes = ["jobb3"], FixedEffectLevels = [] }).Tables.Count;

    [Benchmark]
    public int WithOfficeFixedEffects()
        => WorkIndicators.Compute(_panel, new WorkIndicatorOptions { Outcomes = ["jobb3"] }).Tables.Count;
}
