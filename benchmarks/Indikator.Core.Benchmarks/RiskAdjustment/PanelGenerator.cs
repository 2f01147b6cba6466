using Indikator.Core.Data;

namespace Indikator.Core.Benchmarks.RiskAdjustment;

/// <summary>Seeded synthetic office x period panels with covariates correlated with both fixed effects.</summary>
public static class PanelGenerator
{
    public static ColumnTable Create(int rows, int offices, int periods, int covariates, int seed)
    {
        var random = new Random(seed);
        var office = new int[rows];
        var period = new int[rows];
        var officeEffect = new double[offices];
        var periodEffect = new double[periods];
        for (var o = 0; o < offices; o++)
        {
            officeEffect[o] = Normal(random);
        }

        for (var p = 0; p < periods; p++)
        {
            periodEffect[p] = 0.5 * Normal(random);
        }

        for (var i = 0; i < rows; i++)
        {
            office[i] = random.Next(offices);
            period[i] = random.Next(periods);
        }

        var builder = new ColumnTableBuilder()
            .AddCategorical("office", office, [.. Enumerable.Range(0, offices).Select(o => $"o{o}")])
            .AddCategorical("period", period, [.. Enumerable.Range(0, periods).Select(p => $"p{p}")]);
        var y = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            y[i] = officeEffect[office[i]] + periodEffect[period[i]] + Normal(random);
        }

        for (var j = 0; j < covariates; j++)
        {
            var x = new double[rows];
            var beta = (j % 3) - 1.0 + (0.1 * j);
            for (var i = 0; i < rows; i++)
            {
                x[i] = (0.3 * officeEffect[office[i]]) - (0.2 * periodEffect[period[i]]) + Normal(random);
                y[i] += beta * x[i];
            }

            builder.AddNumeric($"x{j + 1}", x);
        }

        return builder.AddNumeric("y", y).Build();
    }

    private static double Normal(Random random)
    {
        var u = 1.0 - random.NextDouble();
        var v = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }
}
