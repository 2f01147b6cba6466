using Indikator.Core.Data;
using Indikator.Core.Indicators.Work;
using Indikator.Core.PushDown;
using Indikator.Core.RiskAdjustment;
using Npgsql;

namespace Indikator.Core.PostgreSql;

/// <summary>
/// Fits a linear model inside PostgreSQL: the library sends aggregate SQL (cell sums per fixed-effect cell, cross-products
/// of demeaned columns, score sums per cluster) and finishes in memory, so no row of the source is ever read. The
/// numbers are those of <see cref="LinearModel.Fit"/> on the same rows.
/// </summary>
/// <remarks>
/// <para>The role needs SELECT on the columns the model names (outcome, covariates, weights, categorical covariates,
/// fixed effects, cluster columns), and on nothing else: a person key is needed only to cluster by person, and then it
/// is grouped on the server and never returned. Categorical columns are compared as text, as the loaders read them;
/// NULL, empty and <c>NA</c> are missing. docs/databases.md lists the statements and the privacy property.</para>
/// <code>
/// var spec = new LinearModelSpec("jobb3", ["age", "months_unemployed"]) { FixedEffects = ["office", "month"] };
/// var connectionString = Environment.GetEnvironmentVariable("INDIKATOR_PG");
/// PushDownFitResult fit = PostgreSqlPushDown.Fit(connectionString, "select * from stock", spec);
/// </code>
/// <para>This type is stateless and thread safe; a connection is not, so do not share one between threads.</para>
/// </remarks>
public static class PostgreSqlPushDown
{
    private const string DefaultSourceName = "PostgreSQL query";

    /// <summary>Connects and fits a linear model to the rows of a query, inside PostgreSQL.</summary>
    /// <param name="connectionString">The Npgsql connection string; it never appears in messages.</param>
    /// <param name="query">Any PostgreSQL query; for a table, <c>select * from name</c>.</param>
    /// <param name="spec">The model (at most two fixed effects).</param>
    /// <param name="options">Options, or null for <see cref="PushDownOptions.Default"/>.</param>
    /// <param name="sourceName">The name of the query in error messages.</param>
    /// <param name="cancellationToken">Cancels the running statement.</param>
    /// <returns>The immutable result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The connection string is not valid, the query is empty, the specification has
    /// more than two fixed effects or an empty column name, the covariance is HC2 or HC3, a weight is negative, a
    /// requested reference level has no used rows, or no row is left.</exception>
    /// <exception cref="DataSourceException">The server cannot be reached, a statement fails (a missing column, a column
    /// the role may not read), or a used column holds NaN or an infinite value.</exception>
    /// <exception cref="OperationCanceledException">The fit was cancelled.</exception>
    public static PushDownFitResult Fit(string connectionString, string query, LinearModelSpec spec, PushDownOptions? options = null, string sourceName = DefaultSourceName, CancellationToken cancellationToken = default)
    {
        using var connection = PostgreSqlLoader.Open(connectionString, sourceName);
        return Fit(connection, query, spec, options, sourceName, cancellationToken);
    }

    /// <summary>Fits a linear model to the rows of a query on an open connection, inside PostgreSQL.</summary>
    /// <param name="connection">An open connection; it is left open.</param>
    /// <param name="query">Any PostgreSQL query; for a table, <c>select * from name</c>.</param>
    /// <param name="spec">The model (at most two fixed effects).</param>
    /// <param name="options">Options, or null for <see cref="PushDownOptions.Default"/>.</param>
    /// <param name="sourceName">The name of the query in error messages.</param>
    /// <param name="cancellationToken">Cancels the running statement.</param>
    /// <returns>The immutable result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The query is empty, the specification has more than two fixed effects or an
    /// empty column name, the covariance is HC2 or HC3, a weight is negative, a requested reference level has no used rows,
    /// or no row is left.</exception>
    /// <exception cref="DataSourceException">A statement fails (a missing column, a column the role may not read), or a
    /// used column holds NaN or an infinite value.</exception>
    /// <exception cref="OperationCanceledException">The fit was cancelled.</exception>
    public static PushDownFitResult Fit(NpgsqlConnection connection, string query, LinearModelSpec spec, PushDownOptions? options = null, string sourceName = DefaultSourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return PushDownLinearModel.Fit(connection, PostgreSqlDialect.Instance, "PostgreSQL", query, spec, options, sourceName, cancellationToken);
    }

    /// <summary>The SQL a <see cref="Fit(string, string, LinearModelSpec, PushDownOptions?, string, CancellationToken)"/>
    /// would run, without running anything: the first pass exactly, the later passes with placeholders for the numbers
    /// the first pass computes.</summary>
    /// <param name="query">Any PostgreSQL query.</param>
    /// <param name="spec">The model.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <returns>The statements, each ending with a semicolon, under numbered comments.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The query is empty or the specification is not supported.</exception>
    public static string Explain(string query, LinearModelSpec spec, PushDownOptions? options = null)
        => PushDownLinearModel.Explain(PostgreSqlDialect.Instance, query, spec, options);

