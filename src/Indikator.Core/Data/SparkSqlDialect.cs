namespace Indikator.Core.Data;

/// <summary>
/// Spark SQL's SQL for the push-down statements, for <see cref="PushDown.PushDownExplain"/>: the library cannot run it
/// here. Backtick quoting (a backtick in a name doubled), <c>BIGINT</c>, <c>DOUBLE</c> and <c>STRING</c>,
/// <c>date_format(d, 'yyyy-MM')</c> for the month of a date; inline tables as <c>(VALUES ...) AS t(c1, c2)</c>, as in
/// PostgreSQL and DuckDB.
/// </summary>
internal sealed class SparkSqlDialect : SqlDialect
{
    public static readonly SparkSqlDialect Instance = new();

    public override string IntegerType => "BIGINT";

    public override string RealType => "DOUBLE";

    public override string TextType => "STRING";

    public override string Quote(string identifier) => "`" + identifier.Replace("`", "``", StringComparison.Ordinal) + "`";

    // Spark reads a backslash in a string literal as an escape; doubling it keeps the value as written.
    public override string TextLiteral(string value)
        => "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    public override string MonthText(string dateExpression) => $"date_format({dateExpression}, 'yyyy-MM')";

    // Spark SQL has no temporary tables; a cached table is computed once and kept for the session.
    public override IReadOnlyList<string> CreateTemporaryTable(string name, string query)
        => [$"CACHE TABLE {Quote(name)} AS {TrimQuery(query)}"];

    public override string DropTemporaryTable(string name) => $"UNCACHE TABLE IF EXISTS {Quote(name)}";
}
