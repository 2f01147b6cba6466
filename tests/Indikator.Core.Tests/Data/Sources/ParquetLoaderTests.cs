using Indikator.Core.Data;
using Indikator.Core.Parquet;
using Parquet;
using Parquet.Schema;

namespace Indikator.Core.Tests.Data.Sources;

public sealed partial class ParquetLoaderTests : IDisposable
{
    private readonly string _folder = SourcePanels.NewFolder();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Parquet_written_from_a_panel_loads_exactly_as_its_csv()
    {
        var sample = SourcePanels.Sample();
        var fromCsv = CsvLoader.LoadPanel(new StringReader(SourcePanels.ToCsv(sample)), SourcePanels.Schema);
        var path = Path.Combine(_folder, "panel.parquet");
        ParquetTableWriter.Write(sample, path);

        var fromParquet = ParquetLoader.LoadPanel(path, SourcePanels.Schema);

        SourcePanels.AssertSame(fromCsv, fromParquet);
    }

    [Fact]
    public void Many_row_groups_load_in_file_order()
    {
        var schema = new ParquetSchema(new DataField<long>("person_key"), new DataField<string>("period", false), new DataField<double>("x"));
        var path = Path.Combine(_folder, "groups.parquet");
        Write(path, schema, async writer =>
        {
            for (var g = 0; g < 3; g++)
            {
                using var group = writer.CreateRowGroup();
                await group.WriteAsync(schema.DataFields[0], (ReadOnlyMemory<long>)new long[] { g * 10, (g * 10) + 1 });
                await group.WriteAsync(schema.DataFields[1], new[] { "2024-01", "2024-02" });
                await group.WriteAsync(schema.DataFields[2], (ReadOnlyMemory<double>)new double[] { g, g + 0.5 });
            }
        });

        var panel = ParquetLoader.LoadPanel(path, new CsvSchema().WithPersonKey("person_key").WithPeriod("period").AddNumeric("x"));

        Assert.Equal([0L, 1, 10, 11, 20, 21], panel.PersonKeys.ToArray());
        Assert.Equal([0, 0.5, 1, 1.5, 2, 2.5], panel.Numeric("x").Values.ToArray());
    }

    [Fact]
    public void Narrow_integers_dates_floats_decimals_and_booleans_are_converted()
    {
        var schema = new ParquetSchema(
            new DataField<int>("key"), new DataField<DateOnly>("day"), new DataField<float>("f"),
            new DataField<decimal>("d"), new DataField<int?>("region"), new DataField<bool>("flag"));
        var path = Path.Combine(_folder, "types.parquet");
        Write(path, schema, async writer =>
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(schema.DataFields[0], (ReadOnlyMemory<int>)new[] { 7, 8 });
            await group.WriteAsync(schema.DataFields[1], (ReadOnlyMemory<DateOnly>)new[] { new DateOnly(2024, 3, 31), new DateOnly(2023, 12, 1) });
            await group.WriteAsync(schema.DataFields[2], (ReadOnlyMemory<float>)new[] { 1.5f, -2f });
            await group.WriteAsync(schema.DataFields[3], (ReadOnlyMemory<decimal>)new[] { 10.25m, 3m });
            await group.WriteAsync(schema.DataFields[4], (ReadOnlyMemory<int?>)new int?[] { 12, null });
            await group.WriteAsync(schema.DataFields[5], (ReadOnlyMemory<bool>)new[] { true, false });
        });

        var panel = ParquetLoader.LoadPanel(path, new CsvSchema()
            .WithPersonKey("key").WithPeriod("day").AddNumeric("f").AddNumeric("d").AddCategorical("region").AddCategorical("flag"));

