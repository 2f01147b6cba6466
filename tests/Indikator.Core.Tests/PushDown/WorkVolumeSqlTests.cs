using System.Globalization;
using DuckDB.NET.Data;
using Indikator.Core.Data;
using Indikator.Core.DuckDB;
using Indikator.Core.Outcomes;
using Indikator.Core.Parquet;
using Indikator.Core.PushDown;
using Indikator.Core.Synthetic;
using Indikator.Core.Tests.Data.Sources;

namespace Indikator.Core.Tests.PushDown;

/// <summary>The work outcomes written as SQL (<see cref="WorkVolumeSql"/>) and run by DuckDB equal
/// <see cref="WorkVolume.Compute(PersonMonthPanel, EmploymentRecords, WorkVolumeOptions, CancellationToken)"/> on the same
/// records, row by row. The test reads the derived rows back to compare them; the push-down run never does.</summary>
public sealed class WorkVolumeSqlTests : IDisposable
{
    // The SQL adds a month's jobs in DuckDB's order, memory in its own: equal to rounding of a few additions.
    private const double Tolerance = 1e-12;

    private readonly string _folder = SourcePanels.NewFolder();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Synthetic_stock_and_employment_give_the_in_memory_outcomes_row_by_row()
    {
        var data = SyntheticNavData.Generate(new SyntheticOptions { TargetPersonMonths = 8_000, Months = 18, Seed = 5 });
        var records = data.Employment;
        var employment = new PersonMonthPanelBuilder().WithPersonKeys(records.PersonKeys.ToArray()).WithPeriods(records.Months.ToArray())
            .AddNumeric("weekly_hours", records.WeeklyHours.ToArray()).Build();
        ParquetTableWriter.Write(data.Stock, Path.Combine(_folder, "stock.parquet"));
        ParquetTableWriter.Write(employment, Path.Combine(_folder, "employment.parquet"));

        // A last complete month inside the stock's months, so that some outcomes are censored.
        var last = data.Stock.Periods.ToArray().Max(p => p.Index) - 4;
        var options = new WorkVolumeOptions(YearMonth.FromIndex(last))
        {
            Outcomes = [.. WorkOutcome.Nav, WorkOutcome.ShareOfFullTime(6)],
        };

        AssertSame(data.Stock, records, options, $"select * from read_parquet('{Path.Combine(_folder, "stock.parquet")}')", $"select * from read_parquet('{Path.Combine(_folder, "employment.parquet")}')");
    }

    [Fact]
    public void Cap_threshold_several_jobs_duplicates_and_date_months_follow_the_definitions()
    {
        // Person 1: two jobs of 20 hours in 2024-04 (capped at 37.5), exactly 19 hours in 2024-05 (not in work),
        // 19.5 in 2024-06; person 2 has no record; person 3 has records only before its stock month and after the window;
        // person 1's stock row of 2024-03 appears twice.
        long[] keys = [1, 1, 2, 3, 1];
        YearMonth[] periods = [Month("2024-03"), Month("2024-04"), Month("2024-03"), Month("2024-05"), Month("2024-03")];
        var stock = new PersonMonthPanelBuilder().WithPersonKeys(keys).WithPeriods(periods).Build();
        var records = new EmploymentRecords(
            [1, 1, 1, 1, 3, 3, 4],
            [Month("2024-04"), Month("2024-04"), Month("2024-05"), Month("2024-06"), Month("2024-02"), Month("2025-09"), Month("2024-04")],
            [20, 20, 19, 19.5, 30, 30, 40]);
        var options = new WorkVolumeOptions(Month("2024-12")) { Outcomes = [WorkOutcome.AverageHours(3), WorkOutcome.InWork(1), WorkOutcome.InWork(2), WorkOutcome.InWork(3)] };
        var stockQuery = "select * from (values (1, DATE '2024-03-01'), (1, DATE '2024-04-01'), (2, DATE '2024-03-01'), (3, DATE '2024-05-01'), (1, DATE '2024-03-01')) as s(person_key, period)";
        var employmentQuery = "select * from (values (1, '2024-04', 20.0), (1, '2024-04', 20.0), (1, '2024-05', 19.0), (1, '2024-06', 19.5), (3, '2024-02', 30.0), (3, '2025-09', 30.0), (4, '2024-04', 40.0)) as e(person_key, period, weekly_hours)";

        var (sql, _) = AssertSame(stock, records, options, stockQuery, employmentQuery);

        Assert.Equal(new[] { (37.5 + 19 + 19.5) / 3, 1, 0, 1 }, sql[(1, Month("2024-03").Index)]);
        Assert.Equal(new[] { 0.0, 0, 0, 0 }, sql[(2, Month("2024-03").Index)]);
    }

