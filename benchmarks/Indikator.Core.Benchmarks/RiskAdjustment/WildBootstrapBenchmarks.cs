using BenchmarkDotNet.Attributes;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Benchmarks.RiskAdjustment;

/// <summary>
/// NAV's follow-up design: office (here 12 "regions") and period fixed effects, 5 covariates, errors clustered by
/// region, a WCR test of one slope with Webb weights and B = 4999. The library's O(G p) per replication algorithm
/// (p-value and confidence interval) against a naive bootstrap that rebuilds y*, beta* and the CR1 error from the
/// demeaned rows in every replication (O(n p) each, p-value only, Rademacher draws: the cost does not depend on the
/// weight distribution).
/// </summary>
[BenchmarkCategory("RiskAdjustment", "Bootstrap")]
public class WildBootstrapBenchmarks
{
    private const int Replications = 4999;
    private const int Regions = 12;
    private static readonly string[] Covariates = [.. Enumerable.Range(1, 5).Select(i => $"x{i}")];
    private LinearModelResult _fit = null!;
    private double[][] _x = null!;
    private double[] _restrictedFit = null!;
    private double[] _restrictedResidual = null!;
    private int[] _cluster = null!;
    private double _t;

    [Params(10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = PanelGenerator.Create(Rows, offices: Regions, periods: 60, covariates: 5, seed: 20261126);
        _fit = LinearModel.Fit(
            data,
            new LinearModelSpec("y", Covariates) { FixedEffects = ["office", "period"] },
            new FitOptions { Covariance = CovarianceSpec.Cluster("office") });

        // The naive baseline works on materialised demeaned columns, prepared here and not timed.
        var state = _fit.State;
        var p = state.KeptCount;
        var m = state.Design.Columns;
        var n = state.N;
        var buffer = new double[m * n];
        state.Design.Fill(0, n, buffer);
        _x = new double[p][];
        for (var j = 0; j < p; j++)
        {
            _x[j] = buffer.AsSpan(state.Kept[j] * n, n).ToArray();
        }

        var y = buffer.AsSpan((m - 1) * n, n).ToArray();
        var restricted = new double[p];
        var b = _fit.Estimates;
        var bread = state.Bread;
        for (var j = 0; j < p; j++)
        {
            restricted[j] = b[j] - (bread[j * p] * (b[0] - 0) / bread[0]);
        }

        _restrictedFit = new double[n];
        _restrictedResidual = new double[n];
        for (var i = 0; i < n; i++)
        {
            var fit = 0.0;
            for (var j = 0; j < p; j++)
            {
                fit += _x[j][i] * restricted[j];
            }

            _restrictedFit[i] = fit;
            _restrictedResidual[i] = y[i] - fit;
        }

        _cluster = state.Frame.FixedEffectCodes[0];

        // The actual t with the same unscaled CR formula as the replications (the small-sample factor cancels).
        var perCluster = new double[Regions];
        var residuals = state.Residuals;
        for (var i = 0; i < n; i++)
        {
            var s = 0.0;
            for (var j = 0; j < p; j++)
            {
                s += bread[j] * _x[j][i];
            }

            perCluster[_cluster[i]] += s * residuals[i];
        }

        _t = b[0] / Math.Sqrt(perCluster.Sum(a => a * a));
    }

    [Benchmark(Baseline = true)]
    public double NaivePValue()
    {
        var state = _fit.State;
        var p = state.KeptCount;
        var n = state.N;
        var bread = state.Bread;
        var v = new double[Regions];
        var random = new Random(1);
        var ystar = new double[n];
        var scores = new double[Regions * p];
        var t = _t;
        var exceed = 0;
        for (var rep = 0; rep < Replications; rep++)
        {
            for (var g = 0; g < Regions; g++)
            {
                v[g] = random.Next(2) == 0 ? -1 : 1;
            }

            for (var i = 0; i < n; i++)
            {
                ystar[i] = _restrictedFit[i] + (v[_cluster[i]] * _restrictedResidual[i]);
            }

            var xy = new double[p];
            for (var j = 0; j < p; j++)
            {
                var s = 0.0;
                for (var i = 0; i < n; i++)
                {
                    s += _x[j][i] * ystar[i];
                }

                xy[j] = s;
            }

            var beta = new double[p];
            for (var j = 0; j < p; j++)
            {
                for (var l = 0; l < p; l++)
                {
                    beta[j] += bread[(j * p) + l] * xy[l];
                }
            }

            Array.Clear(scores);
            for (var i = 0; i < n; i++)
            {
                var e = ystar[i];
                for (var j = 0; j < p; j++)
                {
                    e -= _x[j][i] * beta[j];
                }

                for (var j = 0; j < p; j++)
                {
                    scores[(_cluster[i] * p) + j] += e * _x[j][i];
                }
            }

            var meat = 0.0;
            for (var g = 0; g < Regions; g++)
            {
                var s = 0.0;
                for (var j = 0; j < p; j++)
                {
                    s += bread[j] * scores[(g * p) + j];
                }

                meat += s * s;
            }

            if (Math.Abs(beta[0] / Math.Sqrt(meat)) >= Math.Abs(t))
            {
                exceed++;
            }
        }

        return exceed / (double)Replications;
    }

    [Benchmark]
    public WildBootstrapResult FastPValueAndInterval()
        => _fit.WildClusterBootstrap(new WildBootstrapSpec("x1", "office") { Replications = Replications });
}
