using System.Globalization;
using Indikator.Core.Data;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Benchmarks.PushDown;

/// <summary>
/// The push-down suites' data, generated inside the database (no rows pass through .NET while generating): office (250
/// levels) and period (96 months) effects, 10 covariates, an outcome. Values come from integer hashes of the row number,
/// so every database makes the same table. Rows: INDIKATOR_BENCH_PUSHDOWN_ROWS (default 200,000; NAV's scale is
/// 25,000,000 for DuckDB and 10,000,000 for PostgreSQL).
/// </summary>
public static class PushDownBenchmarkData
{
    public const string RowsVariable = "INDIKATOR_BENCH_PUSHDOWN_ROWS";

    public const int Covariates = 10;

    public static IEnumerable<int> Rows()
    {
        var text = Environment.GetEnvironmentVariable(RowsVariable);
        return string.IsNullOrWhiteSpace(text)
            ? [200_000]
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToArray();
    }

    /// <summary>Gets the model: 10 covariates, office and period absorbed, clustered by office.</summary>
    public static LinearModelSpec Spec { get; } = new("y", [.. Enumerable.Range(0, Covariates).Select(j => $"x{j}")]) { FixedEffects = ["office", "period"] };

    public static CovarianceSpec Covariance { get; } = CovarianceSpec.Cluster("office");

    /// <summary>Gets the columns for the in-memory baselines.</summary>
    public static CsvSchema Schema { get; } = Enumerable.Range(0, Covariates)
        .Aggregate(new CsvSchema().AddCategorical("office").AddCategorical("period").AddNumeric("y"), (s, j) => s.AddNumeric($"x{j}"));

    /// <summary>A SELECT of the table's columns over a row-number column <c>i</c> of <paramref name="rows"/>.</summary>
    /// <param name="rowSource">The row source, for example <c>range(1000) AS t(i)</c> (DuckDB) or <c>generate_series(0, 999) AS t(i)</c>.</param>
    /// <param name="real">The double type's name.</param>
    public static string Select(string rowSource, string real)
    {
        string U(int k) => string.Create(CultureInfo.InvariantCulture, $"CAST(((i * {7919 + (104_729 * k)} + {k * 31}) % 1000003) AS {real}) / 1000003.0");
        var x = Enumerable.Range(0, Covariates).Select(j => $"{U(j + 1)} * {j + 1} AS x{j}");
        var y = string.Join(" + ", Enumerable.Range(0, Covariates).Select(j => string.Create(CultureInfo.InvariantCulture, $"{0.1 * (j + 1)} * {U(j + 1)} * {j + 1}")));
        return $"SELECT 'K' || CAST((i * 7) % 250 AS VARCHAR) AS office, 'M' || CAST(i % 96 AS VARCHAR) AS period, {string.Join(", ", x)}, "
            + $"{y} + CAST((i * 7) % 250 AS {real}) / 250.0 + CAST(i % 96 AS {real}) / 96.0 + {U(0)} AS y FROM {rowSource}";
    }
}
