namespace Indikator.Core.PushDown;

/// <summary>The SQL dialects the push-down statements can be written in (<see cref="PushDownExplain"/>).</summary>
/// <remarks>The statements are the same in every dialect: SELECT over a subquery, joins on equality, GROUP BY, SUM,
/// COUNT, CASE and CAST. What differs is identifier quoting, type names, inline tables and the month of a date
/// (docs/databases.md, "Dialects"). The library runs DuckDB and PostgreSQL (<c>DuckDbPushDown</c>,
/// <c>PostgreSqlPushDown</c>); BigQuery and Spark SQL can be explained, to be run by other tools.</remarks>
public enum PushDownDialect
{
    /// <summary>DuckDB: <c>"name"</c>, <c>DOUBLE</c>, <c>VARCHAR</c>, <c>strftime(d, '%Y-%m')</c>, <c>VALUES</c>.</summary>
    DuckDb,

    /// <summary>PostgreSQL: <c>"name"</c>, <c>double precision</c>, <c>text</c>, <c>to_char(d, 'YYYY-MM')</c>, <c>VALUES</c>.</summary>
    PostgreSql,

    /// <summary>BigQuery (GoogleSQL): <c>`name`</c>, <c>FLOAT64</c>, <c>STRING</c>, <c>FORMAT_DATE('%Y-%m', DATE(d))</c>, inline tables as <c>UNION ALL</c>.</summary>
    BigQuery,

    /// <summary>Spark SQL: <c>`name`</c>, <c>DOUBLE</c>, <c>STRING</c>, <c>date_format(d, 'yyyy-MM')</c>, <c>VALUES</c>.</summary>
    SparkSql,
}
