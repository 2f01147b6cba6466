using Indikator.Core.Data;
using Indikator.Core.PostgreSql;
using Indikator.Core.PushDown;
using Indikator.Core.RiskAdjustment;
using Indikator.Core.Tests.Data.Sources;
using Npgsql;

namespace Indikator.Core.Tests.PushDown;

public sealed class PostgreSqlPushDownTests : IClassFixture<PostgreSqlServer>
{
    private readonly PostgreSqlServer _server;
    private readonly string _table;

    public PostgreSqlPushDownTests(PostgreSqlServer server)
    {
        _server = server;
        _table = server.Schema + ".stock";
        using var connection = server.Open();
        using var exists = new NpgsqlCommand($"select count(*) from information_schema.tables where table_schema = '{server.Schema}' and table_name = 'stock'", connection);
        if ((long)exists.ExecuteScalar()! == 0)
        {
            foreach (var statement in PushDownData.Statements(_table, "double precision"))
            {
                server.Execute(statement);
            }
        }
    }

    [Theory]
    [MemberData(nameof(PushDownData.Cases), MemberType = typeof(PushDownData))]
    public void Fit_in_postgresql_equals_the_in_memory_fit(string name)
    {
        var (spec, covariance) = PushDownData.Case(name);
        var query = $"select * from {_table}";
        var table = PostgreSqlLoader.LoadTable(_server.ConnectionString, query, PushDownData.Schema);

        var memory = LinearModel.Fit(table, spec, new FitOptions { Covariance = covariance });
        var pushed = PostgreSqlPushDown.Fit(_server.ConnectionString, query, spec, new PushDownOptions { Covariance = covariance });

        PushDownData.AssertSame(memory, pushed);
    }

    [Fact]
    public void A_role_that_cannot_select_the_person_column_fits_from_aggregates_alone()
    {
        // The role may read every column but the person key (a column-level GRANT). Every fit that does not cluster by
        // person works, with the in-memory numbers: the library never reads a row, and never needs the person key.
        var role = "indikator_agg_" + _server.Schema[^12..];
        var columns = "office, region, period, need, gender, x1, x2, x3, w, y";
        _server.Execute($"create role {role} login");
        try
        {
            _server.Execute($"grant usage on schema {_server.Schema} to {role}");
            _server.Execute($"grant select ({columns}) on {_table} to {role}");
            var restricted = new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Username = role }.ConnectionString;
            var query = $"select {columns} from {_table}";
            var table = PostgreSqlLoader.LoadTable(_server.ConnectionString, query, WithoutPerson());

            foreach (var name in new[] { "two-fe-cluster-office-weights-categorical", "two-fe-hc1", "office-iid", "two-fe-cluster-region" })
            {
                var (spec, covariance) = PushDownData.Case(name);
                var memory = LinearModel.Fit(table, spec, new FitOptions { Covariance = covariance });
                var pushed = PostgreSqlPushDown.Fit(restricted, query, spec, new PushDownOptions { Covariance = covariance });
                PushDownData.AssertSame(memory, pushed);
            }

            // The role cannot even name the person key, so it cannot cluster by person (that needs SELECT on the column,
            // though the keys are grouped on the server and never returned), nor read the rows with it.
            var (personSpec, byPerson) = PushDownData.Case("two-fe-cluster-person");
            var denied = Assert.Throws<DataSourceException>(() => PostgreSqlPushDown.Fit(restricted, $"select * from {_table}", personSpec, new PushDownOptions { Covariance = byPerson }));
            Assert.Equal("42501", Assert.IsType<PostgresException>(denied.InnerException).SqlState);
            Assert.Throws<DataSourceException>(() => PostgreSqlLoader.LoadTable(restricted, $"select person_key from {_table}", new CsvSchema().AddCategorical("person_key")));
        }
        finally
        {
            _server.Execute($"drop owned by {role}");
            _server.Execute($"drop role {role}");
        }
    }

    [Fact]
    public void Unreachable_server_and_failed_statements_never_show_the_connection_string()
    {
        var spec = new LinearModelSpec("y", ["x1"]) { FixedEffects = ["office"] };
        var unreachable = Assert.Throws<DataSourceException>(() => PostgreSqlPushDown.Fit("Host=127.0.0.1;Port=1;Username=u;Password=s3cret-pw;Timeout=3", "select 1", spec));
        var missing = Assert.Throws<DataSourceException>(() => PostgreSqlPushDown.Fit(_server.ConnectionString, $"select * from {_table}", spec with { Covariates = ["nope"] }));

        Assert.DoesNotContain("s3cret-pw", unreachable.Message, StringComparison.Ordinal);
        Assert.StartsWith("PostgreSQL query: PostgreSQL cannot run a push-down query", missing.Message, StringComparison.Ordinal);
    }

    private static CsvSchema WithoutPerson() => new CsvSchema()
        .AddCategorical("office").AddCategorical("region").AddCategorical("period").AddCategorical("need").AddCategorical("gender")
        .AddNumeric("x1").AddNumeric("x2").AddNumeric("x3").AddNumeric("w").AddNumeric("y");
}
