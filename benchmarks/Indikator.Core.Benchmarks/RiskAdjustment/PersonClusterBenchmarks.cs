using BenchmarkDotNet.Attributes;
using Indikator.Core.Data;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Benchmarks.RiskAdjustment;

/// <summary>
/// Standard errors clustered by person, as every risk model of the work indicators has them: the main model (10
/// covariates, office (300) and period (60) fixed effects) with persons of 8 person-months each (G = rows / 8), against
/// clustering by office as baseline. Rows in person order let the meat stream segment by segment (p x p per segment,
/// in parallel); the same persons scattered over the rows need G x p partial sums, in one segment once those exceed the
/// budget (CovarianceComputer.Segments).
/// </summary>
[BenchmarkCategory("RiskAdjustment")]
public class PersonClusterBenchmarks
{
    private const int MonthsPerPerson = 8;
    private static readonly string[] Covariates = [.. Enumerable.Range(1, 10).Select(i => $"x{i}")];
    private ColumnTable _data = null!;
    private LinearModelSpec _spec = null!;

    /// <summary>Gets or sets the number of rows (INDIKATOR_BENCH_ROWS, default 1M and 10M).</summary>
    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    /// <summary>The row counts.</summary>
    public static IEnumerable<int> RowCounts() => BenchmarkSizes.PersonMonths();

    [GlobalSetup]
    public void Setup()
    {
        var panel = PanelGenerator.Create(Rows, offices: 300, periods: 60, covariates: 10, seed: 20261206);
        var persons = (Rows + MonthsPerPerson - 1) / MonthsPerPerson;
        var inOrder = new int[Rows];
        for (var i = 0; i < Rows; i++)
        {
            inOrder[i] = i / MonthsPerPerson;
        }

        var scattered = (int[])inOrder.Clone();
        new Random(11).Shuffle(scattered);
        var levels = Enumerable.Range(0, persons).Select(p => p.ToString("D8", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        _data = PanelColumns.Builder(panel)
            .AddCategorical("person", inOrder, levels)
            .AddCategorical("person_scattered", scattered, levels)
            .Build();
        _spec = new LinearModelSpec("y", Covariates) { FixedEffects = ["office", "period"] };
    }

    [Benchmark(Baseline = true)]
    public LinearModelResult ClusterByOffice() => Fit(CovarianceSpec.Cluster("office"));

    [Benchmark]
    public LinearModelResult ClusterByPersonRowsInPersonOrder() => Fit(CovarianceSpec.Cluster("person"));

    [Benchmark]
    public LinearModelResult ClusterByPersonRowsScattered() => Fit(CovarianceSpec.Cluster("person_scattered"));

    private LinearModelResult Fit(CovarianceSpec covariance)
        => LinearModel.Fit(_data, _spec, new FitOptions { Covariance = covariance });
}
