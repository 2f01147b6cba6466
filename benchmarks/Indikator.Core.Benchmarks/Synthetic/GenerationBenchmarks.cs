using BenchmarkDotNet.Attributes;
using Indikator.Core.Synthetic;

namespace Indikator.Core.Benchmarks.Synthetic;

/// <summary>Generation of the synthetic NAV data set: one thread (baseline) against all processors.</summary>
[BenchmarkCategory("Synthetic")]
public class GenerationBenchmarks
{
    private SyntheticOptions _options = new();

    /// <summary>Requested stock person-months.</summary>
    [Params(1_000_000, 10_000_000)]
    public int PersonMonths { get; set; }

    [GlobalSetup]
    public void Setup() => _options = new SyntheticOptions { Seed = 42, TargetPersonMonths = PersonMonths };

    [Benchmark(Baseline = true)]
    public SyntheticNavData SingleThreaded() => SyntheticNavData.Generate(_options with { MaxDegreeOfParallelism = 1 });

    [Benchmark]
    public SyntheticNavData AllProcessors() => SyntheticNavData.Generate(_options with { MaxDegreeOfParallelism = -1 });
}
