using DuckDB.NET.Data;
using Indikator.Core.Data;
using Indikator.Core.DuckDB;
using Indikator.Core.Indicators.Work;
using Indikator.Core.PushDown;

namespace Indikator.Core.Tests.PushDown;

/// <summary>The four dialects: each one's quoting, casts, inline tables and month of a date in the generated SQL (golden
/// text, since BigQuery and Spark SQL cannot run here), and BigQuery's inline tables (UNION ALL of SELECTs, its one
/// structural difference) computing the same fit as VALUES when DuckDB runs them.</summary>
public sealed class PushDownDialectTests : IDisposable
{
    private const string Query = "select * from stock";
    private readonly DuckDBConnection _connection = new("DataSource=:memory:");

    public PushDownDialectTests()
    {
        _connection.Open();
        foreach (var statement in PushDownData.Statements("stock", "double"))
        {
            using var command = _connection.CreateCommand();
            command.CommandText = statement;
            command.ExecuteNonQuery();
        }
    }

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Theory]
    [InlineData(PushDownDialect.DuckDb, "CAST(s.\"x1\" AS DOUBLE)", "CAST(s.\"office\" AS VARCHAR)", "(VALUES ", "strftime(s.\"period\", '%Y-%m')")]
    [InlineData(PushDownDialect.PostgreSql, "CAST(s.\"x1\" AS double precision)", "CAST(s.\"office\" AS text)", "(VALUES ", "to_char(s.\"period\", 'YYYY-MM')")]
    [InlineData(PushDownDialect.BigQuery, "CAST(s.`x1` AS FLOAT64)", "CAST(s.`office` AS STRING)", "(SELECT /* lvl, ", "FORMAT_DATE('%Y-%m', DATE(s.`period`))")]
    [InlineData(PushDownDialect.SparkSql, "CAST(s.`x1` AS DOUBLE)", "CAST(s.`office` AS STRING)", "(VALUES ", "date_format(s.`period`, 'yyyy-MM')")]
    public void Each_dialect_writes_its_quoting_casts_inline_tables_and_months(PushDownDialect dialect, string number, string key, string inline, string month)
    {
        var (spec, covariance) = PushDownData.Case("two-fe-cluster-office-weights-categorical");
        var fit = PushDownExplain.Fit(dialect, Query, spec, new PushDownOptions { Covariance = covariance });
        var work = PushDownExplain.WorkIndicators(dialect, "select * from panel", WorkPushDownData.Options(), periodIsDate: true);

        Assert.Contains(number, fit, StringComparison.Ordinal);
        Assert.Contains(key, fit, StringComparison.Ordinal);
        Assert.Contains(inline, fit, StringComparison.Ordinal);
        Assert.Contains(month, work, StringComparison.Ordinal);
        var backticks = dialect is PushDownDialect.BigQuery or PushDownDialect.SparkSql;
        Assert.Equal(backticks, fit.Contains("s.`", StringComparison.Ordinal));
        Assert.Equal(!backticks, fit.Contains("s.\"", StringComparison.Ordinal));
        Assert.Equal(dialect != PushDownDialect.BigQuery, work.Contains("VALUES", StringComparison.Ordinal));
        if (dialect == PushDownDialect.DuckDb)
        {
            Assert.Equal(DuckDbPushDown.Explain(Query, spec, new PushDownOptions { Covariance = covariance }), fit);
        }
    }

    [Fact]
    public void Bigquery_and_spark_quote_escape_and_write_inline_tables()
    {
        Assert.Equal("`a\\`b`", BigQueryDialect.Instance.Quote("a`b"));
        Assert.Equal("`a``b`", SparkSqlDialect.Instance.Quote("a`b"));
        Assert.Equal("'it\\'s'", BigQueryDialect.Instance.TextLiteral("it's"));
        Assert.Equal("CAST(2.5E0 AS FLOAT64)", BigQueryDialect.Instance.RealLiteral(2.5));
        IReadOnlyList<IReadOnlyList<string>> rows = [["'a'", "1"], ["'b'", "2"]];
        Assert.Equal("(SELECT 'a' AS lvl, 1 AS v0 UNION ALL SELECT 'b', 2) AS f0", BigQueryDialect.Instance.ValuesTable("f0", ["lvl", "v0"], rows));
        Assert.Equal("(VALUES ('a', 1), ('b', 2)) AS f0(lvl, v0)", SparkSqlDialect.Instance.ValuesTable("f0", ["lvl", "v0"], rows));
        Assert.Throws<ArgumentOutOfRangeException>(() => PushDownExplain.Fit((PushDownDialect)99, Query, PushDownData.Case("ols-iid").Spec));
    }

    [Fact]
    public void Each_dialect_writes_its_temporary_table_and_duckdb_runs_it()
    {
        const string query = "select office, y from stock;";
        Assert.Equal(["CREATE TEMPORARY TABLE \"t\" AS select office, y from stock"], DuckDbDialect.Instance.CreateTemporaryTable("t", query));
        Assert.Equal(["CREATE TEMPORARY TABLE \"t\" AS select office, y from stock", "ANALYZE \"t\""], PostgreSqlDialect.Instance.CreateTemporaryTable("t", query));
        Assert.Equal(["CREATE TEMP TABLE `t` AS select office, y from stock"], BigQueryDialect.Instance.CreateTemporaryTable("t", query));
        Assert.Equal(["CACHE TABLE `t` AS select office, y from stock"], SparkSqlDialect.Instance.CreateTemporaryTable("t", query));
        Assert.Equal("DROP TABLE IF EXISTS \"t\"", PostgreSqlDialect.Instance.DropTemporaryTable("t"));
        Assert.Equal("DROP TABLE IF EXISTS `t`", BigQueryDialect.Instance.DropTemporaryTable("t"));
        Assert.Equal("UNCACHE TABLE IF EXISTS `t`", SparkSqlDialect.Instance.DropTemporaryTable("t"));

        Execute(DuckDbDialect.Instance.CreateTemporaryTable("t", query)[0]);
        using (var count = _connection.CreateCommand())
        {
            count.CommandText = "select count(*) from t";
            Assert.Equal(600L, Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
        }

        Execute(DuckDbDialect.Instance.DropTemporaryTable("t"));
        Execute(DuckDbDialect.Instance.DropTemporaryTable("t"));
        Assert.Throws<DuckDBException>(() => Execute("select count(*) from t"));
    }

    [Theory]
    [InlineData("two-fe-cluster-office-weights-categorical")]
    [InlineData("two-fe-hc1")]
    [InlineData("ols-categorical-hc1-weights")]
    public void Bigquery_shaped_inline_tables_compute_the_same_fit_as_values_in_duckdb(string name)
    {
        var (spec, covariance) = PushDownData.Case(name);
        var options = new PushDownOptions { Covariance = covariance };
        var values = DuckDbPushDown.Fit(_connection, Query, spec, options);

        var unionAll = PushDownLinearModel.Fit(_connection, UnionAllDuckDb.Instance, "DuckDB", Query, spec, options, "DuckDB query", CancellationToken.None);

        Assert.Contains(unionAll.Statements, s => s.Contains(" UNION ALL SELECT ", StringComparison.Ordinal));
        Assert.DoesNotContain(unionAll.Statements, s => s.Contains("VALUES", StringComparison.Ordinal));
        Assert.Equal(values.CoefficientNames, unionAll.CoefficientNames);
        for (var j = 0; j < values.Estimates.Count; j++)
        {
            Assert.True(Math.Abs(values.Estimates[j] - unionAll.Estimates[j]) <= PushDownData.Tolerance * Math.Abs(values.Estimates[j]), $"estimate {j}");
            Assert.True(Math.Abs(values.StandardErrors[j] - unionAll.StandardErrors[j]) <= PushDownData.Tolerance * values.StandardErrors[j], $"standard error {j}");
        }
    }

    /// <summary>DuckDB's quoting, types and months with BigQuery's inline tables: DuckDB runs what BigQuery would, but for
    /// the backticks and type names, which the golden-text test covers.</summary>
    private sealed class UnionAllDuckDb : SqlDialect
    {
        public static readonly UnionAllDuckDb Instance = new();

        public override string IntegerType => DuckDbDialect.Instance.IntegerType;

        public override string RealType => DuckDbDialect.Instance.RealType;

        public override string TextType => DuckDbDialect.Instance.TextType;

        public override string MonthText(string dateExpression) => DuckDbDialect.Instance.MonthText(dateExpression);

        public override string ValuesTable(string alias, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>>? rows)
            => BigQueryDialect.Instance.ValuesTable(alias, columns, rows);
    }
}
