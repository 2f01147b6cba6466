using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Parquet.Pages;

namespace Indikator.Core.Tests.Data.Sources.ParquetPages;

/// <summary>
/// The RLE / bit-packing hybrid decoder against an encoder written here from the format's description (Parquet
/// Encodings.md): repeated runs, bit-packed runs padded or cut at their last byte, and the empty runs Parquet.Net writes.
/// </summary>
public sealed class HybridDecoderTests
{
    [Fact]
    public void Decodes_any_mix_of_runs_at_any_bit_width()
    {
        var cases = from seed in Gen.Choose(1, 1_000_000)
                    from bitWidth in Gen.Choose(0, 32)
                    from count in Gen.Choose(1, 600)
                    select (seed, bitWidth, count);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var random = new Random(c.seed);
            var values = Values(random, c.bitWidth, c.count);
            var encoded = Encode(values, c.bitWidth, random);
            var decoded = new int[values.Length];

            HybridDecoder.Decode(encoded, c.bitWidth, decoded);

            return decoded.AsSpan().SequenceEqual(values);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Definition_levels_of_one_bit_in_a_known_layout()
    {
        // Bit-packed run of one group (header 3): 0b1011_0001 gives levels 1,0,0,0,1,1,0,1 from the low bit up;
        // then an empty bit-packed run (header 1); then a repeated run of four zeros (header 8, value byte 0).
        byte[] encoded = [0x03, 0b1011_0001, 0x01, 0x08, 0x00];
        var levels = new int[12];

        HybridDecoder.Decode(encoded, 1, levels);

        Assert.Equal([1, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0], levels);
    }

    [Fact]
    public void Runs_that_end_too_soon_are_invalid_data()
    {
        Assert.Throws<InvalidDataException>(() => HybridDecoder.Decode([0x08, 0x01], 1, new int[5]));
        Assert.Throws<InvalidDataException>(() => HybridDecoder.Decode([0x05, 0xFF], 4, new int[16]));
        Assert.Throws<InvalidDataException>(() => HybridDecoder.Decode([0x02], 8, new int[1]));
    }

    /// <summary>Values below 2^bitWidth in stretches of repeats, so both kinds of run occur.</summary>
    private static int[] Values(Random random, int bitWidth, int count)
    {
        var values = new int[count];
        var max = bitWidth == 0 ? 1L : 1L << bitWidth;
        for (var i = 0; i < count;)
        {
            var value = (int)(uint)random.NextInt64(max);
            var length = Math.Min(random.Next(4) == 0 ? random.Next(8, 40) : 1, count - i);
            values.AsSpan(i, length).Fill(value);
            i += length;
        }

        return values;
    }

    private static byte[] Encode(int[] values, int bitWidth, Random random)
    {
        var output = new List<byte>();
        var byteWidth = (bitWidth + 7) / 8;
        var i = 0;
        while (i < values.Length)
        {
            if (random.Next(6) == 0)
            {
                Varint(output, 1);
            }

            var repeats = 1;
            while (i + repeats < values.Length && values[i + repeats] == values[i])
            {
                repeats++;
            }

            if (repeats >= 8 || random.Next(3) == 0)
            {
                Varint(output, (ulong)repeats << 1);
                for (var b = 0; b < byteWidth; b++)
                {
                    output.Add((byte)((uint)values[i] >> (8 * b)));
                }

                i += repeats;
                continue;
            }

            var groups = random.Next(1, 4);
            var taken = Math.Min(groups * 8, values.Length - i);
            groups = (taken + 7) / 8;
            Varint(output, ((ulong)groups << 1) | 1);
            var packed = new byte[groups * bitWidth];
            for (var k = 0; k < taken; k++)
            {
                for (var bit = 0; bit < bitWidth; bit++)
                {
                    var at = (k * bitWidth) + bit;
                    if ((((uint)values[i + k] >> bit) & 1) == 1)
                    {
                        packed[at >> 3] |= (byte)(1 << (at & 7));
                    }
                }
            }

            i += taken;

            // The page's last run may stop at the last byte its values need.
            var length = i == values.Length && random.Next(2) == 0 ? ((taken * bitWidth) + 7) / 8 : packed.Length;
            output.AddRange(packed.AsSpan(0, length).ToArray());
        }

        return [.. output];
    }

    private static void Varint(List<byte> output, ulong value)
    {
        while (value >= 0x80)
        {
            output.Add((byte)(value | 0x80));
            value >>= 7;
        }

        output.Add((byte)value);
    }
}
