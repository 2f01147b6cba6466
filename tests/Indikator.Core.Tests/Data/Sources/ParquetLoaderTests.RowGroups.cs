using Indikator.Core.Data;
using Indikator.Core.Parquet;
using Parquet;
using Parquet.Schema;

namespace Indikator.Core.Tests.Data.Sources;

public sealed partial class ParquetLoaderTests
{
    [Theory]
    [InlineData(1, true)]
    [InlineData(37, true)]
    [InlineData(37, false)]
    [InlineData(256, true)]
    [InlineData(1000, false)]
    public void Row_groups_on_any_number_of_threads_load_exactly_as_one_row_group_and_as_csv(int rowGroupRows, bool dictionaryText)
    {
        var sample = SourcePanels.Sample(1000);
        var fromCsv = CsvLoader.LoadPanel(new StringReader(SourcePanels.ToCsv(sample)), SourcePanels.Schema);
        var single = Path.Combine(_folder, "single.parquet");
        var groups = Path.Combine(_folder, "groups.parquet");
        WritePanel(sample, single, 1 << 20, dictionaryText);
        WritePanel(sample, groups, rowGroupRows, dictionaryText);

        var oneGroup = ParquetLoader.LoadPanel(single, SourcePanels.Schema);
        SourcePanels.AssertSame(fromCsv, oneGroup);
        foreach (var threads in new[] { 1, 2, 3, 8 })
        {
            SourcePanels.AssertSame(oneGroup, ParquetLoader.LoadPanel(groups, SourcePanels.Schema, threads));
        }

        SourcePanels.AssertSame(oneGroup, ParquetLoader.LoadPanel(groups, SourcePanels.Schema));
        using var stream = File.OpenRead(groups);
        SourcePanels.AssertSame(oneGroup, ParquetLoader.LoadPanel(stream, SourcePanels.Schema, groups));
    }

