using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Indikator.Core.Data;
using Indikator.Core.DuckDB;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Outcomes;
using Indikator.Core.PostgreSql;
using Indikator.Core.PushDown;
using Npgsql;

namespace Indikator.Cli;

/// <summary>
/// The push-down run (<c>"pushDown": true</c>): the work outcomes are derived inside the stock's database from the
/// employment records there (<see cref="WorkVolumeSql"/>: the <see cref="WorkVolume"/> definitions as joins, SUM and
/// CASE), and the indicators are computed there from that derived query (<see cref="DuckDbPushDown.ComputeWorkIndicators"/>,
/// <see cref="PostgreSqlPushDown.ComputeWorkIndicators(NpgsqlConnection, string, WorkIndicatorOptions, string, string, string, CancellationToken)"/>).
/// Every statement returns aggregates (months with counts, cell sums, office and region pairs with counts); no
/// person-month row is read. The report is composed and written as in memory, and equals the in-memory run's.
/// </summary>
internal sealed partial class RunPipeline
{
    /// <summary>The temporary table that holds the stock's rows for the run (<see cref="StockTable"/>).</summary>
    internal const string StockTableName = "indikator_run_stock";

    /// <summary>The temporary table that holds the stock with its work outcomes, which the indicators read (<see cref="OutcomeTable"/>).</summary>
    internal const string OutcomeTableName = "indikator_run_outcomes";

    private int ExecutePushDown(Stopwatch total)
    {
        WorkIndicatorResult indicators;
        IReadOnlyDictionary<string, string>? regions = null;
        try
        {
            using var database = PushDownDatabase.Open(job.Stock.Source);
            var runner = new DbAggregateRunner(database.Connection, job.Stock.Source.Name, database.Engine, cancellation);
            log.Info("database", $"stock and employment are read inside {database.Engine}: only sums and counts leave it, never a person-month row");
            if (database.Setup.Count > 0)
            {
                log.Info("database", "settings: " + string.Join("; ", database.Setup));
            }

            CheckColumns(runner);
            var (create, drop, stockQuery) = StockTable(database.Dialect);
            var (createOutcomes, dropOutcomes, outcomeQuery) = OutcomeTable(database.Dialect);
            var tables = new List<(string Name, string Drop)>();
            try
            {
                tables.Add((StockTableName, drop));
                Timed("stock table", () => CreateTable(runner, create), _ => $"the stock query's columns for the job materialised once in the temporary table {StockTableName}");
                var derived = Timed("work outcomes", () => DerivedStock(runner, database.Dialect, stockQuery), d => string.Create(
                    CultureInfo.InvariantCulture,
                    $"{d.PersonMonths} person-months{(job.Months.All ? string.Empty : $" in {MonthsText()}")}, {d.Records} employment records; {job.Outcomes.Count} outcomes derived inside the database"));
                tables.Add((OutcomeTableName, dropOutcomes));
                Timed("outcome table", () => CreateTable(runner, createOutcomes(derived.Query)), _ => $"the stock with its work outcomes materialised once in the temporary table {OutcomeTableName}, which every later statement reads");
                DropTables(database, tables, StockTableName);
                log.Info("legacy", "no status section in the job file: the report has no legacy six-month measure");
                indicators = Timed("indicators", () => Compute(database, outcomeQuery), r => string.Create(CultureInfo.InvariantCulture, $"{r.Tables.Count} tables from {r.Statements.Count + runner.Statements.Count} aggregate statements"));
                LogPushDownRows(indicators, derived.PersonMonths);
                LogFunnels(indicators);
                if (job.Units.Contains("region", StringComparer.Ordinal))
                {
                    regions = OfficeRegions(runner, database.Dialect, outcomeQuery);
                }
            }
            finally
            {
                DropTables(database, tables, null);
            }
        }
        catch (RunInputException e)
        {
            return Fail("input", e.Message, CliExitCode.InputData);
        }
        catch (InputDataException e)
        {
            return Fail("indicators", $"input data error: {e.Message}{MemoryLimitHint(e)}", CliExitCode.InputData);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return Fail("indicators", $"the model cannot be fitted: {e.Message}", CliExitCode.ModelFit);
        }

        return Publish(indicators, null, regions, total);
    }

