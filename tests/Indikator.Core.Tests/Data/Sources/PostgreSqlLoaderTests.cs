using Indikator.Core.Data;
using Indikator.Core.PostgreSql;
using Npgsql;
using NpgsqlTypes;

namespace Indikator.Core.Tests.Data.Sources;

public sealed class PostgreSqlLoaderTests(PostgreSqlServer server) : IClassFixture<PostgreSqlServer>
{
    [Fact]
    public void Table_filled_from_a_panel_loads_exactly_as_its_csv()
    {
        var sample = SourcePanels.Sample();
        var fromCsv = CsvLoader.LoadPanel(new StringReader(SourcePanels.ToCsv(sample)), SourcePanels.Schema);
        var table = Fill(sample, "stock_roundtrip");

        var fromPostgres = PostgreSqlLoader.LoadPanel(server.ConnectionString, $"select * from {table} order by row_number", SourcePanels.Schema);

        SourcePanels.AssertSame(fromCsv, fromPostgres);
    }

    [Fact]
    public void Date_periods_narrow_integers_and_numerics_are_cast_on_the_server()
    {
        var table = server.Schema + ".typed";
        server.Execute($"create table {table} (k integer not null, d date, x numeric(6,2), region smallint, flag boolean)");
        server.Execute($"insert into {table} values (7, '2024-03-31', 1.25, 12, true), (8, '2023-12-01', null, null, false)");
        using var connection = server.Open();

        var panel = PostgreSqlLoader.LoadPanel(connection, $"select * from {table} order by k;",
            new CsvSchema().WithPersonKey("k").WithPeriod("d").AddNumeric("x").AddCategorical("region").AddCategorical("flag"));

        Assert.Equal([7L, 8], panel.PersonKeys.ToArray());
        Assert.Equal([new YearMonth(2024, 3), new YearMonth(2023, 12)], panel.Periods.ToArray());
        Assert.Equal([1.25, double.NaN], panel.Numeric("x").Values.ToArray());
        Assert.Equal(["12"], panel.Categorical("region").Levels);
        Assert.Equal(["false", "true"], panel.Categorical("flag").Levels);
    }

    [Fact]
    public void Wrong_type_missing_column_and_null_period_are_typed_errors()
    {
        var schema = new CsvSchema().WithPersonKey("person_key").WithPeriod("period");

        var type = Assert.Throws<DataSourceException>(() => PostgreSqlLoader.LoadPanel(server.ConnectionString, "select 'x'::text as person_key, '2024-01' as period", schema));
        var missing = Assert.Throws<DataSourceException>(() => PostgreSqlLoader.LoadPanel(server.ConnectionString, "select 1 as person_key", schema));
        var nulls = Assert.Throws<DataSourceException>(() => PostgreSqlLoader.LoadPanel(
            server.ConnectionString, "select * from (values (98765432101::bigint, '2024-01'), (98765432102, null)) t(person_key, period)", schema, "stock query"));

        Assert.Equal(("person_key", -1L), (type.ColumnName, type.Row));
        Assert.Contains("the person key needs an integer type, not text", type.Message, StringComparison.Ordinal);
        Assert.Equal("period", missing.ColumnName);
        Assert.Equal("stock query, row 1, column 'period': the period is missing", nulls.Message);
        Assert.DoesNotContain("9876543210", nulls.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Failed_query_and_unreachable_server_never_show_the_connection_string()
    {
        var schema = new CsvSchema().WithPersonKey("k").WithPeriod("p");
        var query = Assert.Throws<DataSourceException>(() => PostgreSqlLoader.LoadPanel(server.ConnectionString, "select * from no_such_table", schema));
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        var unreachable = Assert.Throws<DataSourceException>(() => PostgreSqlLoader.LoadPanel(
            "Host=127.0.0.1;Port=1;Username=u;Password=s3cret-pw;Timeout=3", "select 1", schema));
        var invalid = Assert.Throws<ArgumentException>(() => PostgreSqlLoader.LoadPanel("Password=s3cret-pw;Nonsense=1", "select 1", schema));

        Assert.Contains("SQLSTATE 42P01", query.Message, StringComparison.Ordinal);
        Assert.StartsWith("PostgreSQL query: cannot connect to PostgreSQL", unreachable.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", unreachable.Message + invalid.Message, StringComparison.Ordinal);
    }

    /// <summary>Writes the sample into a new table with binary COPY, numbering the rows so that a query can keep their order.</summary>
    private string Fill(PersonMonthPanel panel, string name)
    {
        var table = server.Schema + "." + name;
        server.Execute($"create table {table} (row_number integer, person_key bigint, period text, weight double precision, age double precision, income double precision, office text, gender text)");
        using var connection = server.Open();
        using (var import = connection.BeginBinaryImport($"copy {table} from stdin (format binary)"))
        {
            var keys = panel.PersonKeys.Span;
            var periods = panel.Periods.Span;
            var weights = panel.Weights.Span;
            var age = panel.Numeric("age").Values.Span;
            var income = panel.Numeric("income").Values.Span;
            var office = panel.Categorical("office");
            var gender = panel.Categorical("gender");
            for (var i = 0; i < panel.RowCount; i++)
            {
                import.StartRow();
                import.Write(i, NpgsqlDbType.Integer);
                import.Write(keys[i], NpgsqlDbType.Bigint);
                import.Write(periods[i].ToString(), NpgsqlDbType.Text);
                import.Write(weights[i], NpgsqlDbType.Double);
                WriteNumber(import, age[i]);
                WriteNumber(import, income[i]);
                WriteLabel(import, office, i);
                WriteLabel(import, gender, i);
            }

            import.Complete();
        }

        return table;
    }

    private static void WriteNumber(NpgsqlBinaryImporter import, double value)
    {
        if (double.IsNaN(value))
        {
            import.WriteNull();
        }
        else
        {
            import.Write(value, NpgsqlDbType.Double);
        }
    }

    private static void WriteLabel(NpgsqlBinaryImporter import, CategoricalColumn column, int row)
    {
        var code = column.Codes.Span[row];
        if (code == CategoricalColumn.MissingCode)
        {
            import.WriteNull();
        }
        else
        {
            import.Write(column.Levels[code], NpgsqlDbType.Text);
        }
    }
}
