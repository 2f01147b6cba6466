using BenchmarkDotNet.Attributes;
using Indikator.Core.Data;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Benchmarks.RiskAdjustment;

/// <summary>
/// The cost of each covariance choice, of weights and of a third absorbed fixed effect, on the main model
/// (10 covariates, office (300) and period (60) fixed effects) at 1M rows, against the IID fit as baseline.
/// </summary>
[BenchmarkCategory("RiskAdjustment")]
public class FitVariantBenchmarks
{
    private static readonly string[] Covariates = [.. Enumerable.Range(1, 10).Select(i => $"x{i}")];
    private ColumnTable _data = null!;
    private LinearModelSpec _spec = null!;

    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var panel = PanelGenerator.Create(Rows, offices: 300, periods: 60, covariates: 10, seed: 20261126);
        var random = new Random(7);
        var weight = new double[Rows];
        var group = new int[Rows];
        for (var i = 0; i < Rows; i++)
        {
            weight[i] = 0.5 + random.NextDouble();
            group[i] = random.Next(100);
        }

        _data = PanelColumns.Builder(panel)
            .AddNumeric("w", weight)
            .AddCategorical("group", group, [.. Enumerable.Range(0, 100).Select(g => $"g{g}")])
            .Build();
        _spec = new LinearModelSpec("y", Covariates) { FixedEffects = ["office", "period"] };
    }

    [Benchmark(Baseline = true)]
    public LinearModelResult Iid() => Fit(_spec, CovarianceSpec.Iid());

    [Benchmark]
    public LinearModelResult HeteroskedasticityRobust() => Fit(_spec, CovarianceSpec.Robust());

    [Benchmark]
    public LinearModelResult ClusterByOffice() => Fit(_spec, CovarianceSpec.Cluster("office"));

    [Benchmark]
    public LinearModelResult TwoWayCluster() => Fit(_spec, CovarianceSpec.TwoWayCluster("office", "period"));

    [Benchmark]
    public LinearModelResult WeightedClusterByOffice() => Fit(_spec with { Weights = "w" }, CovarianceSpec.Cluster("office"));

    [Benchmark]
    public LinearModelResult ThreeWayFixedEffects() => Fit(_spec with { FixedEffects = ["office", "period", "group"] }, CovarianceSpec.Cluster("office"));

    private LinearModelResult Fit(LinearModelSpec spec, CovarianceSpec covariance)
        => LinearModel.Fit(_data, spec, new FitOptions { Covariance = covariance });
}
