using System.Buffers.Binary;
using Indikator.Core.Data;
using Indikator.Core.Parquet;
using Indikator.Core.Parquet.Pages;
using Parquet.Meta;
using Parquet.Schema;
using Snappier;

namespace Indikator.Core.Tests.Data.Sources.ParquetPages;

/// <summary>
/// Chunks made here byte by byte, laid out as the Parquet format describes (parquet.thrift, Encodings.md) and as
/// parquet-mr writes when a dictionary grows too large: a dictionary page, dictionary-encoded pages, then PLAIN pages
/// in the same chunk. Neither Parquet.Net nor DuckDB writes more than one data page per chunk here.
/// </summary>
public sealed partial class ColumnChunkReaderTests
{
    private static readonly double[] Dictionary = [1.5, -2.25, 1e300];

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void Values_of_several_pages_after_a_dictionary_page_come_out_packed_with_their_levels(bool optional, bool snappy)
    {
        // Page 1: dictionary indices 2, 0, null, 1; page 2: PLAIN 7.0, null, null, 8.5, 9.0; page 3: indices 0, 0, null.
        int[] levels = [1, 1, 0, 1, 1, 0, 0, 1, 1, 1, 1, 0];
        double?[] rows = [1e300, 1.5, null, -2.25, 7.0, null, null, 8.5, 9.0, 1.5, 1.5, null];
        if (!optional)
        {
            levels = [.. levels.Select(_ => 1)];
            rows = [1e300, 1.5, -2.25, 7.0, 8.5, 9.0, 1.5, 1.5];
        }

        var chunk = new List<byte>();
        AddPage(chunk, DictionaryPageHeader(Dictionary.Length), [.. Dictionary.SelectMany(BitConverter.GetBytes)], snappy);
        var present = rows.Where(r => r is not null).Select(r => r!.Value).ToArray();
        var pageRows = optional ? new[] { 4, 5, 3 } : [3, 3, 2];
        var at = 0;
        var packed = 0;
        for (var p = 0; p < 3; p++)
        {
            var pageLevels = levels.AsSpan(at, pageRows[p]).ToArray();
            var count = pageLevels.Count(l => l == 1);
            var values = present.AsSpan(packed, count).ToArray();
            var body = new List<byte>();
            if (optional)
            {
                var encoded = BitPackedLevels(pageLevels);
                body.AddRange(BitConverter.GetBytes(encoded.Length));
                body.AddRange(encoded);
            }

            if (p == 1)
            {
                body.AddRange(values.SelectMany(BitConverter.GetBytes));
            }
            else
            {
                // Bit width 2, then one repeated run per index.
                body.Add(2);
                foreach (var value in values)
                {
                    body.Add(2);
                    body.Add((byte)Array.IndexOf(Dictionary, value));
                }
            }

            AddPage(chunk, DataPageHeader(pageRows[p], p == 1 ? 0 : 8), [.. body], snappy);
            at += pageRows[p];
            packed += count;
        }

        var field = new ParquetSchema(optional ? new DataField<double?>("x") : new DataField<double>("x")).DataFields[0];
        var meta = Meta(global::Parquet.Meta.Type.DOUBLE, rows.Length, chunk.Count, snappy);
        var output = new double[rows.Length];
        var readLevels = new int[rows.Length];
        using var stream = new MemoryStream([.. chunk]);

        Assert.True(new ColumnChunkReader().TryReadValues(stream, field, meta, output.AsMemory(), readLevels, out var hasNulls));

        Assert.Equal(optional, hasNulls);
        Assert.Equal(present, output.AsSpan(0, present.Length).ToArray());
        if (optional)
        {
            Assert.Equal(levels, readLevels);
        }
    }

    [Fact]
    public void Text_of_a_dictionary_then_a_plain_page_comes_out_as_codes_in_order_of_first_use()
    {
        // The dictionary holds an entry no row uses ("unused") and a missing token ("NA"); neither becomes a level.
        string[] entries = ["unused", "Tromsø", "NA", "Oslo"];
        var dictionary = new List<byte>();
        foreach (var entry in entries)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(entry);
            dictionary.AddRange(BitConverter.GetBytes(bytes.Length));
            dictionary.AddRange(bytes);
        }

        var chunk = new List<byte>();
        AddPage(chunk, DictionaryPageHeader(entries.Length), [.. dictionary], snappy: true);

