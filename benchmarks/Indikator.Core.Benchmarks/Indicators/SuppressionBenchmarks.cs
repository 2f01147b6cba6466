using BenchmarkDotNet.Attributes;
using Indikator.Core.Indicators.Disclosure;

namespace Indikator.Core.Benchmarks.Indicators;

/// <summary>
/// Small-cell suppression of an offices x months table of person counts with row and column totals,
/// the shape of a monthly office table over three years. Baseline: primary suppression only.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Indicators", "Disclosure")]
public class SuppressionBenchmarks
{
    private static readonly SuppressionOptions PrimaryOnlyOptions = new() { ApplySecondarySuppression = false };
    private static readonly SuppressionOptions FullOptions = new();

    private CountTable _table = null!;

    /// <summary>The number of offices (rows).</summary>
    [Params(300)]
    public int Offices { get; set; }

    /// <summary>The number of months (columns).</summary>
    [Params(36)]
    public int Months { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240501);
        var cells = new List<CountCell>(Offices * Months);
        for (var office = 0; office < Offices; office++)
        {
            // Office sizes vary a lot; small offices produce many cells under 5.
            var size = random.Next(1, 60);
            for (var month = 0; month < Months; month++)
            {
                var count = random.NextDouble() < 0.15 ? random.Next(0, 5) : random.Next(0, size);
                cells.Add(new CountCell($"office-{office:D3}", $"m{month:D2}", count));
            }
        }

        _table = CountTable.Create(cells, TableMargins.Both);
    }

    [Benchmark(Baseline = true)]
    public int PrimaryOnly() => DisclosureControl.Suppress(_table, PrimaryOnlyOptions).PrimaryCount;

    [Benchmark]
    public int PrimaryAndSecondary() => DisclosureControl.Suppress(_table, FullOptions).SecondaryCount;
}
