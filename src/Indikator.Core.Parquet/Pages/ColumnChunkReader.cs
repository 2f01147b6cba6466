using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Indikator.Core.Data;
using Parquet.Meta;
using Parquet.Schema;
using Snappier;

namespace Indikator.Core.Parquet.Pages;

/// <summary>
/// Reads the column chunks of the common case itself, without Parquet.Net's per-page copies and per-row objects:
/// flat required or optional columns, PLAIN and dictionary (PLAIN_DICTIONARY / RLE_DICTIONARY) data pages of
/// version 1, Snappy or no compression, physical types INT32, INT64, FLOAT, DOUBLE and text (BYTE_ARRAY). Everything
/// else is left to Parquet.Net: a <c>Try</c> method returns false and the caller reads the chunk with Parquet.Net.
/// </summary>
/// <remarks>
/// <para>A chunk is read from the file in one piece into a buffer this reader keeps; each page is decompressed into
/// a second kept buffer; definition levels and dictionary indices are decoded by <see cref="HybridDecoder"/>.
/// Values come out as Parquet.Net's raw reading gives them: the present values packed at the start of the output and
/// one definition level per row (1 present, 0 null). Text comes out as local codes of a <see cref="RowGroupLabels"/>,
/// a dictionary entry's text decoded once, the first time a row uses it, so the local codes and levels are those of
/// encoding each row's text in row order.</para>
/// <para>Anything unexpected (a page type, an encoding, a size that does not add up, bad compressed data) makes the
/// <c>Try</c> methods return false before any error is raised, so Parquet.Net reads the chunk again and raises the
/// error it raises; the output is then overwritten in full. One reader per thread.</para>
/// </remarks>
internal sealed class ColumnChunkReader
{
    private const int Plain = 0;
    private const int PlainDictionary = 2;
    private const int Rle = 3;
    private const int RleDictionary = 8;

    private byte[] _chunk = [];
    private byte[] _page = [];
    private byte[] _dictionary = [];
    private int[] _indices = [];
    private int[] _entryStarts = [];
    private int[] _entryCodes = [];
    private char[] _text = new char[256];
    private int _dictionaryCount = -1;
    private int _chunkLength;
    private bool _compressed;

    /// <summary>Gets the number of column chunks this reader has read.</summary>
    public int ChunksRead { get; private set; }