        // Page 1: indices 3, 1, 2, 3 (Oslo, Tromsø, NA, Oslo); page 2: PLAIN "Bodø", "Tromsø".
        AddPage(chunk, DataPageHeader(4, 8), [2, 2, 3, 2, 1, 2, 2, 2, 3], snappy: true);
        var plain = new List<byte>();
        foreach (var text in new[] { "Bodø", "Tromsø" })
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            plain.AddRange(BitConverter.GetBytes(bytes.Length));
            plain.AddRange(bytes);
        }

        AddPage(chunk, DataPageHeader(2, 0), [.. plain], snappy: true);
        var field = new ParquetSchema(new DataField<string>("office", false)).DataFields[0];
        var codes = new int[6];
        var labels = new RowGroupLabels();
        using var stream = new MemoryStream([.. chunk]);

        Assert.True(new ColumnChunkReader().TryReadCodes(stream, field, Meta(global::Parquet.Meta.Type.BYTE_ARRAY, 6, chunk.Count, true), codes, [], labels, out var hasNulls));

        Assert.False(hasNulls);
        Assert.Equal(["Oslo", "Tromsø", "Bodø"], labels.Levels());
        Assert.Equal([0, 1, CategoricalColumn.MissingCode, 0, 2, 1], codes);
    }

    [Fact]
    public void Chunks_of_other_kinds_are_turned_down()
    {
        var field = new ParquetSchema(new DataField<double>("x")).DataFields[0];
        var chunk = new List<byte>();
        AddPage(chunk, DataPageHeader(1, 0), BitConverter.GetBytes(1.0), snappy: false);
        using var stream = new MemoryStream([.. chunk]);
        var output = new double[1];
        var reader = new ColumnChunkReader();

        // Another codec, another physical type, an encoding not handled, a chunk past the end of the file.
        var gzip = Meta(global::Parquet.Meta.Type.DOUBLE, 1, chunk.Count, false);
        gzip.MetaData!.Codec = CompressionCodec.GZIP;
        var delta = Meta(global::Parquet.Meta.Type.DOUBLE, 1, chunk.Count, false);
        delta.MetaData!.Encodings.Add(global::Parquet.Meta.Encoding.DELTA_BINARY_PACKED);
        Assert.False(reader.TryReadValues(stream, field, gzip, output.AsMemory(), [], out _));
        Assert.False(reader.TryReadValues(stream, field, Meta(global::Parquet.Meta.Type.FLOAT, 1, chunk.Count, false), output.AsMemory(), [], out _));
        Assert.False(reader.TryReadValues(stream, field, delta, output.AsMemory(), [], out _));
        Assert.False(reader.TryReadValues(stream, field, Meta(global::Parquet.Meta.Type.DOUBLE, 1, chunk.Count + 1, false), output.AsMemory(), [], out _));
        Assert.Equal(0, reader.ChunksRead);

        Assert.True(reader.TryReadValues(stream, field, Meta(global::Parquet.Meta.Type.DOUBLE, 1, chunk.Count, false), output.AsMemory(), [], out _));
        Assert.Equal([1.0], output);
    }

    private static ColumnChunk Meta(global::Parquet.Meta.Type type, int rows, int size, bool snappy) => new()
    {
        MetaData = new ColumnMetaData
        {
            Type = type,
            Codec = snappy ? CompressionCodec.SNAPPY : CompressionCodec.UNCOMPRESSED,
            NumValues = rows,
            DataPageOffset = 0,
            TotalCompressedSize = size,
            Encodings = [global::Parquet.Meta.Encoding.PLAIN, global::Parquet.Meta.Encoding.RLE, global::Parquet.Meta.Encoding.RLE_DICTIONARY],
        },
    };

    private static void AddPage(List<byte> chunk, Func<int, int, byte[]> header, byte[] body, bool snappy)
    {
        var stored = snappy ? Snappy.CompressToArray(body) : body;
        chunk.AddRange(header(body.Length, stored.Length));
        chunk.AddRange(stored);
    }

    /// <summary>Levels as bit-packed runs of one group each (header 3), the last group padded with zeros.</summary>
    private static byte[] BitPackedLevels(int[] levels)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < levels.Length; i += 8)
        {
            var packed = 0;
            for (var k = 0; k < 8 && i + k < levels.Length; k++)
            {
                packed |= levels[i + k] << k;
            }

            bytes.Add(3);
            bytes.Add((byte)packed);
        }

        return [.. bytes];
    }

    // Thrift compact encoding of PageHeader: field header byte (id delta << 4 | type), zigzag varint integers.
    private static Func<int, int, byte[]> DataPageHeader(int values, int encoding) => (uncompressed, compressed) =>
    {
        var bytes = new List<byte>();
        Int(bytes, 1, 0);
        Int(bytes, 1, uncompressed);
        Int(bytes, 1, compressed);
        bytes.Add(2 << 4 | 12);
        Int(bytes, 1, values);
        Int(bytes, 1, encoding);
        Int(bytes, 1, 3);
        Int(bytes, 1, 3);

        // Statistics with a binary min and max, which the reader skips.
        bytes.Add(1 << 4 | 12);
        bytes.AddRange([1 << 4 | 8, 8, 1, 2, 3, 4, 5, 6, 7, 8, 1 << 4 | 8, 2, 0x42, 0x42, 0]);
        bytes.Add(0);
        bytes.Add(0);
        return [.. bytes];
    };

    private static Func<int, int, byte[]> DictionaryPageHeader(int values) => (uncompressed, compressed) =>
    {
        var bytes = new List<byte>();
        Int(bytes, 1, 2);
        Int(bytes, 1, uncompressed);
        Int(bytes, 1, compressed);
        bytes.Add(4 << 4 | 12);
        Int(bytes, 1, values);
        Int(bytes, 1, 0);
        bytes.Add(1 << 4 | 2);
        bytes.Add(0);
        bytes.Add(0);
        return [.. bytes];
    };

    private static void Int(List<byte> bytes, int delta, int value)
    {
        bytes.Add((byte)(delta << 4 | 5));
        var zigzag = (uint)((value << 1) ^ (value >> 31));
        while (zigzag >= 0x80)
        {
            bytes.Add((byte)(zigzag | 0x80));
            zigzag >>= 7;
        }

        bytes.Add((byte)zigzag);
    }
}