    /// <summary>Runs the SQL on DuckDB, reads the derived rows back and compares them with WorkVolume; returns both per (person, month).</summary>
    private static (Dictionary<(long, int), double[]> Sql, Dictionary<(long, int), double[]> Memory) AssertSame(
        PersonMonthPanel stock, EmploymentRecords records, WorkVolumeOptions options, string stockQuery, string employmentQuery)
    {
        var memory = WorkVolume.Compute(stock, records, options);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        var runner = new DbAggregateRunner(connection, "test", "DuckDB", CancellationToken.None);
        var sql = new WorkVolumeSql(DuckDbDialect.Instance, new WorkVolumeSource(stockQuery, "person_key", "period", [], employmentQuery, "person_key", "period", "weekly_hours", options));
        var periodIsDate = runner.ColumnType(sql.StockPeriodProbe()) == SourceType.Date;
        var monthIsDate = runner.ColumnType(sql.EmploymentMonthProbe()) == SourceType.Date;
        var stockMonths = runner.Run(sql.StockMonths(periodIsDate), 1).Select(r => (r.Keys[0], Month(r.Keys[0]))).ToList();
        var employmentMonths = runner.Run(sql.EmploymentMonths(monthIsDate), 1).Select(r => (r.Keys[0], Month(r.Keys[0]))).ToList();
        var derived = sql.Stock(stockMonths, employmentMonths, periodIsDate, monthIsDate);

        var schema = options.Outcomes.Aggregate(new CsvSchema().WithPersonKey("person_key").WithPeriod("period"), (s, o) => s.AddNumeric(o.Name));
        var rows = DuckDbLoader.LoadPanel(connection, derived, schema);
        Assert.Equal(stock.RowCount, rows.RowCount);
        var fromSql = ByPersonMonth(rows.PersonKeys.Span, rows.Periods.Span, options, o => rows.Numeric(o.Name).Values.ToArray());
        var fromMemory = ByPersonMonth(stock.PersonKeys.Span, stock.Periods.Span, options, o => memory.Values(o.Name).ToArray());
        Assert.Equal(fromMemory.Keys.Order(), fromSql.Keys.Order());
        var censored = 0;
        foreach (var (key, expected) in fromMemory)
        {
            var actual = fromSql[key];
            for (var o = 0; o < expected.Length; o++)
            {
                censored += double.IsNaN(expected[o]) ? 1 : 0;
                Assert.True(
                    double.IsNaN(expected[o]) ? double.IsNaN(actual[o]) : Math.Abs(expected[o] - actual[o]) <= Tolerance * Math.Max(1, Math.Abs(expected[o])),
                    $"{options.Outcomes[o].Name} of a stock row in month {YearMonth.FromIndex(key.Item2)}: {expected[o]:R} in memory, {actual[o]:R} in SQL");
            }
        }

        Assert.True(censored > 0 || options.LastCompleteMonth.Index >= stock.Periods.ToArray().Max(p => p.Index) + options.Outcomes.Max(o => o.Horizon));
        return (fromSql, fromMemory);
    }

    private static Dictionary<(long, int), double[]> ByPersonMonth(ReadOnlySpan<long> keys, ReadOnlySpan<YearMonth> periods, WorkVolumeOptions options, Func<WorkOutcome, double[]> values)
    {
        var columns = options.Outcomes.Select(values).ToArray();
        var result = new Dictionary<(long, int), double[]>();
        for (var i = 0; i < keys.Length; i++)
        {
            // Duplicate stock rows of a person and month have the same outcomes; the last one stands for them.
            result[(keys[i], periods[i].Index)] = [.. columns.Select(c => c[i])];
        }

        return result;
    }

    private static YearMonth Month(string text) => YearMonth.Parse(text, CultureInfo.InvariantCulture);
}
