using DuckDB.NET.Data;
using Indikator.Core.DuckDB;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Parquet;
using Indikator.Core.Tests.Data.Sources;

namespace Indikator.Core.Tests.PushDown;

/// <summary>The work indicators inside DuckDB equal the in-memory ones on the same rows: a Parquet file written by
/// <see cref="ParquetTableWriter"/>, read by the in-memory path through <see cref="DuckDbLoader"/>.</summary>
public sealed class DuckDbWorkIndicatorsTests : IDisposable
{
    private readonly string _folder = SourcePanels.NewFolder();
    private readonly string _query;

    public DuckDbWorkIndicatorsTests()
    {
        var path = Path.Combine(_folder, "stock.parquet");
        ParquetTableWriter.Write(WorkPushDownData.Panel, path);
        _query = $"select * from read_parquet('{path}')";
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_table_cell_equals_the_in_memory_indicators(bool withinMonth)
    {
        using var connection = Open();
        var options = WorkPushDownData.Options(withinMonth);
        var memory = WorkIndicators.Compute(DuckDbLoader.LoadPanel(connection, _query, WorkPushDownData.Schema), options);

        var pushed = DuckDbPushDown.ComputeWorkIndicators(connection, _query, options);

        WorkPushDownData.AssertSame(memory, pushed);
        Assert.NotEmpty(pushed.Statements);
        Assert.Empty(memory.Statements);
        Assert.Contains(pushed.Tables.SelectMany(t => t.Rows), r => r.Status != Indikator.Core.Indicators.Disclosure.SuppressionStatus.Published);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void One_statement_gives_every_levels_monthly_cells_unless_a_person_has_two_rows_in_a_month(bool withinMonth)
    {
        using var connection = Open();
        var options = WorkPushDownData.Options(withinMonth);
        var unique = DuckDbPushDown.ComputeWorkIndicators(connection, _query, options);

        // Every 50th person's rows twice: that person's part of a monthly cell is two rows, so its person-cluster sums
        // are no longer row sums and each level's monthly cells need their own statement.
        var twice = $"{_query} union all {_query} where person_key % 50 = 0";
        var memory = WorkIndicators.Compute(DuckDbLoader.LoadPanel(connection, twice, WorkPushDownData.Schema), options);
        var pushed = DuckDbPushDown.ComputeWorkIndicators(connection, twice, options);

        WorkPushDownData.AssertSame(memory, pushed);
        WorkPushDownData.AssertSame(WorkIndicators.Compute(DuckDbLoader.LoadPanel(connection, _query, WorkPushDownData.Schema), options), unique);

        // FinestCellSums starts with the unit keys of the residual rows, a level's own monthly CellSums with its cells a.
        Assert.Equal(options.Outcomes.Count, unique.Statements.Count(s => s.StartsWith("SELECT r.u0", StringComparison.Ordinal)));
        Assert.DoesNotContain(unique.Statements, s => s.StartsWith("SELECT a.k0", StringComparison.Ordinal));
        Assert.DoesNotContain(pushed.Statements, s => s.StartsWith("SELECT r.u0", StringComparison.Ordinal));
        Assert.Contains(pushed.Statements, s => s.StartsWith("SELECT a.k0", StringComparison.Ordinal));
    }

    [Fact]
    public void Excluded_rows_are_counted_by_reason_as_in_memory()
    {
        // Outcomes missing: jobb12 censored in the last two months (not yet observable), jobb3 missing in some rows;
        // and NULL covariates of every kind:
        // numeric (prior_hours), banded (age), decile (inflow_rate), categorical (education NULL, benefit 'NA'), some
        // rows missing several, so that only the first missing column of the model's order counts.
        using var connection = Open();
        var path = Path.Combine(_folder, "missing.parquet");
        using (var copy = connection.CreateCommand())
        {
            copy.CommandText = $"""
                copy (select * replace (
                    case when period > (select max(period) - interval 2 month from read_parquet('{Path.Combine(_folder, "stock.parquet")}')) then null else jobb12 end as jobb12,
                    case when person_key % 53 = 0 then null else jobb3 end as jobb3,
                    case when person_key % 29 = 0 then null else prior_hours end as prior_hours,
                    case when person_key % 31 = 0 or person_key % 29 = 0 then null else age end as age,
                    case when person_key % 37 = 0 then null else inflow_rate end as inflow_rate,
                    case when person_key % 41 = 0 then null else education end as education,
                    case when person_key % 43 = 0 then 'NA' else benefit end as benefit)
                  from read_parquet('{Path.Combine(_folder, "stock.parquet")}')) to '{path}' (format parquet)
                """;
            copy.ExecuteNonQuery();
        }

        var query = $"select * from read_parquet('{path}')";
        var options = WorkPushDownData.Options() with { Outcomes = ["jobb3", "jobb12"] };
        var memory = WorkIndicators.Compute(DuckDbLoader.LoadPanel(connection, query, WorkPushDownData.Schema), options);

        var pushed = DuckDbPushDown.ComputeWorkIndicators(connection, query, options);

        Assert.Contains(memory.Exclusions, e => e is { Outcome: "jobb12", Reason: RowExclusionReason.OutcomeMissing, Rows: > 1000 });
        Assert.Equal(
            ["jobb3 OutcomeMissing", "jobb3 CovariateMissing prior_hours", "jobb3 CovariateMissing age", "jobb3 CovariateMissing inflow_rate", "jobb3 CovariateMissing education", "jobb3 CovariateMissing benefit"],
            memory.Exclusions.Where(e => e.Outcome == "jobb3").Select(e => $"{e.Outcome} {e.Reason}{(e.Reason == RowExclusionReason.OutcomeMissing ? string.Empty : " " + e.Column)}"));
        Assert.Equal(memory.Exclusions, pushed.Exclusions);
        WorkPushDownData.AssertSame(memory, pushed);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Priority_group_cells_equal_the_in_memory_indicators(bool withinMonth)
    {
        using var connection = Open();
        var options = WorkPushDownData.GroupOptions(withinMonth);
        var memory = WorkIndicators.Compute(DuckDbLoader.LoadPanel(connection, _query, WorkPushDownData.Schema), options);

        var pushed = DuckDbPushDown.ComputeWorkIndicators(connection, _query, options);

        WorkPushDownData.AssertSame(memory, pushed);
        var groups = pushed.Table("jobb3", "priority_group");
        var statuses = string.Join(", ", groups.Rows.GroupBy(r => (r.Unit, r.Status)).Select(g => $"{g.Key.Unit} {g.Key.Status} {g.Count()}"));
        Assert.True(groups.Rows.Any(r => r.Status != Indikator.Core.Indicators.Disclosure.SuppressionStatus.Published), statuses);
        Assert.True(groups.Rows.Any(r => r.Status == Indikator.Core.Indicators.Disclosure.SuppressionStatus.SecondarySuppressed), statuses);
    }

    [Fact]
    public void A_priority_group_category_that_does_not_occur_is_refused_as_in_memory()
    {
        using var connection = Open();
        var options = WorkPushDownData.GroupOptions() with
        {
            Units = [WorkUnitLevel.Country, WorkUnitLevel.PriorityGroups("priority", new PriorityGroup("typo", GroupCondition.OneOf("need_category", "standrad")))],
        };

        var memory = Assert.Throws<ArgumentException>(() => WorkIndicators.Compute(DuckDbLoader.LoadPanel(connection, _query, WorkPushDownData.Schema), options));
        var pushed = Assert.Throws<ArgumentException>(() => DuckDbPushDown.ComputeWorkIndicators(connection, _query, options));

        Assert.Equal(memory.Message, pushed.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Variant_b_tables_equal_the_in_memory_indicators(bool withinMonth)
    {
        using var connection = Open();
        var options = WorkPushDownData.FixedEffectOptions(withinMonth);
        var memory = WorkIndicators.Compute(DuckDbLoader.LoadPanel(connection, _query, WorkPushDownData.Schema), options);

        var pushed = DuckDbPushDown.ComputeWorkIndicators(connection, _query, options);

        WorkPushDownData.AssertSame(memory, pushed);
        Assert.Equal(2, pushed.Tables.Count(t => t.Variant == ContributionVariant.FixedEffect && t.Outcome == "jobb3"));
    }

    [Fact]
    public void The_result_has_no_in_memory_model_and_explains_its_sql()
    {
        using var connection = Open();
        var options = WorkPushDownData.Options() with { Outcomes = ["jobb3"] };
        var pushed = DuckDbPushDown.ComputeWorkIndicators(connection, _query, options);
        var explained = DuckDbPushDown.ExplainWorkIndicators(_query, options);

        Assert.Throws<NotSupportedException>(() => pushed.Model("jobb3"));
        Assert.Contains("GROUP BY", explained, StringComparison.Ordinal);
        Assert.Contains(":inflow_rate_cut1", explained, StringComparison.Ordinal);
        Assert.Contains("strftime(", explained, StringComparison.Ordinal);

        // The person key is only grouped and joined on inside subqueries: no statement returns it.
        foreach (var statement in pushed.Statements)
        {
            var outer = statement[..statement.IndexOf(" FROM ", StringComparison.Ordinal)];
            Assert.DoesNotContain("person", outer, StringComparison.Ordinal);
            Assert.DoesNotContain(".pk", outer, StringComparison.Ordinal);
        }
    }

    private static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        return connection;
    }
}