    [Fact]
    public void Levels_first_seen_in_different_row_groups_are_merged_in_ordinal_order()
    {
        // Each row group sees the labels in another order, some only in one row group, and one row group sees none.
        string?[] labels =
        [
            "Øst", "Vest", "Øst", "Vest",
            "Alta", "Ål", "Alta", null,
            null, null, null, null,
            "Vest", "Bodø", "Æsj", "10",
            "9", "Ål", "Alta", "Øst",
        ];
        var rows = labels.Length;
        var panel = new PersonMonthPanelBuilder()
            .WithPersonKeys([.. Enumerable.Range(0, rows).Select(i => 5_000_000_000L + i)])
            .WithPeriods([.. Enumerable.Range(0, rows).Select(i => new YearMonth(2024, 1).AddMonths(i % 12))])
            .AddCategorical("area", labels)
            .Build();
        var path = Path.Combine(_folder, "areas.parquet");
        WritePanel(panel, path, 4, dictionaryText: true);
        var schema = new CsvSchema().WithPersonKey("person_key").WithPeriod("period").AddCategorical("area");

        foreach (var threads in new[] { 1, 2, 5 })
        {
            var loaded = ParquetLoader.LoadPanel(path, schema, threads);

            Assert.Equal(["10", "9", "Alta", "Bodø", "Vest", "Ål", "Æsj", "Øst"], loaded.Categorical("area").Levels);
            Assert.Equal(labels, Enumerable.Range(0, rows).Select(loaded.Categorical("area").LabelAt));
            SourcePanels.AssertSame(panel, loaded);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void An_error_in_a_later_row_group_names_its_row_in_the_file(int threads)
    {
        var path = Path.Combine(_folder, "late.parquet");
        WriteGroups(path, 10, 10, nullPeriodRow: 57, negativeWeightRow: 83);
        var weightOnly = Path.Combine(_folder, "weight.parquet");
        WriteGroups(weightOnly, 10, 10, nullPeriodRow: -1, negativeWeightRow: 83);
        var schema = new CsvSchema().WithPersonKey("person_key").WithPeriod("period").WithWeights("w");

        var period = Assert.Throws<DataSourceException>(() => ParquetLoader.LoadPanel(path, schema, threads));
        var weight = Assert.Throws<DataSourceException>(() => ParquetLoader.LoadPanel(weightOnly, schema, threads));

        // The earliest bad row is reported, whichever thread met which row group first.
        Assert.Equal($"{path}, row 57, column 'period': the period is missing", period.Message);
        Assert.Equal(("w", 83L), (weight.ColumnName, weight.Row));
        Assert.Contains("a weight must be finite and non-negative: -1", weight.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("7777", period.Message + weight.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_null_weight_is_missing_and_a_stored_nan_weight_is_a_bad_weight(int threads)
    {
        var schema = new ParquetSchema(new DataField<long>("person_key"), new DataField<string>("period"), new DataField<double?>("w"));
        string Written(string name, double? bad)
        {
            var path = Path.Combine(_folder, name);
            Write(path, schema, async writer =>
            {
                for (var g = 0; g < 4; g++)
                {
                    using var group = writer.CreateRowGroup();
                    await group.WriteAsync(schema.DataFields[0], (ReadOnlyMemory<long>)new long[] { 1, 2, 3 });
                    await group.WriteAsync(schema.DataFields[1], new[] { "2024-01", "2024-02", "2024-03" });
                    await group.WriteAsync(schema.DataFields[2], (ReadOnlyMemory<double?>)new double?[] { 1, g == 2 ? bad : 1, 1 });
                }
            });
            return path;
        }

        var panelSchema = new CsvSchema().WithPersonKey("person_key").WithPeriod("period").WithWeights("w");

        var missing = Assert.Throws<DataSourceException>(() => ParquetLoader.LoadPanel(Written("null.parquet", null), panelSchema, threads));
        var nan = Assert.Throws<DataSourceException>(() => ParquetLoader.LoadPanel(Written("nan.parquet", double.NaN), panelSchema, threads));

        Assert.Equal((7L, "w"), (missing.Row, missing.ColumnName));
        Assert.EndsWith("row 7, column 'w': the weight is missing", missing.Message, StringComparison.Ordinal);
        Assert.Equal(7L, nan.Row);
        Assert.EndsWith("row 7, column 'w': a weight must be finite and non-negative: NaN", nan.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Written_text_columns_are_dictionary_encoded()
    {
        var path = Path.Combine(_folder, "panel.parquet");
        ParquetTableWriter.Write(SourcePanels.Sample(50), path);

        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var encodings = reader.Metadata!.RowGroups[0].Columns.ToDictionary(c => c.MetaData!.PathInSchema[0], c => c.MetaData!.Encodings);

        Assert.Contains(global::Parquet.Meta.Encoding.PLAIN_DICTIONARY, encodings["office"]);
        Assert.Contains(global::Parquet.Meta.Encoding.PLAIN_DICTIONARY, encodings["gender"]);
        Assert.DoesNotContain(global::Parquet.Meta.Encoding.PLAIN_DICTIONARY, encodings["age"]);
    }

    private static void WritePanel(PersonMonthPanel panel, string path, int rowGroupRows, bool dictionaryText)
    {
        using var stream = File.Create(path);
        ParquetTableWriter.Write(panel, stream, "person_key", rowGroupRows, dictionaryText);
    }

    /// <summary>Writes <paramref name="groups"/> row groups of key, text period and weight, with a null period and a negative weight where asked.</summary>
    private static void WriteGroups(string path, int groups, int rowsPerGroup, int nullPeriodRow, int negativeWeightRow)
    {
        var schema = new ParquetSchema(new DataField<long>("person_key"), new DataField<string>("period"), new DataField<double>("w"));
        Write(path, schema, async writer =>
        {
            for (var g = 0; g < groups; g++)
            {
                var rows = Enumerable.Range(g * rowsPerGroup, rowsPerGroup).ToArray();
                using var group = writer.CreateRowGroup();
                await group.WriteAsync(schema.DataFields[0], (ReadOnlyMemory<long>)rows.Select(r => 77_777_000_000L + r).ToArray());
                await group.WriteAsync(schema.DataFields[1], rows.Select(r => r == nullPeriodRow ? null : "2024-05").ToArray());
                await group.WriteAsync(schema.DataFields[2], (ReadOnlyMemory<double>)rows.Select(r => r == negativeWeightRow ? -1.0 : 1.0).ToArray());
            }
        });
    }
}