    /// <summary>
    /// Connects and computes the work indicators, variant (a) (<see cref="ContributionVariant.MeanResidual"/>), variant (b)
    /// (<see cref="ContributionVariant.FixedEffect"/>) and priority groups, inside
    /// PostgreSQL: the same tables and comparisons as
    /// <see cref="WorkIndicators.Compute(PersonMonthPanel, WorkIndicatorOptions?, CancellationToken)"/> on the same rows,
    /// with only aggregates read from the database (docs/databases.md, "Work indicators inside the database").
    /// </summary>
    /// <param name="connectionString">The Npgsql connection string; it never appears in messages.</param>
    /// <param name="query">Any PostgreSQL query whose rows are person-months with the outcome, model and unit columns.</param>
    /// <param name="options">The options.</param>
    /// <param name="personKey">The person key column: grouped inside the statements, never read. The role needs SELECT on it.</param>
    /// <param name="period">The measurement month column: a date (its month) or text yyyy-MM.</param>
    /// <param name="sourceName">The name of the query in error messages.</param>
    /// <param name="cancellationToken">Cancels the running statement.</param>
    /// <returns>The indicators; <see cref="WorkIndicatorResult.Statements"/> lists the SQL that ran.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The connection string is not valid, an option is out of range, or the query is empty or returns no rows.</exception>
    /// <exception cref="DataSourceException">The server cannot be reached, a statement fails (a missing column, a column
    /// the role may not read, such as the person key), or a used column holds NaN or an infinite value.</exception>
    /// <exception cref="OperationCanceledException">The computation was cancelled.</exception>
    public static WorkIndicatorResult ComputeWorkIndicators(
        string connectionString, string query, WorkIndicatorOptions options, string personKey = "person_key", string period = PersonMonthPanel.PeriodColumnName, string sourceName = DefaultSourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var connection = PostgreSqlLoader.Open(connectionString, sourceName);
        return ComputeWorkIndicators(connection, query, options, personKey, period, sourceName, cancellationToken);
    }

    /// <summary>Computes the work indicators, variants (a) and (b), inside PostgreSQL on an open connection (see
    /// <see cref="ComputeWorkIndicators(string, string, WorkIndicatorOptions, string, string, string, CancellationToken)"/>).</summary>
    /// <param name="connection">An open connection; it is left open.</param>
    /// <param name="query">Any PostgreSQL query whose rows are person-months.</param>
    /// <param name="options">The options.</param>
    /// <param name="personKey">The person key column.</param>
    /// <param name="period">The measurement month column: a date or text yyyy-MM.</param>
    /// <param name="sourceName">The name of the query in error messages.</param>
    /// <param name="cancellationToken">Cancels the running statement.</param>
    /// <returns>The indicators.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An option is out of range, a priority group names a category that does not occur
    /// in its column, or the query is empty or returns no rows.</exception>
    /// <exception cref="DataSourceException">A statement fails, or a used column holds NaN or an infinite value.</exception>
    /// <exception cref="OperationCanceledException">The computation was cancelled.</exception>
    public static WorkIndicatorResult ComputeWorkIndicators(
        NpgsqlConnection connection, string query, WorkIndicatorOptions options, string personKey = "person_key", string period = PersonMonthPanel.PeriodColumnName, string sourceName = DefaultSourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);

        // The planner underestimates the rows of the grouped subqueries (the design's joins to inline tables multiply
        // their selectivities down to one row) and would join the per-person scores to the cells with a nested loop
        // that reruns the per-person subquery for every cell: minutes instead of a second. Nested loops are turned off
        // for these statements only; the caller's own value is put back afterwards.
        var previous = Execute(connection, "SELECT set_config('enable_nestloop', 'off', false)", sourceName, read: "SELECT current_setting('enable_nestloop')");
        try
        {
            return PushDownWorkIndicators.Compute(connection, PostgreSqlDialect.Instance, "PostgreSQL", query, personKey, period, options, sourceName, cancellationToken);
        }
        finally
        {
            Execute(connection, "SELECT set_config('enable_nestloop', @previous, false)", sourceName, parameter: previous ?? "on");
        }
    }

    /// <summary>The SQL <see cref="ComputeWorkIndicators(string, string, WorkIndicatorOptions, string, string, string, CancellationToken)"/>
    /// would run, without running anything, with placeholders for what earlier statements compute.</summary>
    /// <param name="query">Any PostgreSQL query.</param>
    /// <param name="options">The options.</param>
    /// <param name="personKey">The person key column.</param>
    /// <param name="period">The measurement month column.</param>
    /// <param name="periodIsDate">Whether the period column is a date (true) or text yyyy-MM (false); the computation finds out itself.</param>
    /// <returns>The statements, each ending with a semicolon, under numbered comments.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string ExplainWorkIndicators(string query, WorkIndicatorOptions options, string personKey = "person_key", string period = PersonMonthPanel.PeriodColumnName, bool periodIsDate = true)
    {
        ArgumentNullException.ThrowIfNull(options);
        return PushDownWorkIndicators.Explain(PostgreSqlDialect.Instance, query, personKey, period, periodIsDate, options);
    }

    /// <summary>Runs <paramref name="sql"/> (with <paramref name="parameter"/> as <c>@previous</c> when given), after
    /// reading the single text value of <paramref name="read"/> when given, and returns that value.</summary>
    private static string? Execute(NpgsqlConnection connection, string sql, string sourceName, string? read = null, string? parameter = null)
    {
        try
        {
            string? value = null;
            if (read is not null)
            {
                using var query = new NpgsqlCommand(read, connection);
                value = query.ExecuteScalar() as string;
            }

            using var command = new NpgsqlCommand(sql, connection);
            if (parameter is not null)
            {
                command.Parameters.AddWithValue("previous", parameter);
            }

            command.ExecuteNonQuery();
            return value;
        }
        catch (NpgsqlException e)
        {
            throw new DataSourceException($"{sourceName}: PostgreSQL cannot run '{sql}': {e.Message}", e);
        }
    }
}
