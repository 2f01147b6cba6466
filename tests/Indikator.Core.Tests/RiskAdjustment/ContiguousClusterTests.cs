using Indikator.Core.Data;
using Indikator.Core.RiskAdjustment;
using MathNet.Numerics.LinearAlgebra;

namespace Indikator.Core.Tests.RiskAdjustment;

/// <summary>Clusters whose rows are contiguous runs (persons over rows in person order) stream their meat segment by
/// segment; these tests pin that path to the definition and to the path for clusters in any order.</summary>
public class ContiguousClusterTests
{
    private static readonly LinearModelSpec Spec = new("y", ["x", "z"]) { Weights = "w" };

    [Fact]
    public void Clustered_errors_equal_the_sandwich_computed_by_hand()
    {
        var data = ClusteredData.Create(clusters: 150, perCluster: 7, seed: 11, weights: true);
        var fit = LinearModel.Fit(data, Spec, new FitOptions { Covariance = CovarianceSpec.Cluster("cluster") });

        // V = G/(G-1) (n-1)/(n-k) B (sum_g X_g' W e_g e_g' W X_g) B with B = (X'WX)^-1.
        var n = data.RowCount;
        var x = Matrix<double>.Build.Dense(n, 3, (i, j) => j == 0 ? 1.0 : data.Numeric(j == 1 ? "x" : "z").Array[i]);
        var w = data.Numeric("w").Array;
        var y = Vector<double>.Build.Dense(data.Numeric("y").Array);
        var xtw = x.Transpose() * Matrix<double>.Build.Diagonal(w);
        var bread = (xtw * x).Inverse();
        var e = y - (x * (bread * (xtw * y)));
        var meat = Matrix<double>.Build.Dense(3, 3);
        for (var g = 0; g < 150; g++)
        {
            var score = Vector<double>.Build.Dense(3);
            for (var i = g * 7; i < (g + 1) * 7; i++)
            {
                score += x.Row(i) * (w[i] * e[i]);
            }

            meat += score.OuterProduct(score);
        }

        var v = bread * meat * bread * (150.0 / 149.0) * ((n - 1.0) / (n - 3.0));
        for (var j = 0; j < 3; j++)
        {
            Assert.Equal(Math.Sqrt(v[j, j]), fit.StandardErrors[j], Math.Sqrt(v[j, j]) * 1e-10);
        }
    }

    [Fact]
    public void Streamed_meat_is_the_same_bits_at_any_thread_count_and_when_recomputed_later()
    {
        // 600,000 rows: more than two segments of 262,144 rows, cut at cluster boundaries.
        var data = ClusteredData.Create(clusters: 60_000, perCluster: 10, seed: 5, weights: true);
        var cluster = CovarianceSpec.Cluster("cluster");
        var one = LinearModel.Fit(data, Spec, new FitOptions { Covariance = cluster, MaxDegreeOfParallelism = 1 });
        var many = LinearModel.Fit(data, Spec, new FitOptions { Covariance = cluster, MaxDegreeOfParallelism = 4 });
        Assert.Equal(one.StandardErrors, many.StandardErrors);

        var later = LinearModel.Fit(data, Spec, new FitOptions { Covariance = CovarianceSpec.Iid() }).WithCovariance(cluster);
        Assert.Equal(one.StandardErrors, later.StandardErrors);
    }

    [Fact]
    public void Clusters_in_any_row_order_give_the_same_errors()
    {
        var data = ClusteredData.Create(clusters: 60_000, perCluster: 10, seed: 5, weights: true);
        var order = Enumerable.Range(0, data.RowCount).ToArray();
        new Random(3).Shuffle(order);
        var shuffled = Reorder(data, order);
        var cluster = new FitOptions { Covariance = CovarianceSpec.Cluster("cluster") };
        var runs = LinearModel.Fit(data, Spec, cluster);
        var scattered = LinearModel.Fit(shuffled, Spec, cluster);
        for (var j = 0; j < 3; j++)
        {
            Assert.Equal(runs.StandardErrors[j], scattered.StandardErrors[j], runs.StandardErrors[j] * 1e-10);
        }
    }

    private static ColumnTable Reorder(ColumnTable data, int[] order)
    {
        var cluster = data.Categorical("cluster");
        var builder = new ColumnTableBuilder()
            .AddCategorical("cluster", [.. order.Select(i => cluster.CodeArray[i])], [.. cluster.Levels]);
        foreach (var name in new[] { "x", "z", "y", "w" })
        {
            var values = data.Numeric(name).Array;
            builder.AddNumeric(name, [.. order.Select(i => values[i])]);
        }

        return builder.Build();
    }
}
