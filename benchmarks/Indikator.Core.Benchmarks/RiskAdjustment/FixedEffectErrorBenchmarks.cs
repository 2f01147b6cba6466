using BenchmarkDotNet.Attributes;
using Indikator.Core.Data;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Benchmarks.RiskAdjustment;

/// <summary>
/// Standard errors of every office and period level (office + period fixed effects, clustered by office): the
/// aggregate computation on an absorbed fit against the baseline of fitting the model with office and period
/// dummies and reading the dummies' errors.
/// </summary>
[BenchmarkCategory("RiskAdjustment", "FixedEffectErrors")]
public class FixedEffectErrorBenchmarks
{
    private static readonly string[] Covariates = [.. Enumerable.Range(1, 5).Select(i => $"x{i}")];
    private static readonly SmallSampleCorrection Full = SmallSampleCorrection.Default with { FixedEffects = FixedEffectDof.Full };
    private ColumnTable _data = null!;

    [Params(20_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => _data = PanelGenerator.Create(Rows, offices: 100, periods: 24, covariates: 5, seed: 20261126);

    [Benchmark(Baseline = true)]
    public IReadOnlyList<double> DummyRegression()
        => LinearModel.Fit(
            _data,
            new LinearModelSpec("y", Covariates) { Categorical = [new CategoricalTerm("office"), new CategoricalTerm("period")] },
            new FitOptions { Covariance = CovarianceSpec.Cluster("office", Full) }).StandardErrors;

    [Benchmark]
    public IReadOnlyList<FixedEffectLevelEstimates> AbsorbedFitAndLevelErrors()
        => LinearModel.Fit(
            _data,
            new LinearModelSpec("y", Covariates) { FixedEffects = ["office", "period"] },
            new FitOptions { Covariance = CovarianceSpec.Cluster("office", Full) }).FixedEffectStandardErrors(FixedEffectContrast.DifferenceFromReference);
}
