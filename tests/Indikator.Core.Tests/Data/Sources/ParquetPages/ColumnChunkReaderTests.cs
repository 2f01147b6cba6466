using DuckDB.NET.Data;
using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Data;
using Indikator.Core.Parquet;
using Parquet;
using Parquet.Schema;

namespace Indikator.Core.Tests.Data.Sources.ParquetPages;

/// <summary>
/// Column chunks read directly (<c>ColumnChunkReader</c>) load exactly as Parquet.Net reads them: the same keys,
/// periods, weights, values, levels and codes, on 1 to 4 threads, and the same error on damaged files.
/// </summary>
public sealed partial class ColumnChunkReaderTests : IDisposable
{
    private static readonly string?[] Labels = ["Oslo", "Tromsø", "Ålesund", "NA", "", "Bodø", "Kontor 0301", null];

    private static readonly CsvSchema Schema = new CsvSchema().WithPersonKey("person_key").WithPeriod("period").WithWeights("w")
        .AddNumeric("a").AddNumeric("b").AddNumeric("c").AddNumeric("d").AddNumeric("e")
        .AddCategorical("office").AddCategorical("code").AddCategorical("region");

    private readonly string _folder = SourcePanels.NewFolder();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Files_written_by_parquet_net_load_as_parquet_net_reads_them()
    {
        var cases = from seed in Gen.Choose(1, 1_000_000)
                    from rows in Gen.Choose(1, 300)
                    from groupRows in Gen.Choose(1, 120)
                    from nullEvery in Gen.Elements(0, 2, 3, 7)
                    from dictionary in Gen.Elements(true, false)
                    from snappy in Gen.Elements(true, false)
                    select (seed, rows, groupRows, nullEvery, dictionary, snappy);
        var file = 0;
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var path = Path.Combine(_folder, $"written-{file++}.parquet");
            WriteWithParquetNet(path, c.seed, c.rows, c.groupRows, c.nullEvery, c.dictionary, c.snappy);
            var groups = (c.rows + c.groupRows - 1) / c.groupRows;

            // Every column of every row group is of a kind read directly.
            AssertSameAsParquetNet(path, Schema, groups * Schema.Mappings.Count);
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("snappy")]
    [InlineData("uncompressed")]
    public void Files_written_by_duckdb_with_dictionary_numbers_load_as_parquet_net_reads_them(string codec)
    {
        // DuckDB dictionary-encodes numbers too, writes PLAIN chunks where a dictionary would grow large, and bit-packs
        // definition levels (Parquet.Net writes repeated runs only); a boolean column is left to Parquet.Net.
        var path = Path.Combine(_folder, $"duckdb-{codec}.parquet");
        using (var connection = new DuckDBConnection("Data Source=:memory:"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"""
                COPY (SELECT i::BIGINT AS person_key,
                             (DATE '2019-01-01' + to_months((i % 36)::INTEGER))::DATE AS period,
                             (i % 7)::DOUBLE AS w,
                             CASE WHEN i % 11 = 0 THEN NULL ELSE (i % 1000) / 8.0 END::DOUBLE AS a,
                             ((i * 7919) % 1000003)::DOUBLE / 3 AS b,
                             CASE WHEN i % 13 = 0 THEN NULL ELSE ((i * 31) % 100000)::INTEGER END AS c,
                             ((i % 1000)::FLOAT / 4)::FLOAT AS d,
                             CASE WHEN i % 3 = 0 THEN NULL ELSE i * 1000003 END::BIGINT AS e,
                             CASE WHEN i % 5 = 0 THEN NULL ELSE 'Kontor ' || (i % 400)::VARCHAR END AS office,
                             (i % 50)::INTEGER AS code,
                             CASE WHEN i % 17 = 0 THEN NULL ELSE i % 3 = 0 END AS region
                      FROM range(250000) t(i))
                TO '{path}' (FORMAT PARQUET, ROW_GROUP_SIZE 100000, COMPRESSION '{codec}')
                """;
            command.ExecuteNonQuery();
        }

        // Three row groups; all columns but the boolean one are read directly.
        AssertSameAsParquetNet(path, Schema, 3 * (Schema.Mappings.Count - 1));
    }

    [Fact]
    public void A_damaged_page_that_parquet_net_turns_down_gives_the_same_error()
    {
        // A damaged page can also leave Parquet.Net short of values without an error: it then fills rows with what its
        // buffers held before, so only the outcome is compared when it loads, not the values.
        var path = Path.Combine(_folder, "intact.parquet");
        WriteWithParquetNet(path, seed: 5, rows: 400, groupRows: 150, nullEvery: 3, dictionary: true, snappy: true);
        var intact = File.ReadAllBytes(path);
        var bodies = PageBodies(path);
        var damaged = Path.Combine(_folder, "damaged.parquet");
        var cases = from body in Gen.Elements(bodies.ToArray())
                    from offset in Gen.Choose(0, 1_000_000)
                    from value in Gen.Choose(0, 255)
                    select (body, offset, value);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var bytes = (byte[])intact.Clone();
            bytes[c.body.Start + (c.offset % c.body.Length)] = (byte)c.value;
            File.WriteAllBytes(damaged, bytes);

            var expected = Outcome(() => ParquetLoader.LoadPanel(damaged, Schema, 1, direct: false, out _));
            foreach (var threads in new[] { 1, 3 })
            {
                var actual = Outcome(() => ParquetLoader.LoadPanel(damaged, Schema, threads, direct: true, out _));
                Assert.Equal(expected.Error, actual.Error);
                Assert.Equal(expected.Panel?.RowCount, actual.Panel?.RowCount);
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    private static void AssertSameAsParquetNet(string path, CsvSchema schema, int chunksReadDirectly)
    {
        var expected = ParquetLoader.LoadPanel(path, schema, 1, direct: false, out var none);
        Assert.Equal(0, none);
        for (var threads = 1; threads <= 4; threads++)
        {
            var actual = ParquetLoader.LoadPanel(path, schema, threads, direct: true, out var chunks);
            Assert.Equal(chunksReadDirectly, chunks);
            SourcePanels.AssertSame(expected, actual);
        }
    }

    private static (string? Error, PersonMonthPanel? Panel) Outcome(Func<PersonMonthPanel> load)
    {
        try
        {
            return (null, load());
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            return (e.GetType().Name + ": " + e.Message, null);
        }
    }

    /// <summary>Where the pages of each column chunk lie after their first 64 bytes (past the first page header).</summary>
    private static List<(int Start, int Length)> PageBodies(string path)
    {
        return Task.Run(async () =>
        {
            await using var stream = File.OpenRead(path);
            await using var reader = await ParquetReader.CreateAsync(stream);
            var bodies = new List<(int, int)>();
            foreach (var group in reader.Metadata!.RowGroups)
            {
                foreach (var column in group.Columns)
                {
                    var size = (int)column.MetaData!.TotalCompressedSize;
                    if (size > 80)
                    {
                        bodies.Add(((int)column.MetaData.DataPageOffset + 64, size - 64));
                    }
                }
            }

            return bodies;
        }).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Writes key (long), period (date), weight (double), a (double?), b (float?), c (int?), d (long?), e (int),
    /// office (text, dictionary-encoded or plain), code (int? as a category) and region (long as a category).
    /// </summary>
    private static void WriteWithParquetNet(string path, int seed, int rows, int groupRows, int nullEvery, bool dictionary, bool snappy)
    {
        var random = new Random(seed);
        bool Null() => nullEvery > 0 && random.Next(nullEvery) == 0;
        var keys = new long[rows];
        var periods = new DateOnly[rows];
        var weights = new double[rows];
        var a = new double?[rows];
        var b = new float?[rows];
        var c = new int?[rows];
        var d = new long?[rows];
        var e = new int[rows];
        var office = new string?[rows];
        var code = new int?[rows];
        var region = new long[rows];
        for (var r = 0; r < rows; r++)
        {
            keys[r] = 10_000_000_000L + random.Next(1000);
            periods[r] = new DateOnly(2015 + random.Next(12), 1 + random.Next(12), 1 + random.Next(28));
            weights[r] = random.Next(4) == 0 ? 0 : random.NextDouble() * 3;
            a[r] = Null() ? null : random.Next(3) == 0 ? random.Next(-50, 50) : (random.NextDouble() - 0.5) * 1e6;
            b[r] = Null() ? null : (float)(random.NextDouble() * 100);
            c[r] = Null() ? null : random.Next(int.MinValue, int.MaxValue);
            d[r] = Null() ? null : random.NextInt64(long.MinValue, long.MaxValue) >> random.Next(64);
            e[r] = random.Next(-1000, 1000);
            office[r] = Null() ? null : Labels[random.Next(Labels.Length)];
            code[r] = Null() ? null : random.Next(-3, 40);
            region[r] = random.Next(5) * 1_000_000_007L;
        }

        DataField[] fields =
        [
            new DataField<long>("person_key"), new DataField<DateOnly>("period"), new DataField<double>("w"),
            new DataField<double?>("a"), new DataField<float?>("b"), new DataField<int?>("c"), new DataField<long?>("d"), new DataField<int>("e"),
            new DataField<string>("office", true), new DataField<int?>("code"), new DataField<long>("region"),
        ];
        var options = new ParquetOptions { CompressionMethod = snappy ? CompressionMethod.Snappy : CompressionMethod.None };
        if (dictionary)
        {
            options.ColumnEncodingHints["office"] = EncodingHint.Dictionary;
        }

        Task.Run(async () =>
        {
            await using var stream = File.Create(path);
            await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, options);
            for (var from = 0; from < rows; from += groupRows)
            {
                var n = Math.Min(groupRows, rows - from);
                using var group = writer.CreateRowGroup();
                await group.WriteAsync(fields[0], (ReadOnlyMemory<long>)keys.AsMemory(from, n));
                await group.WriteAsync(fields[1], (ReadOnlyMemory<DateOnly>)periods.AsMemory(from, n));
                await group.WriteAsync(fields[2], (ReadOnlyMemory<double>)weights.AsMemory(from, n));
                await group.WriteAsync(fields[3], (ReadOnlyMemory<double?>)a.AsMemory(from, n));
                await group.WriteAsync(fields[4], (ReadOnlyMemory<float?>)b.AsMemory(from, n));
                await group.WriteAsync(fields[5], (ReadOnlyMemory<int?>)c.AsMemory(from, n));
                await group.WriteAsync(fields[6], (ReadOnlyMemory<long?>)d.AsMemory(from, n));
                await group.WriteAsync(fields[7], (ReadOnlyMemory<int>)e.AsMemory(from, n));
                await group.WriteAsync(fields[8], office.AsSpan(from, n).ToArray());
                await group.WriteAsync(fields[9], (ReadOnlyMemory<int?>)code.AsMemory(from, n));
                await group.WriteAsync(fields[10], (ReadOnlyMemory<long>)region.AsMemory(from, n));
            }
        }).GetAwaiter().GetResult();
    }
}
