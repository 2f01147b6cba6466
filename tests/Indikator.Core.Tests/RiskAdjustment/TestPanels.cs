using Indikator.Core.Data;

namespace Indikator.Core.Tests.RiskAdjustment;

/// <summary>Seeded synthetic panels for behaviour and property tests.</summary>
internal static class TestPanels
{
    public static readonly string[] Covariates = ["x1", "x2", "x3"];

    public static ColumnTable Create(int rows, int offices, int periods, int seed, int regions = 0, bool weights = false)
        => Build(rows, offices, periods, seed, regions, weights, null);

    /// <summary>The same panel with rows in the order given by <paramref name="order"/>.</summary>
    public static ColumnTable Build(int rows, int offices, int periods, int seed, int regions, bool weights, int[]? order)
    {
        var random = new Random(seed);
        var office = new int[rows];
        var period = new int[rows];
        var region = new int[rows];
        var x = new double[3][];
        for (var j = 0; j < 3; j++)
        {
            x[j] = new double[rows];
        }

        var y = new double[rows];
        var w = new double[rows];
        var officeEffect = Enumerable.Range(0, offices).Select(_ => random.NextDouble() * 4).ToArray();
        var periodEffect = Enumerable.Range(0, periods).Select(_ => random.NextDouble()).ToArray();
        var regionEffect = Enumerable.Range(0, Math.Max(1, regions)).Select(_ => random.NextDouble() * 2).ToArray();
        for (var i = 0; i < rows; i++)
        {
            // Every office and period appears early, so no level is empty and the graph is connected.
            office[i] = i < offices ? i : random.Next(offices);
            period[i] = i < periods ? i : random.Next(periods);
            region[i] = regions > 0 ? (i < regions ? i : random.Next(regions)) : 0;
            for (var j = 0; j < 3; j++)
            {
                x[j][i] = random.NextDouble() + (0.3 * officeEffect[office[i]]) - (j * periodEffect[period[i]]);
            }

            y[i] = (0.5 * x[0][i]) - (1.5 * x[1][i]) + (2 * x[2][i]) + officeEffect[office[i]] + periodEffect[period[i]]
                + (regions > 0 ? regionEffect[region[i]] : 0) + ((random.NextDouble() - 0.5) * (1 + (office[i] % 3)));
            w[i] = 0.5 + random.NextDouble();
        }

        int[] Reorder(int[] a) => order is null ? a : [.. order.Select(i => a[i])];
        double[] ReorderD(double[] a) => order is null ? a : [.. order.Select(i => a[i])];
        var builder = new ColumnTableBuilder()
            .AddCategorical("office", Reorder(office), [.. Enumerable.Range(0, offices).Select(o => $"o{o}")])
            .AddCategorical("period", Reorder(period), [.. Enumerable.Range(0, periods).Select(p => $"p{p}")]);
        if (regions > 0)
        {
            builder.AddCategorical("region", Reorder(region), [.. Enumerable.Range(0, regions).Select(r => $"r{r}")]);
        }

        for (var j = 0; j < 3; j++)
        {
            builder.AddNumeric($"x{j + 1}", ReorderD(x[j]));
        }

        builder.AddNumeric("y", ReorderD(y));
        if (weights)
        {
            builder.AddNumeric("w", ReorderD(w));
        }

        return builder.Build();
    }
}
