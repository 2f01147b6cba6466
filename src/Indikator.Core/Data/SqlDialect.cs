using System.Text;

namespace Indikator.Core.Data;

/// <summary>
/// What the database sources need to say in a database's own SQL: quoting, type names, literals, inline tables and the
/// month of a date. Everything else the library writes is the SQL that PostgreSQL, DuckDB, BigQuery and Spark SQL share.
/// Loading wraps the user's query twice: once with <c>LIMIT 0</c> to learn its columns, then to select, in schema
/// order, only the columns the schema reads, cast to the type the loader wants, so that the server sends nothing
/// else and the client reads one fixed type per column. The push-down fit (<see cref="PushDown.PushDownSql"/>) uses
/// the casts, literals and inline tables.
/// </summary>
internal abstract class SqlDialect
{
    private const string Alias = "indikator_source";

    /// <summary>The dialect of a <see cref="PushDown.PushDownDialect"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static SqlDialect For(PushDown.PushDownDialect dialect) => dialect switch
    {
        PushDown.PushDownDialect.DuckDb => DuckDbDialect.Instance,
        PushDown.PushDownDialect.PostgreSql => PostgreSqlDialect.Instance,
        PushDown.PushDownDialect.BigQuery => BigQueryDialect.Instance,
        PushDown.PushDownDialect.SparkSql => SparkSqlDialect.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, "Not a push-down dialect."),
    };

    /// <summary>Gets the type name of a 64-bit integer.</summary>
    public abstract string IntegerType { get; }

    /// <summary>Gets the type name of a double.</summary>
    public abstract string RealType { get; }

    /// <summary>Gets the type name of text.</summary>
    public abstract string TextType { get; }

    /// <summary>Quotes an identifier with double quotes, as both PostgreSQL and DuckDB do (BigQuery and Spark SQL use backticks).</summary>
    public virtual string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>An expression cast to a type.</summary>
    public virtual string Cast(string expression, string type) => $"CAST({expression} AS {type})";

    /// <summary>A double literal that reads back to exactly <paramref name="value"/>: the shortest round-trip digits
    /// with an exponent, cast to the real type (without the exponent DuckDB reads a DECIMAL and PostgreSQL a numeric).</summary>
    public string RealLiteral(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only finite numbers can be written as SQL literals.");
        }

        var text = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        if (!text.Contains('E', StringComparison.Ordinal))
        {
            text += "E0";
        }

        return Cast(text, RealType);
    }

    /// <summary>A text literal, with single quotes doubled.</summary>
    public virtual string TextLiteral(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>
    /// An inline table for a join: <c>(VALUES (...), (...)) AS alias(c1, c2)</c>, which PostgreSQL, DuckDB and Spark SQL
    /// read alike (BigQuery has no VALUES: <see cref="BigQueryDialect"/> writes <c>SELECT ... UNION ALL SELECT ...</c>).
    /// </summary>
    /// <param name="alias">The table alias.</param>
    /// <param name="columns">The column names (plain identifiers).</param>
    /// <param name="rows">The rows, each a list of literals; null writes a placeholder comment instead (for an explanation).</param>
    public virtual string ValuesTable(string alias, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>>? rows)
    {
        var sql = new StringBuilder("(VALUES ");
        if (rows is null)
        {
            sql.Append("/* ").Append(string.Join(", ", columns)).Append(": one row per level, values known after the first pass */");
        }
        else
        {
            for (var r = 0; r < rows.Count; r++)
            {
                sql.Append(r == 0 ? "(" : ", (").AppendJoin(", ", rows[r]).Append(')');
            }
        }

        return sql.Append(") AS ").Append(alias).Append('(').AppendJoin(", ", columns).Append(')').ToString();
    }

    /// <summary>An expression giving the month of a date as text <c>yyyy-MM</c>.</summary>
    public abstract string MonthText(string dateExpression);

    /// <summary>
    /// The statements that materialise a query once into a temporary table of the session, so that the many statements
    /// that read it do not each evaluate the query again: <c>CREATE TEMPORARY TABLE name AS query</c>, which DuckDB and
    /// PostgreSQL read alike (PostgreSQL adds <c>ANALYZE</c>, since autovacuum never analyses a temporary table and the
    /// planner would guess its size; BigQuery writes <c>CREATE TEMP TABLE</c>, Spark SQL <c>CACHE TABLE</c>). The table is
    /// gone when the session ends; <see cref="DropTemporaryTable"/> removes it sooner.
    /// </summary>
    /// <param name="name">The table's name (a plain identifier).</param>
    /// <param name="query">The query whose rows it holds.</param>
    public virtual IReadOnlyList<string> CreateTemporaryTable(string name, string query)
        => [$"CREATE TEMPORARY TABLE {Quote(name)} AS {TrimQuery(query)}"];

    /// <summary>The statement that removes a temporary table of <see cref="CreateTemporaryTable"/>, if it exists.</summary>
    /// <param name="name">The table's name.</param>
    public virtual string DropTemporaryTable(string name) => $"DROP TABLE IF EXISTS {Quote(name)}";

    /// <summary>Removes white space and trailing semicolons, so that the query can be a subquery.</summary>
    /// <exception cref="ArgumentException">The query is empty.</exception>
    public static string TrimQuery(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var trimmed = query.Trim().TrimEnd(';').TrimEnd();
        return trimmed.Length > 0 ? trimmed : throw new ArgumentException("The query is empty.", nameof(query));
    }

    /// <summary>The query that returns no row but all the columns of <paramref name="query"/>.</summary>
    public static string Probe(string query) => $"SELECT * FROM ({TrimQuery(query)}) AS {Alias} LIMIT 0";

    /// <summary>The query that selects the loader's columns, in schema order, cast to what the loader reads.</summary>
    public string Projection(string query, IReadOnlyList<LoadColumn> columns)
    {
        var sql = new StringBuilder("SELECT ");
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var name = Alias + "." + Quote(column.SourceName);
            sql.Append(i == 0 ? string.Empty : ", ").Append(column.ReadAs switch
            {
                SourceType.Integer => $"CAST({name} AS {IntegerType})",
                SourceType.Real => $"CAST({name} AS {RealType})",
                SourceType.Date => MonthText(name),
                _ => $"CAST({name} AS {TextType})",
            });
        }

        return sql.Append(" FROM (").Append(TrimQuery(query)).Append(") AS ").Append(Alias).ToString();
    }

    /// <summary>Reads every row of the projection into the loader.</summary>
    public static void Fill(ColumnBatchLoader loader, ISqlRowCursor cursor, CancellationToken cancellationToken)
    {
        var columns = loader.Columns;
        var n = columns.Count;
        var rows = 0;
        while (cursor.NextRow())
        {
            // Checked once per 65,536 rows: often enough to stop within milliseconds, rare enough to cost nothing.
            if ((++rows & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            for (var c = 0; c < n; c++)
            {
                if (cursor.IsNull(c))
                {
                    loader.AddNull(c);
                    continue;
                }

                switch (columns[c].ReadAs)
                {
                    case SourceType.Integer:
                        loader.AddInteger(c, cursor.GetInt64(c));
                        break;
                    case SourceType.Real:
                        loader.AddReal(c, cursor.GetDouble(c));
                        break;
                    default:
                        loader.AddText(c, cursor.GetString(c));
                        break;
                }
            }
        }
    }
}