    /// <summary>
    /// Writes the SQL the push-down run would send, without running it: the settings, the column checks, the temporary
    /// stock table, the month statements, the derived stock with its work outcomes (month tables as placeholders), the
    /// indicators' statements over it (<c>ExplainWorkIndicators</c>), the office and region pairs and the drop of the table. Only LIMIT 0 probes run, to learn whether the month columns are dates, as reading the
    /// job file's columns already does; when the database cannot be reached the columns are taken to be text, and the
    /// output says so.
    /// </summary>
    /// <param name="stdout">Receives the SQL.</param>
    /// <returns>The exit code.</returns>
    public int Explain(TextWriter stdout)
    {
        var source = job.Stock.Source;
        var dialect = source.Kind == "duckdb" ? (SqlDialect)DuckDbDialect.Instance : PostgreSqlDialect.Instance;
        WorkVolumeSql sql, probes;
        var (create, drop, stockQuery) = StockTable(dialect);
        var (createOutcomes, dropOutcomes, outcomeQuery) = OutcomeTable(dialect);
        try
        {
            sql = new WorkVolumeSql(dialect, VolumeSource(stockQuery));
            probes = new WorkVolumeSql(dialect, VolumeSource(source.Query!));
        }
        catch (ArgumentException e)
        {
            return Fail("explain", e.Message, CliExitCode.Usage);
        }

        bool periodIsDate = false, monthIsDate = false;
        string? probeProblem = null;
        IReadOnlyList<string> setup = [];
        try
        {
            using var database = PushDownDatabase.Open(source);
            setup = database.Setup;
            var runner = new DbAggregateRunner(database.Connection, source.Name, database.Engine, cancellation);
            periodIsDate = runner.ColumnType(probes.StockPeriodProbe()) == SourceType.Date;
            monthIsDate = runner.ColumnType(probes.EmploymentMonthProbe()) == SourceType.Date;
        }
        catch (Exception e) when (e is InputDataException or RunInputException or ArgumentException)
        {
            probeProblem = e.Message;
        }

        var derived = sql.Stock(null, null, periodIsDate, monthIsDate);
        var options = IndicatorOptions();
        var text = new System.Text.StringBuilder();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"-- indikator run, pushDown: the SQL sent to {(source.Kind == "duckdb" ? "DuckDB" : "PostgreSQL")}; every statement returns aggregates only."));
        if (probeProblem is not null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"-- The month columns' types could not be probed ({probeProblem}); they are written as text below.");
        }

        if (setup.Count > 0)
        {
            text.AppendLine().AppendLine("-- 0. the database's settings for the run (docs/configuration.md, stock.settings):");
            foreach (var statement in setup)
            {
                text.AppendLine(statement + ";");
            }
        }

        text.AppendLine()
            .AppendLine("-- 1. the columns of the stock and employment queries, checked against the job file (no row is returned):")
            .AppendLine(SqlDialect.Probe(source.Query!) + ";")
            .AppendLine(SqlDialect.Probe(job.Employment.Source.Query!) + ";").AppendLine()
            .AppendLine("-- 2. the stock's columns for the job, materialised once in a temporary table that every later statement reads (dropped at the end, also after an error):");
        foreach (var statement in create)
        {
            text.AppendLine(statement + ";");
        }

        text.AppendLine()
            .AppendLine("-- A. the stock's months (as the query gives them) with their rows and rows with a person key; parsed and windowed in memory:")
            .AppendLine(sql.StockMonths(periodIsDate) + ";").AppendLine()
            .AppendLine("-- B. the employment records' months with their records, keys, hours counted, minimum and sum of the hours (the checks):")
            .AppendLine(sql.EmploymentMonths(monthIsDate) + ";").AppendLine()
            .AppendLine("-- C. the stock with its work outcomes (docs/outcomes.md), materialised once in a temporary table that the indicators read; the month tables m and n are built from A and B:");
        foreach (var statement in createOutcomes(derived))
        {
            text.AppendLine("-- " + statement + ";");
        }

        text.AppendLine("-- then the stock table is no longer needed:").AppendLine(drop + ";").AppendLine()
            .AppendLine("-- D. the indicators over C:")
            .AppendLine(PushDownExplain.WorkIndicators(source.Kind == "duckdb" ? PushDownDialect.DuckDb : PushDownDialect.PostgreSql, outcomeQuery, options, WorkVolumeSql.PersonKeyName, WorkVolumeSql.PeriodName, periodIsDate: false));
        if (job.Units.Contains("region", StringComparer.Ordinal))
        {
            text.AppendLine("-- E. the office and region pairs with their rows, for the region column of the office tables:")
                .AppendLine(OfficeRegionPairs(dialect, outcomeQuery) + ";");
        }

        text.AppendLine().AppendLine("-- F. the end of the run, also after an error:").AppendLine(drop + ";").AppendLine(dropOutcomes + ";");
        stdout.Write(text.ToString());
        return CliExitCode.Success;
    }

    /// <summary>The job's stock and employment as <see cref="WorkVolumeSql"/> reads them: the mapped stock columns under their
    /// library names, and the columns only the priority groups read under their headers, as the in-memory run loads them.</summary>
    /// <param name="stockQuery">The query of the stock's rows: the temporary table of <see cref="StockTable"/>.</param>
    private WorkVolumeSource VolumeSource(string stockQuery) => new(
        stockQuery,
        job.Stock.PersonKey,
        job.Stock.Period,
        [.. RunStockFields.Used(job).Select(f => (f.Get(job.Stock.Columns)!, f.Canonical)), .. job.GroupColumns.Select(g => (g.Header, g.Header))],
        job.Employment.Source.Query!,
        job.Employment.PersonKey,
        job.Employment.Month,
        job.Employment.WeeklyHours,
        new WorkVolumeOptions(job.LastCompleteMonth) { Outcomes = [.. WorkOutcome.Nav.Where(o => job.Outcomes.Contains(o.Name, StringComparer.Ordinal))] });

    /// <summary>Checks the stock and employment months, keys and hours with aggregate statements (the checks the loaders and
    /// <see cref="WorkVolume"/> make in memory, each error naming the job field) and writes the derived stock query.</summary>
    private (string Query, long PersonMonths, long Records) DerivedStock(DbAggregateRunner runner, SqlDialect dialect, string stockQuery)
    {
        var sql = new WorkVolumeSql(dialect, VolumeSource(stockQuery));
        var periodIsDate = runner.ColumnType(sql.StockPeriodProbe()) == SourceType.Date;
        var monthIsDate = runner.ColumnType(sql.EmploymentMonthProbe()) == SourceType.Date;
        var stock = job.Stock;
        var stockMonths = new List<(string Text, YearMonth Month)>();
        long rows = 0, kept = 0;
        foreach (var (keys, v) in runner.Run(sql.StockMonths(periodIsDate), 1))
        {
            var month = ParseMonth(keys[0], "stock.period", stock.Source, stock.Period, (long)v[0]);
            if (v[1] < v[0])
            {
                throw new RunInputException(string.Create(CultureInfo.InvariantCulture, $"stock.personKey: {stock.File}, column '{stock.PersonKey}': {v[0] - v[1]} rows of {month} have no person key."));
            }

            rows += (long)v[0];
            if (job.Months.Contains(month))
            {
                stockMonths.Add((keys[0], month));
                kept += (long)v[0];
            }
        }

        if (rows == 0)
        {
            throw new RunInputException($"stock.query: '{stock.File}' has no data rows.");
        }

        if (kept == 0)
        {
            throw new RunInputException($"months: no row of '{stock.File}' has a {stock.Period} from {job.Months.From?.ToString() ?? "the first month"} to {job.Months.To?.ToString() ?? "the last month"}.");
        }

        var employment = job.Employment;
        var employmentMonths = new List<(string Text, YearMonth Month)>();
        long records = 0;
        foreach (var (keys, v) in runner.Run(sql.EmploymentMonths(monthIsDate), 1))
        {
            var month = ParseMonth(keys[0], "employment.month", employment.Source, employment.Month, (long)v[0]);
            if (v[1] < v[0])
            {
                throw new RunInputException(string.Create(CultureInfo.InvariantCulture, $"employment.personKey: {employment.File}, column '{employment.PersonKey}': {v[0] - v[1]} records of {month} have no person key."));
            }

            // Missing hours are fewer counted values; a negative minimum, or a sum that is NaN or infinite, is a bad value.
            if (v[2] < v[0] || v[3] < 0 || !double.IsFinite(v[4]))
            {
                throw new RunInputException($"employment.weeklyHours: {employment.File}, a record of {month}, column '{employment.WeeklyHours}': weekly hours must be a finite number of at least 0 (missing, negative, NaN or infinite; the value is not shown).");
            }

            records += (long)v[0];
            employmentMonths.Add((keys[0], month));
        }

        return (sql.Stock(stockMonths, employmentMonths, periodIsDate, monthIsDate), kept, records);
    }

    /// <summary>
    /// The statements that materialise the stock once, and the query that reads it: the job's stock query is a user's
    /// query (a join, a view, a Parquet scan) that every later statement would otherwise evaluate again, some twenty
    /// times per outcome. Only the columns the job reads are kept (person key, period, mapped fields, group columns), so
    /// the table holds no more of the stock than the run needs. A temporary table lives in the run's session only.
    /// </summary>
    private (IReadOnlyList<string> Create, string Drop, string Query) StockTable(SqlDialect dialect)
    {
        var stock = job.Stock;
        string[] columns = [stock.PersonKey, stock.Period, .. RunStockFields.Used(job).Select(f => f.Get(stock.Columns)!), .. job.GroupColumns.Select(g => g.Header)];
        var projection = $"SELECT {string.Join(", ", columns.Distinct(StringComparer.Ordinal).Select(c => "s." + dialect.Quote(c)))} FROM ({SqlDialect.TrimQuery(stock.Source.Query!)}) AS s";
        return (dialect.CreateTemporaryTable(StockTableName, projection), dialect.DropTemporaryTable(StockTableName), $"SELECT * FROM {dialect.Quote(StockTableName)}");
    }

    /// <summary>
    /// The statements that materialise the stock with its work outcomes (the derived query of <see cref="DerivedStock"/>),
    /// and the query that reads it. The outcomes join every person-month to its person's employment records of the next
    /// twelve months; each of the indicators' statements (some twenty per outcome) would otherwise evaluate that join again.
    /// At 2 million person-months on DuckDB it took the indicators from 429 s to 253 s, and a run under the 1 GB default
    /// memory_limit from running out of memory to finishing (docs/databases.md).
    /// </summary>
    private static (Func<string, IReadOnlyList<string>> Create, string Drop, string Query) OutcomeTable(SqlDialect dialect)
        => (derived => dialect.CreateTemporaryTable(OutcomeTableName, derived), dialect.DropTemporaryTable(OutcomeTableName), $"SELECT * FROM {dialect.Quote(OutcomeTableName)}");

    private static int CreateTable(DbAggregateRunner runner, IReadOnlyList<string> create)
    {
        foreach (var statement in create)
        {
            runner.Execute(statement);
        }

        return create.Count;
    }

    /// <summary>Drops the run's temporary tables (only <paramref name="only"/> when given, as soon as it is no longer read),
    /// also after a failure or a cancellation (then without the run's token, which is already cancelled); a drop that fails
    /// is logged, not thrown, so that it does not hide the run's own error: the table is gone anyway when the connection closes.</summary>
    private void DropTables(PushDownDatabase database, List<(string Name, string Drop)> tables, string? only)
    {
        for (var i = tables.Count - 1; i >= 0; i--)
        {
            var (name, drop) = tables[i];
            if (only is not null && name != only)
            {
                continue;
            }

            tables.RemoveAt(i);
            try
            {
                new DbAggregateRunner(database.Connection, job.Stock.Source.Name, database.Engine, CancellationToken.None).Execute(drop);
                log.Info("database", $"the temporary table {name} is dropped");
            }
            catch (DataSourceException e)
            {
                log.Info("database", $"the temporary table {name} could not be dropped ({e.Message}); it is removed when the connection closes");
            }
        }
    }

    /// <summary>Checks that the stock and employment queries have the columns the job names (a LIMIT 0 probe of each), so
    /// that a missing one is named by its job field, as the in-memory run names it, rather than by the database's message
    /// about a statement the user never wrote.</summary>
    private void CheckColumns(DbAggregateRunner runner)
    {
        var stock = job.Stock;
        Check(stock.Source, "stock.", [
            ("personKey", stock.PersonKey), ("period", stock.Period),
            .. RunStockFields.Used(job).Select(f => ("columns." + f.Property, f.Get(stock.Columns)!)),
        ]);
        Check(stock.Source, string.Empty, [.. job.GroupColumns.Select(g => (g.Path + ".column", g.Header))]);
        var employment = job.Employment;
        Check(employment.Source, "employment.", [("personKey", employment.PersonKey), ("month", employment.Month), ("weeklyHours", employment.WeeklyHours)]);

        void Check(RunDataSource source, string prefix, (string Field, string Column)[] fields)
        {
            var names = runner.ColumnNames(SqlDialect.Probe(source.Query!));
            if (fields.FirstOrDefault(f => !names.Contains(f.Column, StringComparer.Ordinal)) is { Field: not null } missing)
            {
                throw new RunInputException($"{prefix}{missing.Field}: column '{missing.Column}' is not in the {source.Name}; its columns are: {string.Join(", ", names)}.");
            }
        }
    }

    private static YearMonth ParseMonth(string text, string field, RunDataSource source, string column, long count)
    {
        if (text.Length == 0)
        {
            throw new RunInputException(string.Create(CultureInfo.InvariantCulture, $"{field}: {source.Name}, column '{column}': {count} rows have no month (empty or NULL)."));
        }

        return YearMonth.TryParse(text, CultureInfo.InvariantCulture, out var month)
            ? month
            : throw new RunInputException(string.Create(CultureInfo.InvariantCulture, $"{field}: {source.Name}, column '{column}': '{text}' is not a month in the form yyyy-MM ({count} rows)."));
    }

    private WorkIndicatorResult Compute(PushDownDatabase database, string derived)
    {
        var options = IndicatorOptions();
        var name = job.Stock.Source.Name;
        return database.Connection switch
        {
            DuckDBConnection duck => DuckDbPushDown.ComputeWorkIndicators(duck, derived, options, WorkVolumeSql.PersonKeyName, WorkVolumeSql.PeriodName, name, cancellation),
            NpgsqlConnection postgres => PostgreSqlPushDown.ComputeWorkIndicators(postgres, derived, options, WorkVolumeSql.PersonKeyName, WorkVolumeSql.PeriodName, name, cancellation),
            _ => throw new UnreachableException("A push-down source is DuckDB or PostgreSQL (checked when the job file is read)."),
        };
    }

    /// <summary>Logs, per outcome, the person-months its model used (the national pooled row) and how many were left out.
    /// The result of a database does not count them by reason (<see cref="WorkIndicatorResult.Exclusions"/>); when it
    /// does, the in-memory line is written.</summary>
    private void LogPushDownRows(WorkIndicatorResult indicators, long personMonths)
    {
        if (indicators.Exclusions.Count > 0)
        {
            LogExclusions(indicators, checked((int)personMonths));
            return;
        }

        foreach (var outcome in job.Outcomes)
        {
            var used = indicators.Table(outcome, WorkUnitLevel.Country.Name).Rows.FirstOrDefault(r => r.Month is null)?.PersonMonths;
            var left = used is { } u ? personMonths - u : (long?)null;
            log.Info("rows", used is null
                ? string.Create(CultureInfo.InvariantCulture, $"{outcome}: the national count is suppressed; {personMonths} person-months in the stock")
                : string.Create(CultureInfo.InvariantCulture, $"{outcome}: {used} of {personMonths} person-months used; {(left == 0 ? "none left out" : $"left out: {left} with the outcome not yet observable (censored) or a covariate missing (not counted by reason inside the database)")}"));
        }
    }

    /// <summary>The region of each office, from the (office, region) pairs and their counts: the region with the most rows,
    /// the first in ordinal order on a tie. The in-memory run takes the region of the office's first row; the two agree
    /// whenever each office lies in one region, as NAV's offices do.</summary>
    private static Dictionary<string, string> OfficeRegions(DbAggregateRunner runner, SqlDialect dialect, string derived)
    {
        var pairs = runner.Run(OfficeRegionPairs(dialect, derived), 2);
        return pairs
            .GroupBy(p => p.Keys[0], StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(p => p.Values[0]).ThenBy(p => p.Keys[1], StringComparer.Ordinal).First().Keys[1],
                StringComparer.Ordinal);
    }

    private static string OfficeRegionPairs(SqlDialect dialect, string derived)
    {
        var office = dialect.Cast("s." + dialect.Quote(WorkIndicatorColumns.Default.Office), dialect.TextType);
        var region = dialect.Cast("s." + dialect.Quote(WorkIndicatorColumns.Default.Region), dialect.TextType);
        var present = string.Join(" AND ", new[] { office, region }.Select(c => $"{c} IS NOT NULL AND {c} <> '' AND {c} <> 'NA'"));
        return $"SELECT {office}, {region}, COUNT(*) FROM ({derived}) AS s WHERE {present} GROUP BY {office}, {region}";
    }

    /// <summary>An open connection to the stock's database with its dialect.</summary>
    private sealed class PushDownDatabase(DbConnection connection, SqlDialect dialect, string engine, IDisposable owner, IReadOnlyList<string> setup) : IDisposable
    {
        public DbConnection Connection => connection;

        /// <summary>Gets the statements that set the connection up (DuckDB's settings), already run.</summary>
        public IReadOnlyList<string> Setup => setup;

        public SqlDialect Dialect => dialect;

        public string Engine => engine;

        /// <summary>Opens the stock source's database: an in-memory DuckDB with the run's settings (<see cref="RunDuckDb"/>),
        /// or PostgreSQL with the connection string from the source's environment variable.</summary>
        public static PushDownDatabase Open(RunDataSource source)
        {
            if (source.Kind == "duckdb")
            {
                var duck = RunDuckDb.Open(source, pushDown: true);
                return new PushDownDatabase(duck.Connection, DuckDbDialect.Instance, "DuckDB", duck, duck.Statements);
            }

            var postgres = PostgreSqlLoader.Open(RunSourceColumns.ConnectionString(source), source.Name);
            return new PushDownDatabase(postgres, PostgreSqlDialect.Instance, "PostgreSQL", postgres, []);
        }

        public void Dispose() => owner.Dispose();
    }

    /// <summary>DuckDB's own advice on running out of memory names SQL settings; a job sets them in its job file, so say
    /// where (a 25M-row push-down run ran out of the 1 GB default: docs/databases.md).</summary>
    private string MemoryLimitHint(InputDataException e)
        => job.Stock.Source.Kind == "duckdb" && e.Message.Contains("Out of Memory", StringComparison.OrdinalIgnoreCase)
            ? $" The DuckDB source's memory_limit is {job.Stock.Source.Settings.FirstOrDefault(s => s.Name == "memory_limit")?.Literal ?? $"'{RunDuckDb.DefaultMemoryLimit}'"}; give the stock source a larger one in the job file, for example \"settings\": {{ \"memory_limit\": \"12GB\" }} (docs/databases.md)."
            : string.Empty;
}
