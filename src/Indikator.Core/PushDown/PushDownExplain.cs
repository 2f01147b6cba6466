using Indikator.Core.Data;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Internal;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.PushDown;

/// <summary>
/// The SQL of a push-down fit or of the push-down work indicators in any <see cref="PushDownDialect"/>, without running
/// anything: for a review, or to run the statements with another tool on BigQuery or Spark SQL. The DuckDB and
/// PostgreSQL texts are those of <c>DuckDbPushDown.Explain</c> and <c>PostgreSqlPushDown.Explain</c>.
/// </summary>
/// <remarks>This type is stateless and thread safe.</remarks>
public static class PushDownExplain
{
    /// <summary>The statements of a push-down fit: the first pass exactly, later passes with placeholders for what the first computes.</summary>
    /// <param name="dialect">The SQL dialect.</param>
    /// <param name="query">The query whose rows are fitted, in that dialect.</param>
    /// <param name="spec">The model (at most two fixed effects).</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <returns>The statements, each ending with a semicolon, under numbered comments.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dialect"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">The query is empty or the specification is not supported (HC2, HC3, more than two fixed effects).</exception>
    public static string Fit(PushDownDialect dialect, string query, LinearModelSpec spec, PushDownOptions? options = null)
        => PushDownLinearModel.Explain(SqlDialect.For(dialect), query, spec, options);

    /// <summary>The statements of the push-down work indicators (variant (a)), with placeholders for what earlier statements compute.</summary>
    /// <param name="dialect">The SQL dialect.</param>
    /// <param name="query">The query whose rows are person-months, in that dialect.</param>
    /// <param name="options">The options; <see cref="WorkIndicatorOptions.FixedEffectLevels"/> must be empty and no level may be priority groups.</param>
    /// <param name="personKey">The person key column.</param>
    /// <param name="period">The measurement month column.</param>
    /// <param name="periodIsDate">Whether the period column is a date (true) or text <c>yyyy-MM</c> (false).</param>
    /// <returns>The statements, each ending with a semicolon, under numbered comments.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dialect"/> is not a defined value.</exception>
    /// <exception cref="NotSupportedException">The options ask for variant (b) or priority groups.</exception>
    public static string WorkIndicators(
        PushDownDialect dialect, string query, WorkIndicatorOptions options, string personKey = "person_key", string period = PersonMonthPanel.PeriodColumnName, bool periodIsDate = true)
    {
        Guard.NotNull(options);
        return PushDownWorkIndicators.Explain(SqlDialect.For(dialect), query, personKey, period, periodIsDate, options);
    }
}