    /// <summary>
    /// Reads a column of fixed-width values (INT32 as <see cref="int"/>, INT64 as <see cref="long"/>, FLOAT, DOUBLE):
    /// the present values packed into <paramref name="values"/> and, for an optional column, a definition level per row.
    /// </summary>
    /// <returns>False when this chunk is not one this reader handles; nothing is then known of the outputs.</returns>
    public bool TryReadValues<T>(Stream stream, DataField field, ColumnChunk? chunk, Memory<T> values, Span<int> levels, out bool hasNulls)
        where T : unmanaged
    {
        hasNulls = false;
        var physical = typeof(T) == typeof(long) ? global::Parquet.Meta.Type.INT64
            : typeof(T) == typeof(int) ? global::Parquet.Meta.Type.INT32
            : typeof(T) == typeof(double) ? global::Parquet.Meta.Type.DOUBLE
            : typeof(T) == typeof(float) ? global::Parquet.Meta.Type.FLOAT
            : (global::Parquet.Meta.Type?)null;
        if (physical is null || !TryLoad(stream, field, chunk, physical.Value, values.Length))
        {
            return false;
        }

        try
        {
            hasNulls = ReadPages(field.IsNullable, values.Length, levels, new FixedValues<T>(this, values));
            ChunksRead++;
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or IndexOutOfRangeException or ArgumentException or OverflowException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>
    /// Reads a text column as the local codes of <paramref name="labels"/>: the codes of the present values packed into
    /// <paramref name="codes"/> and, for an optional column, a definition level per row.
    /// </summary>
    /// <returns>False when this chunk is not one this reader handles; <paramref name="labels"/> must then be reset.</returns>
    public bool TryReadCodes(Stream stream, DataField field, ColumnChunk? chunk, Memory<int> codes, Span<int> levels, RowGroupLabels labels, out bool hasNulls)
    {
        hasNulls = false;
        if (!TryLoad(stream, field, chunk, global::Parquet.Meta.Type.BYTE_ARRAY, codes.Length))
        {
            return false;
        }

        try
        {
            hasNulls = ReadPages(field.IsNullable, codes.Length, levels, new TextCodes(this, codes, labels));
            ChunksRead++;
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or IndexOutOfRangeException or ArgumentException or OverflowException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>Checks that the chunk is one this reader handles and reads its bytes; <see cref="_chunk"/> then holds them.</summary>
    private bool TryLoad(Stream stream, DataField field, ColumnChunk? chunk, global::Parquet.Meta.Type physical, int rows)
    {
        var meta = chunk?.MetaData;
        if (meta is null || !string.IsNullOrEmpty(chunk!.FilePath) || chunk.CryptoMetadata is not null || chunk.EncryptedColumnMetadata is not null
            || meta.Type != physical || meta.NumValues != rows
            || meta.Codec is not (CompressionCodec.UNCOMPRESSED or CompressionCodec.SNAPPY)
            || field.IsArray || field.MaxRepetitionLevel != 0 || field.MaxDefinitionLevel != (field.IsNullable ? 1 : 0))
        {
            return false;
        }

        foreach (var encoding in meta.Encodings)
        {
            if ((int)encoding is not (Plain or PlainDictionary or Rle or RleDictionary))
            {
                return false;
            }
        }

        var start = meta.DictionaryPageOffset is > 0 and var dictionary && dictionary < meta.DataPageOffset ? dictionary : meta.DataPageOffset;
        var length = meta.TotalCompressedSize;
        if (start < 0 || length <= 0 || length > Array.MaxLength || start + length > stream.Length)
        {
            return false;
        }

        Grow(ref _chunk, (int)length);
        stream.Seek(start, SeekOrigin.Begin);
        stream.ReadExactly(_chunk.AsSpan(0, (int)length));
        _chunkLength = (int)length;
        _compressed = meta.Codec == CompressionCodec.SNAPPY;
        _dictionaryCount = -1;
        return true;
    }

    /// <summary>Reads every page of the loaded chunk; returns whether any row is null.</summary>
    private bool ReadPages<TSink>(bool optional, int rows, Span<int> levels, TSink sink)
        where TSink : IPageSink
    {
        var chunk = _chunk.AsSpan(0, _chunkLength);
        var position = 0;
        var row = 0;
        var packed = 0;
        while (row < rows)
        {
            var header = PageHeader.Read(chunk, ref position);
            var body = chunk.Slice(position, header.CompressedSize);
            position += header.CompressedSize;
            if (header.Type == PageHeader.DictionaryPage)
            {
                if (header.Encoding is not (Plain or PlainDictionary) || header.ValueCount < 0 || _dictionaryCount >= 0)
                {
                    throw new NotSupportedException("an unexpected dictionary page");
                }

                var entries = Decompress(body, header.UncompressedSize);
                Grow(ref _dictionary, entries.Length);
                entries.CopyTo(_dictionary);
                _dictionaryCount = header.ValueCount;
                sink.Dictionary(_dictionary.AsSpan(0, entries.Length), header.ValueCount);
                continue;
            }

            if (header.Type != PageHeader.DataPage)
            {
                throw new NotSupportedException("a page type other than data page version 1");
            }

            var count = header.ValueCount;
            if (count <= 0 || count > rows - row)
            {
                throw new InvalidDataException("a page holds more values than the chunk");
            }

            var page = Decompress(body, header.UncompressedSize);
            var present = count;
            if (optional)
            {
                if (header.DefinitionLevelEncoding != Rle)
                {
                    throw new NotSupportedException("definition levels not RLE-encoded");
                }

                var length = BinaryPrimitives.ReadInt32LittleEndian(page);
                var pageLevels = levels.Slice(row, count);
                HybridDecoder.Decode(page.Slice(4, length), 1, pageLevels);
                present = count - pageLevels.Count(0);
                page = page[(4 + length)..];
            }

            if (header.Encoding == Plain)
            {
                sink.Plain(page, packed, present);
            }
            else if (header.Encoding is PlainDictionary or RleDictionary)
            {
                if (_dictionaryCount < 0)
                {
                    throw new InvalidDataException("a dictionary-encoded page without a dictionary");
                }

                Grow(ref _indices, present);
                var indices = _indices.AsSpan(0, present);
                if (present > 0)
                {
                    HybridDecoder.Decode(page[1..], page[0], indices);
                    foreach (var index in indices)
                    {
                        if ((uint)index >= (uint)_dictionaryCount)
                        {
                            throw new InvalidDataException("a dictionary index out of range");
                        }
                    }
                }

                sink.Indices(indices, packed);
            }
            else
            {
                throw new NotSupportedException($"encoding {header.Encoding}");
            }

            row += count;
            packed += present;
        }

        return packed < rows;
    }

    private Span<byte> Decompress(Span<byte> body, int uncompressedSize)
    {
        if (!_compressed)
        {
            return body.Length == uncompressedSize ? body : throw new InvalidDataException("an uncompressed page of the wrong size");
        }

        // The size in the Snappy data is checked before any buffer grows, so a damaged header cannot ask for gigabytes.
        if (Snappy.GetUncompressedLength(body) != uncompressedSize)
        {
            throw new InvalidDataException("a Snappy page of the wrong size");
        }

        Grow(ref _page, uncompressedSize);
        var page = _page.AsSpan(0, uncompressedSize);
        if (Snappy.Decompress(body, page) != uncompressedSize)
        {
            throw new InvalidDataException("a Snappy page of the wrong size");
        }

        return page;
    }

    private static void Grow<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = GC.AllocateUninitializedArray<T>(Math.Max(length, (int)Math.Min(Array.MaxLength, buffer.Length * 2L)));
        }
    }

    /// <summary>What a column's pages are decoded into; a struct so the page loop is specialised per kind.</summary>
    private interface IPageSink
    {
        /// <summary>Takes a dictionary page's entries (PLAIN encoded), valid until the next chunk.</summary>
        void Dictionary(ReadOnlySpan<byte> entries, int count);

        /// <summary>Takes <paramref name="count"/> PLAIN values for packed positions from <paramref name="packed"/>.</summary>
        void Plain(ReadOnlySpan<byte> data, int packed, int count);

        /// <summary>Takes dictionary indices (checked against the dictionary's size) for packed positions from <paramref name="packed"/>.</summary>
        void Indices(ReadOnlySpan<int> indices, int packed);
    }

    private readonly struct FixedValues<T>(ColumnChunkReader reader, Memory<T> values) : IPageSink
        where T : unmanaged
    {

        public void Dictionary(ReadOnlySpan<byte> entries, int count)
        {
            if (entries.Length < (long)count * System.Runtime.CompilerServices.Unsafe.SizeOf<T>())
            {
                throw new InvalidDataException("a dictionary page shorter than its entries");
            }
        }

        public void Plain(ReadOnlySpan<byte> data, int packed, int count)
            => MemoryMarshal.Cast<byte, T>(data)[..count].CopyTo(values.Span.Slice(packed, count));

        public void Indices(ReadOnlySpan<int> indices, int packed)
        {
            var dictionary = MemoryMarshal.Cast<byte, T>(reader._dictionary.AsSpan());
            var span = values.Span.Slice(packed, indices.Length);
            for (var i = 0; i < indices.Length; i++)
            {
                span[i] = dictionary[indices[i]];
            }
        }
    }

    private readonly struct TextCodes(ColumnChunkReader reader, Memory<int> codes, RowGroupLabels labels) : IPageSink
    {
        private const int Unknown = int.MinValue;

        public void Dictionary(ReadOnlySpan<byte> entries, int count)
        {
            // Entries are a 4-byte length and the bytes; remember where each starts, its code is found on first use.
            if (count > entries.Length / 4)
            {
                throw new InvalidDataException("a dictionary page shorter than its entries");
            }

            Grow(ref reader._entryStarts, count + 1);
            Grow(ref reader._entryCodes, count);
            var position = 0;
            for (var i = 0; i < count; i++)
            {
                reader._entryStarts[i] = position;
                var length = BinaryPrimitives.ReadInt32LittleEndian(entries[position..]);
                if (length < 0 || length > entries.Length - position - 4)
                {
                    throw new InvalidDataException("a dictionary entry past the page");
                }

                position += 4 + length;
            }

            reader._entryStarts[count] = position;
            reader._entryCodes.AsSpan(0, count).Fill(Unknown);
        }

        public void Plain(ReadOnlySpan<byte> data, int packed, int count)
        {
            var position = 0;
            var span = codes.Span.Slice(packed, count);
            for (var i = 0; i < span.Length; i++)
            {
                var length = BinaryPrimitives.ReadInt32LittleEndian(data[position..]);
                if (length < 0 || length > data.Length - position - 4)
                {
                    throw new InvalidDataException("a text value past the page");
                }

                span[i] = Encode(data.Slice(position + 4, length));
                position += 4 + length;
            }
        }

        public void Indices(ReadOnlySpan<int> indices, int packed)
        {
            var span = codes.Span.Slice(packed, indices.Length);
            var known = reader._entryCodes;
            for (var i = 0; i < indices.Length; i++)
            {
                var index = indices[i];
                var code = known[index];
                if (code == Unknown)
                {
                    var start = reader._entryStarts[index];
                    var length = reader._entryStarts[index + 1] - start - 4;
                    code = known[index] = Encode(reader._dictionary.AsSpan(start + 4, length));
                }

                span[i] = code;
            }
        }

        private int Encode(ReadOnlySpan<byte> utf8)
        {
            // Decoded as Parquet.Net decodes text (UTF-8, invalid bytes replaced), then encoded as the other paths encode text.
            var chars = System.Text.Encoding.UTF8.GetMaxCharCount(utf8.Length);
            if (reader._text.Length < chars)
            {
                reader._text = new char[Math.Max(chars, reader._text.Length * 2)];
            }

            var written = System.Text.Encoding.UTF8.GetChars(utf8, reader._text);
            return labels.EncodeText(reader._text.AsSpan(0, written));
        }
    }
}
