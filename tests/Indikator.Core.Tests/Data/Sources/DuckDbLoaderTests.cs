using DuckDB.NET.Data;
using Indikator.Core.Data;
using Indikator.Core.DuckDB;
using Indikator.Core.Parquet;

namespace Indikator.Core.Tests.Data.Sources;

public sealed class DuckDbLoaderTests : IDisposable
{
    private readonly string _folder = SourcePanels.NewFolder();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Query_over_a_parquet_file_loads_exactly_as_its_csv()
    {
        var sample = SourcePanels.Sample();
        var fromCsv = CsvLoader.LoadPanel(new StringReader(SourcePanels.ToCsv(sample)), SourcePanels.Schema);
        var path = Path.Combine(_folder, "panel.parquet");
        ParquetTableWriter.Write(sample, path);

        var fromDuckDb = DuckDbLoader.LoadPanel($"select * from read_parquet('{path}');", SourcePanels.Schema);

        SourcePanels.AssertSame(fromCsv, fromDuckDb);
    }

    [Fact]
    public void Query_over_a_csv_file_loads_exactly_as_the_csv_loader()
    {
        var path = Path.Combine(_folder, "panel.csv");
        File.WriteAllText(path, SourcePanels.ToCsv(SourcePanels.Sample()));
        var fromCsv = CsvLoader.LoadPanel(path, SourcePanels.Schema);

        // Office codes such as 0301 would be read as integers by type detection; the query says they are text.
        var fromDuckDb = DuckDbLoader.LoadPanel(
            $"select * from read_csv('{path}', types = {{'office': 'VARCHAR', 'period': 'VARCHAR'}})", SourcePanels.Schema);

        SourcePanels.AssertSame(fromCsv, fromDuckDb);
    }

    [Fact]
    public void Dates_integers_and_decimals_are_cast_in_the_query()
    {
        var panel = DuckDbLoader.LoadPanel(
            "select * from (values (7::INTEGER, DATE '2024-03-31', 1.25::DECIMAL(5,2), 12::SMALLINT), (8, DATE '2023-12-01', NULL, NULL)) t(k, d, x, region)",
            new CsvSchema().WithPersonKey("k").WithPeriod("d").AddNumeric("x").AddCategorical("region"));

        Assert.Equal([7L, 8], panel.PersonKeys.ToArray());
        Assert.Equal([new YearMonth(2024, 3), new YearMonth(2023, 12)], panel.Periods.ToArray());
        Assert.Equal([1.25, double.NaN], panel.Numeric("x").Values.ToArray());
        Assert.Equal(["12"], panel.Categorical("region").Levels);
        Assert.Equal([0, CategoricalColumn.MissingCode], panel.Categorical("region").Codes.ToArray());
    }

    [Fact]
    public void Only_the_schema_columns_are_selected_so_unreadable_other_columns_do_not_matter()
    {
        var table = DuckDbLoader.LoadTable("select 2.5 as x, [1, 2] as list_column, 'a' as \"odd \"\"name\"\"\"", new CsvSchema().AddNumeric("x").AddCategorical("odd \"name\""));

        Assert.Equal([2.5], table.Numeric("x").Values.ToArray());
        Assert.Equal(["a"], table.Categorical("odd \"name\"").Levels);
    }

    [Fact]
    public void Connection_may_be_the_callers_own()
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "create table stock as select 1::BIGINT as person_key, '2024-01' as period, 40.0 as hours";
            command.ExecuteNonQuery();
        }

        var panel = DuckDbLoader.LoadPanel(connection, "select * from stock", new CsvSchema().WithPersonKey("person_key").WithPeriod("period").AddNumeric("hours"));

        Assert.Equal([40.0], panel.Numeric("hours").Values.ToArray());
    }

    [Fact]
    public void Wrong_type_missing_column_and_null_period_are_typed_errors()
    {
        var schema = new CsvSchema().WithPersonKey("person_key").WithPeriod("period");

        var type = Assert.Throws<DataSourceException>(() => DuckDbLoader.LoadPanel("select 'x' as person_key, '2024-01' as period", schema));
        var missing = Assert.Throws<DataSourceException>(() => DuckDbLoader.LoadPanel("select 1 as person_key", schema));
        var nulls = Assert.Throws<DataSourceException>(() => DuckDbLoader.LoadPanel(
            "select * from (values (98765432101::BIGINT, '2024-01'), (98765432102, NULL)) t(person_key, period)", schema, "stock query"));

        Assert.Equal(("person_key", -1L), (type.ColumnName, type.Row));
        Assert.Contains("the person key needs an integer type, not ", type.Message, StringComparison.Ordinal);
        Assert.Equal("period", missing.ColumnName);
        Assert.Contains("its columns are: person_key", missing.Message, StringComparison.Ordinal);
        Assert.Equal("stock query, row 1, column 'period': the period is missing", nulls.Message);
        Assert.DoesNotContain("9876543210", nulls.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_duckdb_cannot_run_is_a_data_source_error()
    {
        var e = Assert.Throws<DataSourceException>(() => DuckDbLoader.LoadPanel("select * from no_such_table", new CsvSchema().WithPersonKey("k").WithPeriod("p")));

        Assert.StartsWith("DuckDB query: DuckDB cannot run the query", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => DuckDbLoader.LoadPanel(" ; ", new CsvSchema().WithPersonKey("k").WithPeriod("p")));
    }
}