        Assert.Equal([7L, 8], panel.PersonKeys.ToArray());
        Assert.Equal([new YearMonth(2024, 3), new YearMonth(2023, 12)], panel.Periods.ToArray());
        Assert.Equal([1.5, -2], panel.Numeric("f").Values.ToArray());
        Assert.Equal([10.25, 3], panel.Numeric("d").Values.ToArray());
        Assert.Equal(["12"], panel.Categorical("region").Levels);
        Assert.Equal([0, CategoricalColumn.MissingCode], panel.Categorical("region").Codes.ToArray());
        Assert.Equal(["false", "true"], panel.Categorical("flag").Levels);
    }

    [Fact]
    public void Missing_column_is_named_with_the_columns_the_file_has()
    {
        var path = Path.Combine(_folder, "panel.parquet");
        ParquetTableWriter.Write(SourcePanels.Sample(20), path);

        var e = Assert.Throws<DataSourceException>(() => ParquetLoader.LoadPanel(path, SourcePanels.Schema.AddNumeric("hours")));

        Assert.Equal("hours", e.ColumnName);
        Assert.Equal(-1, e.Row);
        Assert.Equal(path, e.SourceName);
        Assert.Contains("not in the source", e.Message, StringComparison.Ordinal);
        Assert.Contains("person_key, period, weight, age", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_column_type_is_an_error_before_any_row_is_read()
    {
        var path = Path.Combine(_folder, "panel.parquet");
        ParquetTableWriter.Write(SourcePanels.Sample(20), path);

        var key = Assert.Throws<DataSourceException>(() => ParquetLoader.LoadPanel(path, new CsvSchema().WithPersonKey("office").WithPeriod("period")));
        var number = Assert.Throws<DataSourceException>(() => ParquetLoader.LoadPanel(path, new CsvSchema().WithPersonKey("person_key").WithPeriod("period").AddNumeric("gender")));

        Assert.Equal("office", key.ColumnName);
        Assert.Contains("the person key needs an integer type", key.Message, StringComparison.Ordinal);
        Assert.Equal("gender", number.ColumnName);
        Assert.Contains("a numeric column needs a number type", number.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_in_a_required_column_names_the_column_and_row_but_no_key()
    {
        var schema = new ParquetSchema(new DataField<long?>("person_key"), new DataField<string>("period"));
        var path = Path.Combine(_folder, "nulls.parquet");
        Write(path, schema, async writer =>
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(schema.DataFields[0], (ReadOnlyMemory<long?>)new long?[] { 98765432101, 98765432102, 98765432103 });
            await group.WriteAsync(schema.DataFields[1], new[] { "2024-01", "2024-02", null });
        });
        var nullKeyPath = Path.Combine(_folder, "nullkey.parquet");
        Write(nullKeyPath, schema, async writer =>
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(schema.DataFields[0], (ReadOnlyMemory<long?>)new long?[] { 98765432101, null });
            await group.WriteAsync(schema.DataFields[1], new[] { "2024-01", "2024-02" });
        });
        var panelSchema = new CsvSchema().WithPersonKey("person_key").WithPeriod("period");

        var period = Assert.Throws<DataSourceException>(() => ParquetLoader.LoadPanel(path, panelSchema));
        var key = Assert.Throws<DataSourceException>(() => ParquetLoader.LoadPanel(nullKeyPath, panelSchema));

        Assert.Equal(("period", 2L), (period.ColumnName, period.Row));
        Assert.Equal($"{path}, row 2, column 'period': the period is missing", period.Message);
        Assert.Equal(("person_key", 1L), (key.ColumnName, key.Row));
        Assert.DoesNotContain("9876543210", period.Message + key.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_period_text_and_negative_weight_are_errors_naming_the_row()
    {
        var schema = new ParquetSchema(
            new DataField<long>("person_key"), new DataField<string>("period"), new DataField<string>("bad_period"), new DataField<double>("w"));
        var path = Path.Combine(_folder, "bad.parquet");
        Write(path, schema, async writer =>
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(schema.DataFields[0], (ReadOnlyMemory<long>)new long[] { 1, 2 });
            await group.WriteAsync(schema.DataFields[1], new[] { "2024-01", "2024-02" });
            await group.WriteAsync(schema.DataFields[2], new[] { "2024-01", "januar" });
            await group.WriteAsync(schema.DataFields[3], (ReadOnlyMemory<double>)new[] { -1.0, 1 });
        });

        var period = Assert.Throws<DataSourceException>(() => ParquetLoader.LoadPanel(path, new CsvSchema().WithPersonKey("person_key").WithPeriod("bad_period")));
        var weight = Assert.Throws<DataSourceException>(() => ParquetLoader.LoadPanel(path, new CsvSchema().WithPersonKey("person_key").WithPeriod("period").WithWeights("w")));

        Assert.Equal($"{path}, row 1, column 'bad_period': not a month (expected yyyy-MM, for example 2024-05)", period.Message);
        Assert.DoesNotContain("januar", period.Message, StringComparison.Ordinal);
        Assert.Equal(("w", 0L), (weight.ColumnName, weight.Row));
    }

    [Fact]
    public void A_file_that_is_not_parquet_is_an_io_error()
    {
        var path = Path.Combine(_folder, "text.parquet");
        File.WriteAllText(path, "person_key,period\n1,2024-01\n");

        Assert.Throws<IOException>(() => ParquetLoader.LoadPanel(path, new CsvSchema().WithPersonKey("person_key").WithPeriod("period")));
    }

    [Fact]
    public void Table_schema_reads_columns_without_key_or_period()
    {
        var path = Path.Combine(_folder, "panel.parquet");
        var sample = SourcePanels.Sample(50);
        ParquetTableWriter.Write((IColumnSource)sample, path);

        var table = ParquetLoader.LoadTable(path, new CsvSchema().AddNumeric("age").AddCategorical("office"));

        Assert.Equal(sample.Numeric("age").Values.ToArray(), table.Numeric("age").Values.ToArray());
        Assert.Throws<ArgumentException>(() => ParquetLoader.LoadTable(path, SourcePanels.Schema));
    }

    private static void Write(string path, ParquetSchema schema, Func<ParquetWriter, Task> body)
    {
        Task.Run(async () =>
        {
            await using var stream = File.Create(path);
            await using var writer = await ParquetWriter.CreateAsync(schema, stream);
            await body(writer);
        }).GetAwaiter().GetResult();
    }
}
