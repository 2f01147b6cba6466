using BenchmarkDotNet.Attributes;
using Indikator.Core.Data;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Benchmarks.RiskAdjustment;

/// <summary>
/// How the main fit (10 covariates, office and period fixed effects, SE clustered by office, 1M rows) grows with
/// the number of office levels: the exact two-way path (forced) and the automatic choice against alternating
/// projections as baseline. At 300 and 3,000 offices the automatic choice is the exact path, at 10,000 and 30,000
/// alternating projections (see AbsorptionStrategy.Auto).
/// </summary>
[BenchmarkCategory("RiskAdjustment")]
public class FitLevelBenchmarks
{
    private static readonly string[] Covariates = [.. Enumerable.Range(1, 10).Select(i => $"x{i}")];
    private ColumnTable _data = null!;
    private LinearModelSpec _spec = null!;

    [Params(300, 3_000, 10_000, 30_000)]
    public int Offices { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = PanelGenerator.Create(1_000_000, Offices, periods: 60, covariates: 10, seed: 20261126);
        _spec = new LinearModelSpec("y", Covariates) { FixedEffects = ["office", "period"] };
    }

    [Benchmark(Baseline = true)]
    public LinearModelResult AlternatingProjections() => Fit(AbsorptionStrategy.AlternatingProjections);

    [Benchmark]
    public LinearModelResult ExactTwoWay() => Fit(AbsorptionStrategy.Exact);

    [Benchmark]
    public LinearModelResult Automatic() => Fit(AbsorptionStrategy.Auto);

    private LinearModelResult Fit(AbsorptionStrategy absorption)
        => LinearModel.Fit(_data, _spec, new FitOptions { Absorption = absorption, Covariance = CovarianceSpec.Cluster("office") });
}
