using System.Globalization;

namespace Indikator.Core.Benchmarks;

/// <summary>
/// Row counts for the large suites. The default is 1M and 10M person-months; the environment variable
/// INDIKATOR_BENCH_ROWS (comma-separated, e.g. "1000000,10000000,30000000") overrides it, and the
/// performance guard sets it to a small size so a guard run takes minutes, not an hour. The demo pipeline has its
/// own variable, INDIKATOR_BENCH_DEMO_ROWS (default 1M and the demo's 2M), because it holds several times the data of
/// one suite and does not go to 10M on a workplace machine.
/// </summary>
public static class BenchmarkSizes
{
    public const string Variable = "INDIKATOR_BENCH_ROWS";

    public const string DemoVariable = "INDIKATOR_BENCH_DEMO_ROWS";

    /// <summary>The demo pipeline's stock months (default 36, the demo's default; 96 is NAV's 2017-2024).</summary>
    public const string DemoMonthsVariable = "INDIKATOR_BENCH_DEMO_MONTHS";

    /// <summary>The command-line demo's sizes (<c>CliDemoBenchmarks</c>): each run is a whole <c>indikator demo</c> process.</summary>
    public const string CliDemoVariable = "INDIKATOR_BENCH_CLI_ROWS";

    public const string ColdStartVariable = "INDIKATOR_BENCH_COLD_ROWS";

    public const string TrialVariable = "INDIKATOR_BENCH_TRIAL_ROWS";

    public static IEnumerable<int> PersonMonths() => Read(Variable, [1_000_000, 10_000_000]);

    public static IEnumerable<int> DemoPersonMonths() => Read(DemoVariable, [1_000_000, 2_000_000]);

    /// <summary>The command-line demo runs the demo's default 2M person-months unless INDIKATOR_BENCH_CLI_ROWS says otherwise (25M is NAV's scale).</summary>
    public static IEnumerable<int> CliDemoPersonMonths() => Read(CliDemoVariable, [2_000_000]);

    /// <summary>The demo pipeline's stock months, from INDIKATOR_BENCH_DEMO_MONTHS (default 36).</summary>
    public static int DemoMonths() => Read(DemoMonthsVariable, [36]).First();

    /// <summary>The cold-start suite runs one size (INDIKATOR_BENCH_COLD_ROWS, default 10M): each launch is a fresh process.</summary>
    public static IEnumerable<int> ColdStartPersonMonths() => Read(ColdStartVariable, [10_000_000]);

    /// <summary>The trial evaluation runs at the demo's 2M person-months (INDIKATOR_BENCH_TRIAL_ROWS), the size issue 15 asks for.</summary>
    public static IEnumerable<int> TrialPersonMonths() => Read(TrialVariable, [2_000_000]);

    private static IEnumerable<int> Read(string variable, int[] defaults)
    {
        var text = Environment.GetEnvironmentVariable(variable);
        return string.IsNullOrWhiteSpace(text)
            ? defaults
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => int.Parse(s, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
    }
}
