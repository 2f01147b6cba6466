using Indikator.Core.Data;

namespace Indikator.Core.Tests.RiskAdjustment;

/// <summary>Seeded clustered data for the bootstrap tests: y = 1 + beta x + z + cluster effect + error, with the
/// cluster effect also shifting x, errors correlated within clusters and heteroskedastic in x.</summary>
internal static class ClusteredData
{
    public const double Beta = 0.5;

    public static ColumnTable Create(int clusters, int perCluster, int seed, bool weights = false)
    {
        var random = new Random(seed);
        var n = clusters * perCluster;
        var cluster = new int[n];
        var x = new double[n];
        var z = new double[n];
        var y = new double[n];
        var w = new double[n];
        for (var g = 0; g < clusters; g++)
        {
            var effect = Normal(random);
            var shock = Normal(random);
            for (var r = 0; r < perCluster; r++)
            {
                var i = (g * perCluster) + r;
                cluster[i] = g;
                x[i] = (0.5 * effect) + Normal(random);
                z[i] = random.NextDouble();
                var error = (0.7 * shock * (1 + (0.3 * Math.Abs(x[i])))) + Normal(random);
                y[i] = 1 + (Beta * x[i]) + (0.25 * z[i]) + effect + error;
                w[i] = 0.5 + random.NextDouble();
            }
        }

        var builder = new ColumnTableBuilder()
            .AddCategorical("cluster", cluster, [.. Enumerable.Range(0, clusters).Select(g => $"g{g}")])
            .AddNumeric("x", x)
            .AddNumeric("z", z)
            .AddNumeric("y", y);
        if (weights)
        {
            builder.AddNumeric("w", w);
        }

        return builder.Build();
    }

    private static double Normal(Random random)
        => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
