using DuckDB.NET.Data;
using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Data;
using Indikator.Core.DuckDB;
using Indikator.Core.PushDown;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Tests.PushDown;

public sealed class DuckDbPushDownTests : IDisposable
{
    private readonly DuckDBConnection _connection = Open(7);

    public void Dispose() => _connection.Dispose();

    [Theory]
    [MemberData(nameof(PushDownData.Cases), MemberType = typeof(PushDownData))]
    public void Fit_in_duckdb_equals_the_in_memory_fit(string name)
    {
        var (spec, covariance) = PushDownData.Case(name);
        var table = DuckDbLoader.LoadTable(_connection, "select * from stock", PushDownData.Schema);

        var memory = LinearModel.Fit(table, spec, new FitOptions { Covariance = covariance });
        var pushed = DuckDbPushDown.Fit(_connection, "select * from stock", spec, new PushDownOptions { Covariance = covariance });

        PushDownData.AssertSame(memory, pushed);
    }

    [Fact]
    public void Fit_in_duckdb_equals_the_in_memory_fit_for_random_tables()
    {
        Prop.ForAll(Gen.Choose(1, 100_000).ToArbitrary(), seed =>
        {
            using var connection = Open(seed, rows: 200);
            var (spec, covariance) = PushDownData.Case(seed % 2 == 0 ? "two-fe-cluster-office-weights-categorical" : "ols-categorical-hc1-weights");
            var table = DuckDbLoader.LoadTable(connection, "select * from stock", PushDownData.Schema);
            var memory = LinearModel.Fit(table, spec, new FitOptions { Covariance = covariance });
            var pushed = DuckDbPushDown.Fit(connection, "select * from stock", spec, new PushDownOptions { Covariance = covariance });
            PushDownData.AssertSame(memory, pushed);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Person_keys_never_leave_the_database()
    {
        var (spec, covariance) = PushDownData.Case("two-fe-cluster-person");

        var pushed = DuckDbPushDown.Fit(_connection, "select * from stock", spec, new PushDownOptions { Covariance = covariance });

        // Each statement returns what its outermost select list names: aggregates and fixed-effect or category keys,
        // never the person key, which appears only as a GROUP BY inside a subquery.
        foreach (var statement in pushed.Statements)
        {
            var outer = statement[..statement.IndexOf(" FROM ", StringComparison.Ordinal)];
            Assert.DoesNotContain("person_key", outer, StringComparison.Ordinal);
            Assert.DoesNotContain("SELECT *", statement.Replace("select * from stock", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }

        Assert.Contains(pushed.Statements, s => s.Contains("CAST(s.\"person_key\" AS VARCHAR) AS g0", StringComparison.Ordinal) && s.Contains("GROUP BY r.g0", StringComparison.Ordinal));
        Assert.Equal(120, pushed.ClusterCounts[0]);
    }

    [Fact]
    public void Explain_returns_the_first_pass_exactly_and_runs_nothing()
    {
        var (spec, covariance) = PushDownData.Case("two-fe-cluster-office-weights-categorical");
        var options = new PushDownOptions { Covariance = covariance };

        var explained = DuckDbPushDown.Explain("select * from no_such_table", spec, options);
        var pushed = DuckDbPushDown.Fit(_connection, "select * from stock", spec, options);

        // The first-pass statements of the fit (before the cross-products) appear verbatim, with the query substituted.
        foreach (var statement in pushed.Statements.TakeWhile(s => !s.Contains("AS zy", StringComparison.Ordinal)))
        {
            Assert.Contains(statement.Replace("select * from stock", "select * from no_such_table", StringComparison.Ordinal) + ";", explained, StringComparison.Ordinal);
        }

        Assert.Contains(":b0", explained, StringComparison.Ordinal);
        Assert.Contains("GROUP BY r.g0", explained, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_input_gives_typed_errors()
    {
        var spec = new LinearModelSpec("y", ["x1"]) { FixedEffects = ["office"] };

        var missing = Assert.Throws<DataSourceException>(() => DuckDbPushDown.Fit(_connection, "select * from stock", spec with { Covariates = ["no_such_column"] }, sourceName: "stock"));
        var threeFe = Assert.Throws<ArgumentException>(() => DuckDbPushDown.Fit(_connection, "select * from stock", spec with { FixedEffects = ["office", "period", "need"] }));
        var hc3 = Assert.Throws<ArgumentException>(() => DuckDbPushDown.Fit(_connection, "select * from stock", spec, new PushDownOptions { Covariance = CovarianceSpec.Robust(RobustType.HC3) }));
        var negative = Assert.Throws<ArgumentException>(() => DuckDbPushDown.Fit(_connection, "select office, x1, y, w - 10 as w from stock", spec with { Weights = "w" }));
        var empty = Assert.Throws<ArgumentException>(() => DuckDbPushDown.Fit(_connection, "select * from stock where false", spec));
        var reference = Assert.Throws<ArgumentException>(() => DuckDbPushDown.Fit(_connection, "select * from stock", spec with { Categorical = [new CategoricalTerm("need", "no such level")] }));
        var infinite = Assert.Throws<DataSourceException>(() => DuckDbPushDown.Fit(_connection, "select office, y, x1 * CAST('inf' AS DOUBLE) as x1 from stock", spec));

        Assert.StartsWith("stock: DuckDB cannot run a push-down query", missing.Message, StringComparison.Ordinal);
        Assert.Contains("at most two fixed effects", threeFe.Message, StringComparison.Ordinal);
        Assert.Contains("HC0 and HC1", hc3.Message, StringComparison.Ordinal);
        Assert.Contains("negative weight", negative.Message, StringComparison.Ordinal);
        Assert.StartsWith("No row is left", empty.Message, StringComparison.Ordinal);
        Assert.Contains("'no such level' has no used rows", reference.Message, StringComparison.Ordinal);
        Assert.Contains("not finite", infinite.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => DuckDbPushDown.Fit(_connection, null!, spec));
    }

    private static DuckDBConnection Open(int seed, int rows = 600)
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        foreach (var statement in PushDownData.Statements("stock", "double", seed, rows))
        {
            using var command = connection.CreateCommand();
            command.CommandText = statement;
            command.ExecuteNonQuery();
        }

        return connection;
    }
}
