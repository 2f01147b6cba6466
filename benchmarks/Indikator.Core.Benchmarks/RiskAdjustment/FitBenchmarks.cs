using BenchmarkDotNet.Attributes;
using Indikator.Core.Data;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Benchmarks.RiskAdjustment;

/// <summary>
/// The main case of the engine: 10 covariates, office (300 levels) and period (60 levels) fixed effects,
/// standard errors clustered by office. The fast path (exact two-way solve on cell sums, streamed cross-products)
/// against alternating projections on the same model as the baseline.
/// </summary>
[BenchmarkCategory("RiskAdjustment", "Guard")]
public class FitBenchmarks
{
    private static readonly string[] Covariates = [.. Enumerable.Range(1, 10).Select(i => $"x{i}")];
    private ColumnTable _data = null!;
    private LinearModelSpec _spec = null!;

    public static IEnumerable<int> Sizes => BenchmarkSizes.PersonMonths();

    [ParamsSource(nameof(Sizes))]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = PanelGenerator.Create(Rows, offices: 300, periods: 60, covariates: 10, seed: 20261126);
        _spec = new LinearModelSpec("y", Covariates) { FixedEffects = ["office", "period"] };
    }

    [Benchmark(Baseline = true)]
    public LinearModelResult AlternatingProjections()
        => LinearModel.Fit(_data, _spec, new FitOptions { Absorption = AbsorptionStrategy.AlternatingProjections, Covariance = CovarianceSpec.Cluster("office") });

    [Benchmark]
    public LinearModelResult ExactTwoWay()
        => LinearModel.Fit(_data, _spec, new FitOptions { Absorption = AbsorptionStrategy.Exact, Covariance = CovarianceSpec.Cluster("office") });
}
