using Indikator.Core.Data;
using Indikator.Core.Indicators.Work;
using Indikator.Core.PushDown;
using Indikator.Core.RiskAdjustment;
using DuckDB.NET.Data;

namespace Indikator.Core.DuckDB;

/// <summary>
/// Fits a linear model inside DuckDB: the library sends aggregate SQL (cell sums per fixed-effect cell, cross-products
/// of demeaned columns, score sums per cluster) and finishes in memory, so no row of the source is ever read. The
/// numbers are those of <see cref="LinearModel.Fit"/> on the same rows.
/// </summary>
/// <remarks>
/// <para>The query can be any DuckDB query, for example <c>select * from 'panel/*.parquet'</c>; column names in the
/// specification are its result columns. Categorical columns (categorical covariates, fixed effects, clusters) are
/// compared as text, as the loaders read them; NULL, empty and <c>NA</c> are missing. Numeric NULLs are missing.
/// docs/databases.md lists the statements, the dialect and the privacy property.</para>
/// <code>
/// using var connection = new DuckDBConnection("DataSource=:memory:");
/// connection.Open();
/// var spec = new LinearModelSpec("jobb3", ["age", "months_unemployed"]) { FixedEffects = ["office", "month"] };
/// PushDownFitResult fit = DuckDbPushDown.Fit(connection, "select * from 'panel.parquet'", spec);
/// </code>
/// <para>This type is stateless and thread safe; a connection is not, so do not share one between threads.</para>
/// </remarks>
public static class DuckDbPushDown
{
    private const string DefaultSourceName = "DuckDB query";

    /// <summary>Fits a linear model to the rows of a query, inside DuckDB.</summary>
    /// <param name="connection">An open connection; it is left open.</param>
    /// <param name="query">Any DuckDB query; for a table, <c>select * from name</c>.</param>
    /// <param name="spec">The model (at most two fixed effects).</param>
    /// <param name="options">Options, or null for <see cref="PushDownOptions.Default"/>.</param>
    /// <param name="sourceName">The name of the query in error messages.</param>
    /// <param name="cancellationToken">Cancels the running statement.</param>
    /// <returns>The immutable result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The query is empty, the specification has more than two fixed effects or an
    /// empty column name, the covariance is HC2 or HC3, a weight is negative, a requested reference level has no used rows,
    /// or no row is left.</exception>
    /// <exception cref="DataSourceException">DuckDB cannot run a statement (a missing column, a wrong type), or a used
    /// column holds NaN or an infinite value.</exception>
    /// <exception cref="OperationCanceledException">The fit was cancelled.</exception>
    public static PushDownFitResult Fit(DuckDBConnection connection, string query, LinearModelSpec spec, PushDownOptions? options = null, string sourceName = DefaultSourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return PushDownLinearModel.Fit(connection, DuckDbDialect.Instance, "DuckDB", query, spec, options, sourceName, cancellationToken);
    }

    /// <summary>The SQL a <see cref="Fit"/> would run, without running anything: the first pass exactly, the later passes
    /// with placeholders for the numbers the first pass computes.</summary>
    /// <param name="query">Any DuckDB query.</param>
    /// <param name="spec">The model.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <returns>The statements, each ending with a semicolon, under numbered comments.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The query is empty or the specification is not supported (see <see cref="Fit"/>).</exception>
    public static string Explain(string query, LinearModelSpec spec, PushDownOptions? options = null)
        => PushDownLinearModel.Explain(DuckDbDialect.Instance, query, spec, options);

    /// <summary>
    /// Computes the work indicators, variant (a) (<see cref="ContributionVariant.MeanResidual"/>) and variant (b)
    /// (<see cref="ContributionVariant.FixedEffect"/>, for <see cref="WorkIndicatorOptions.FixedEffectLevels"/>), priority groups included, inside DuckDB: the
    /// same tables and comparisons as <see cref="WorkIndicators.Compute(PersonMonthPanel, WorkIndicatorOptions?, CancellationToken)"/>
    /// on the same rows, with only aggregates read from the database (docs/databases.md, "Work indicators inside the database").
    /// </summary>
    /// <param name="connection">An open connection; it is left open.</param>
    /// <param name="query">Any DuckDB query whose rows are person-months with the outcome, model and unit columns.</param>
    /// <param name="options">The options.</param>
    /// <param name="personKey">The person key column: grouped inside the statements, never read.</param>
    /// <param name="period">The measurement month column: a date (its month) or text yyyy-MM.</param>
    /// <param name="sourceName">The name of the query in error messages.</param>
    /// <param name="cancellationToken">Cancels the running statement.</param>
    /// <returns>The indicators; <see cref="WorkIndicatorResult.Statements"/> lists the SQL that ran.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An option is out of range, a priority group names a category that does not occur
    /// in its column, or the query is empty or returns no rows.</exception>
    /// <exception cref="DataSourceException">DuckDB cannot run a statement (a missing column, a wrong type), or a used
    /// column holds NaN or an infinite value.</exception>
    /// <exception cref="OperationCanceledException">The computation was cancelled.</exception>
    public static WorkIndicatorResult ComputeWorkIndicators(
        DuckDBConnection connection, string query, WorkIndicatorOptions options, string personKey = "person_key", string period = PersonMonthPanel.PeriodColumnName, string sourceName = DefaultSourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        return PushDownWorkIndicators.Compute(connection, DuckDbDialect.Instance, "DuckDB", query, personKey, period, options, sourceName, cancellationToken);
    }

    /// <summary>The SQL <see cref="ComputeWorkIndicators"/> would run, without running anything, with placeholders for
    /// what earlier statements compute (decile cut points, coefficients).</summary>
    /// <param name="query">Any DuckDB query.</param>
    /// <param name="options">The options (see <see cref="ComputeWorkIndicators"/>).</param>
    /// <param name="personKey">The person key column.</param>
    /// <param name="period">The measurement month column.</param>
    /// <param name="periodIsDate">Whether the period column is a date (true) or text yyyy-MM (false); the computation finds out itself.</param>
    /// <returns>The statements, each ending with a semicolon, under numbered comments.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string ExplainWorkIndicators(string query, WorkIndicatorOptions options, string personKey = "person_key", string period = PersonMonthPanel.PeriodColumnName, bool periodIsDate = true)
    {
        ArgumentNullException.ThrowIfNull(options);
        return PushDownWorkIndicators.Explain(DuckDbDialect.Instance, query, personKey, period, periodIsDate, options);
    }
}
