using System.Text;

namespace Indikator.Core.Data;

/// <summary>
/// BigQuery's (GoogleSQL's) SQL for the push-down statements, for <see cref="PushDown.PushDownExplain"/>: the library
/// cannot run it here. Backtick quoting (a backtick in a name escaped with a backslash), <c>INT64</c>, <c>FLOAT64</c> and
/// <c>STRING</c>, <c>FORMAT_DATE('%Y-%m', DATE(d))</c> for the month of a date or timestamp, and inline tables as
/// <c>SELECT ... UNION ALL SELECT ...</c>, since BigQuery has no <c>VALUES</c> list in FROM.
/// </summary>
internal sealed class BigQueryDialect : SqlDialect
{
    public static readonly BigQueryDialect Instance = new();

    public override string IntegerType => "INT64";

    public override string RealType => "FLOAT64";

    public override string TextType => "STRING";

    public override string Quote(string identifier)
        => "`" + identifier.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal) + "`";

    // BigQuery string literals take a backslash as an escape; doubling it keeps the value as written.
    public override string TextLiteral(string value)
        => "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    public override string MonthText(string dateExpression) => $"FORMAT_DATE('%Y-%m', DATE({dateExpression}))";

    public override IReadOnlyList<string> CreateTemporaryTable(string name, string query)
        => [$"CREATE TEMP TABLE {Quote(name)} AS {TrimQuery(query)}"];

    /// <summary>The inline table as a UNION ALL of one-row SELECTs; the first names the columns.</summary>
    public override string ValuesTable(string alias, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>>? rows)
    {
        var sql = new StringBuilder("(");
        if (rows is null)
        {
            sql.Append("SELECT /* ").Append(string.Join(", ", columns)).Append(": one row per level, UNION ALL, values known after the first pass */");
        }
        else
        {
            for (var r = 0; r < rows.Count; r++)
            {
                sql.Append(r == 0 ? "SELECT " : " UNION ALL SELECT ");
                for (var c = 0; c < columns.Count; c++)
                {
                    sql.Append(c == 0 ? string.Empty : ", ").Append(rows[r][c]);
                    if (r == 0)
                    {
                        sql.Append(" AS ").Append(columns[c]);
                    }
                }
            }
        }

        return sql.Append(") AS ").Append(alias).ToString();
    }
}
