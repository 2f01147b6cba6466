using System.Buffers.Binary;

namespace Indikator.Core.Parquet.Pages;

/// <summary>
/// Decodes Parquet's RLE / bit-packing hybrid encoding, in which definition levels and dictionary indices are stored.
/// </summary>
/// <remarks>
/// <para>The encoding (Parquet format, Encodings.md, "Run Length Encoding / Bit-Packing Hybrid") is a sequence of
/// runs, each starting with a varint header. An even header is a repeated run: <c>header &gt;&gt; 1</c> copies of
/// one value stored in <c>ceil(bitWidth / 8)</c> little-endian bytes. An odd header is a bit-packed run of
/// <c>header &gt;&gt; 1</c> groups of 8 values, each value <c>bitWidth</c> bits, packed from the least significant bit
/// of each byte; the last group may be padded past the values the page holds. Runs of no values occur (Parquet.Net
/// writes them) and are skipped, and the last bit-packed run may stop at the last byte its values need.</para>
/// </remarks>
internal static class HybridDecoder
{
    /// <summary>Fills <paramref name="output"/> with values decoded from <paramref name="data"/>.</summary>
    /// <param name="data">The encoded runs (without the length prefix some callers store before them).</param>
    /// <param name="bitWidth">Bits per value, 0 to 32.</param>
    /// <param name="output">Where the values go; exactly its length are decoded.</param>
    /// <exception cref="InvalidDataException">The runs end before <paramref name="output"/> is full, or a run is malformed.</exception>
    public static void Decode(ReadOnlySpan<byte> data, int bitWidth, Span<int> output)
    {
        if (bitWidth is < 0 or > 32)
        {
            throw new InvalidDataException($"bit width {bitWidth} is out of range");
        }

        var byteWidth = (bitWidth + 7) / 8;
        var position = 0;
        var written = 0;
        while (written < output.Length)
        {
            var header = ReadVarint(data, ref position);
            var count = header >> 1;
            if ((header & 1) == 0)
            {
                if (position + byteWidth > data.Length)
                {
                    throw new InvalidDataException("a repeated run is cut short");
                }

                var value = 0;
                for (var b = 0; b < byteWidth; b++)
                {
                    value |= data[position + b] << (8 * b);
                }

                position += byteWidth;
                var take = (int)Math.Min(count, (ulong)(output.Length - written));
                output.Slice(written, take).Fill(value);
                written += take;
            }
            else
            {
                if (count > int.MaxValue / 8)
                {
                    throw new InvalidDataException("a bit-packed run is too long");
                }

                // The last run of a page may stop at the last byte its values need instead of padding the group.
                var take = (int)Math.Min(count * 8, (ulong)(output.Length - written));
                var bytes = (int)Math.Min((long)count * bitWidth, data.Length - position);
                if ((((long)take * bitWidth) + 7) / 8 > bytes)
                {
                    throw new InvalidDataException("a bit-packed run is cut short");
                }

                Unpack(data.Slice(position, bytes), bitWidth, output.Slice(written, take));
                position += bytes;
                written += take;
            }
        }
    }

    /// <summary>Unpacks the first <c>output.Length</c> values of a bit-packed run.</summary>
    private static void Unpack(ReadOnlySpan<byte> packed, int bitWidth, Span<int> output)
    {
        if (bitWidth == 0)
        {
            output.Clear();
            return;
        }

        if (bitWidth == 1)
        {
            // Definition levels of an optional column: eight levels per byte.
            for (var i = 0; i < output.Length; i++)
            {
                output[i] = (packed[i >> 3] >> (i & 7)) & 1;
            }

            return;
        }

        var mask = (1UL << bitWidth) - 1;
        ulong buffer = 0;
        var bits = 0;
        var next = 0;
        for (var i = 0; i < output.Length; i++)
        {
            if (bits < bitWidth)
            {
                // Top up to at least 32 bits while whole 4-byte words are left, else byte by byte.
                if (next + 4 <= packed.Length)
                {
                    buffer |= (ulong)BinaryPrimitives.ReadUInt32LittleEndian(packed[next..]) << bits;
                    next += 4;
                    bits += 32;
                }
                else
                {
                    while (bits < bitWidth)
                    {
                        buffer |= (ulong)packed[next++] << bits;
                        bits += 8;
                    }
                }
            }

            output[i] = (int)(buffer & mask);
            buffer >>= bitWidth;
            bits -= bitWidth;
        }
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> data, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= data.Length)
            {
                throw new InvalidDataException("the runs end before all values are read");
            }

            var b = data[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("a run header is too long");
    }
}
