using Indikator.Core.Data;
using Indikator.Core.Indicators.Work;
using Indikator.Core.PostgreSql;
using Indikator.Core.Tests.Data.Sources;
using Npgsql;

namespace Indikator.Core.Tests.PushDown;

/// <summary>The work indicators inside PostgreSQL equal the in-memory ones on the same rows (loaded with COPY), and
/// need SELECT on the person key, which they group by but never read.</summary>
public sealed class PostgreSqlWorkIndicatorsTests : IClassFixture<PostgreSqlServer>
{
    private readonly PostgreSqlServer _server;
    private readonly string _table;

    public PostgreSqlWorkIndicatorsTests(PostgreSqlServer server)
    {
        _server = server;
        _table = server.Schema + ".work_stock";
        using var connection = server.Open();
        using var exists = new NpgsqlCommand($"select count(*) from information_schema.tables where table_schema = '{server.Schema}' and table_name = 'work_stock'", connection);
        if ((long)exists.ExecuteScalar()! == 0)
        {
            WorkPushDownData.CopyToPostgreSql(connection, _table);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_table_cell_equals_the_in_memory_indicators(bool withinMonth)
    {
        var query = $"select * from {_table}";
        var options = WorkPushDownData.Options(withinMonth);
        var memory = WorkIndicators.Compute(PostgreSqlLoader.LoadPanel(_server.ConnectionString, query, WorkPushDownData.Schema), options);

        var pushed = PostgreSqlPushDown.ComputeWorkIndicators(_server.ConnectionString, query, options);

        WorkPushDownData.AssertSame(memory, pushed);
    }

    [Fact]
    public void Priority_group_cells_equal_the_in_memory_indicators()
    {
        var query = $"select * from {_table}";
        var options = WorkPushDownData.GroupOptions();
        var memory = WorkIndicators.Compute(PostgreSqlLoader.LoadPanel(_server.ConnectionString, query, WorkPushDownData.Schema), options);

        var pushed = PostgreSqlPushDown.ComputeWorkIndicators(_server.ConnectionString, query, options);

        WorkPushDownData.AssertSame(memory, pushed);
    }

    [Fact]
    public void Variant_b_tables_equal_the_in_memory_indicators()
    {
        var query = $"select * from {_table}";
        var options = WorkPushDownData.FixedEffectOptions();
        var memory = WorkIndicators.Compute(PostgreSqlLoader.LoadPanel(_server.ConnectionString, query, WorkPushDownData.Schema), options);

        var pushed = PostgreSqlPushDown.ComputeWorkIndicators(_server.ConnectionString, query, options);

        WorkPushDownData.AssertSame(memory, pushed);
    }

    [Fact]
    public void A_role_that_cannot_select_the_person_column_cannot_compute_person_clustered_indicators()
    {
        // Every column but the person key (a column-level GRANT): the indicators' standard errors are clustered by
        // person, so the server must group by it; without SELECT on it the role gets an error, never a partial result.
        var role = "indikator_wi_" + _server.Schema[^12..];
        var panel = WorkPushDownData.Panel;
        var columns = string.Join(", ", new[] { "period" }.Concat(panel.NumericColumns.Select(c => $"\"{c.Name}\"")).Concat(panel.CategoricalColumns.Select(c => $"\"{c.Name}\"")));
        _server.Execute($"create role {role} login");
        try
        {
            _server.Execute($"grant usage on schema {_server.Schema} to {role}");
            _server.Execute($"grant select ({columns}) on {_table} to {role}");
            var restricted = new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Username = role }.ConnectionString;
            var options = WorkPushDownData.Options() with { Outcomes = ["jobb3"] };

            var denied = Assert.Throws<DataSourceException>(() => PostgreSqlPushDown.ComputeWorkIndicators(restricted, $"select person_key, {columns} from {_table}", options));
            Assert.Equal("42501", Assert.IsType<PostgresException>(denied.InnerException).SqlState);

            // With SELECT on the person key too (and nothing more), the same role computes them; no statement returns a key.
            _server.Execute($"grant select (person_key) on {_table} to {role}");
            var pushed = PostgreSqlPushDown.ComputeWorkIndicators(restricted, $"select person_key, {columns} from {_table}", options);
            var memory = WorkIndicators.Compute(PostgreSqlLoader.LoadPanel(_server.ConnectionString, $"select * from {_table}", WorkPushDownData.Schema), options);
            WorkPushDownData.AssertSame(memory, pushed);
        }
        finally
        {
            _server.Execute($"drop owned by {role}");
            _server.Execute($"drop role {role}");
        }
    }

    [Fact]
    public void The_caller_s_planner_setting_is_put_back()
    {
        using var connection = _server.Open();
        using (var set = new NpgsqlCommand("set enable_nestloop = off", connection))
        {
            set.ExecuteNonQuery();
        }

        PostgreSqlPushDown.ComputeWorkIndicators(connection, $"select * from {_table}", WorkPushDownData.Options(false));
        using (var show = new NpgsqlCommand("show enable_nestloop", connection))
        {
            Assert.Equal("off", show.ExecuteScalar());
        }

        using (var on = new NpgsqlCommand("set enable_nestloop = on", connection))
        {
            on.ExecuteNonQuery();
        }

        PostgreSqlPushDown.ComputeWorkIndicators(connection, $"select * from {_table}", WorkPushDownData.Options(false));
        using var again = new NpgsqlCommand("show enable_nestloop", connection);
        Assert.Equal("on", again.ExecuteScalar());
    }

    [Fact]
    public void Explain_names_the_statements_with_a_date_or_text_period()
    {
        var options = WorkPushDownData.Options() with { Outcomes = ["jobb3"] };

        var date = PostgreSqlPushDown.ExplainWorkIndicators($"select * from {_table}", options);
        var text = PostgreSqlPushDown.ExplainWorkIndicators($"select * from {_table}", options, periodIsDate: false);

        Assert.Contains("to_char(", date, StringComparison.Ordinal);
        Assert.DoesNotContain("to_char(", text, StringComparison.Ordinal);
        Assert.Contains("JOIN (SELECT r.pk AS pk", date, StringComparison.Ordinal);
    }
}
