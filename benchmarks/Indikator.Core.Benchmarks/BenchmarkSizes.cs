using System.Globalization;

namespace Indikator.Core.Benchmarks;

/// <summary>
/// Row counts for the large suites. The default is 1M and 10M person-months; the environment variable
/// INDIKATOR_BENCH_ROWS (comma-separated, e.g. "1000000,10000000,30000000") overrides it, and the
/// performance guard sets it to a small size so a guard run takes minutes, not an hour.
/// </summary>
public static class BenchmarkSizes
{
    public const string Variable = "INDIKATOR_BENCH_ROWS";

    public static IEnumerable<int> PersonMonths()
    {
        var text = Environment.GetEnvironmentVariable(Variable);
        return string.IsNullOrWhiteSpace(text)
            ? [1_000_000, 10_000_000]
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => int.Parse(s, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
    }
}
