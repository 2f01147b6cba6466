using Indikator.Core.Data;

namespace Indikator.Core.Tests.Indicators.Work;

/// <summary>Small seeded panels for the crossed-level tests: offices in two regions, three need categories, a covariate x and an outcome y.</summary>
internal static class CrossedPanels
{
    public static readonly string[] Offices = ["o1", "o2", "o3", "o4"];
    public static readonly string[] Needs = ["Standard", "Situasjonsbestemt", "Spesielt tilpasset"];
    public static readonly string[] Regions = ["r1", "r2"];

    /// <summary>Persons with one to three consecutive months in one office and need category; rows in the given order (null: as generated).</summary>
    public static PersonMonthPanel Build(int persons, int seed, int[]? order = null)
    {
        var random = new Random(seed);
        var keys = new List<long>();
        var periods = new List<YearMonth>();
        var office = new List<int>();
        var need = new List<int>();
        var x = new List<double>();
        var y = new List<double>();
        var start = new YearMonth(2024, 1);
        for (var p = 0; p < persons; p++)
        {
            var o = random.Next(Offices.Length);
            var k = random.Next(Needs.Length);
            var first = random.Next(3);
            var months = 1 + random.Next(3);
            for (var m = 0; m < months; m++)
            {
                var xi = random.NextDouble() * 10;
                keys.Add(1000 + p);
                periods.Add(start + first + m);
                office.Add(o);
                need.Add(k);
                x.Add(xi);
                y.Add((0.3 * xi) + (0.5 * o) - (0.7 * k) + (0.4 * o * k) + random.NextDouble());
            }
        }

        var rows = keys.Count;
        var at = order ?? [.. Enumerable.Range(0, rows)];
        return new PersonMonthPanelBuilder()
            .WithPersonKeys([.. at.Select(i => keys[i])])
            .WithPeriods([.. at.Select(i => periods[i])])
            .AddNumeric("x", [.. at.Select(i => x[i])])
            .AddNumeric("y", [.. at.Select(i => y[i])])
            .AddCategorical("office", [.. at.Select(i => office[i])], Offices)
            .AddCategorical("need", [.. at.Select(i => need[i])], Needs)
            .AddCategorical("region", [.. at.Select(i => office[i] / 2)], Regions)
            .Build();
    }

    /// <summary>The number of rows <see cref="Build"/> makes for these arguments.</summary>
    public static int RowCount(int persons, int seed) => Build(persons, seed).RowCount;
}
