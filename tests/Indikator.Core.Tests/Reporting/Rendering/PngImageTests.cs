using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Indikator.Core.Tests.Reporting.Rendering;

/// <summary>
/// The screenshot decoder: images encoded here with every filter type, split over several IDAT chunks, decode to
/// the same pixels; damaged or unsupported files fail with a message.
/// </summary>
public sealed class PngImageTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void Every_filter_type_decodes_to_the_encoded_pixels(int channels)
    {
        const int width = 9;
        const int height = 10;
        var random = new Random(7);
        var samples = new byte[width * height * channels];
        random.NextBytes(samples);
        var png = Encode(samples, width, height, channels, row => row % 5);

        var image = PngImage.Decode(png);

        Assert.Equal(width, image.Width);
        Assert.Equal(height, image.Height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = ((y * width) + x) * channels;
                Assert.Equal((samples[i] << 16) | (samples[i + 1] << 8) | samples[i + 2], image[x, y]);
            }
        }
    }

    [Fact]
    public void Count_finds_colours_within_the_tolerance_inside_the_rectangle()
    {
        // 4 x 2 RGB: a row of white, near-red, red, blue and a row of red.
        byte[] samples =
        [
            255, 255, 255, 250, 2, 3, 255, 0, 0, 0, 0, 255,
            255, 0, 0, 255, 0, 0, 255, 0, 0, 255, 0, 0,
        ];
        var image = PngImage.Decode(Encode(samples, 4, 2, 3, _ => 4));

        Assert.Equal(5, image.Count(0xFF0000, 0, 0, 0, 4, 2));
        Assert.Equal(6, image.Count(0xFF0000, 5, 0, 0, 4, 2));
        Assert.Equal(1, image.Count(0xFF0000, 0, 1, 0, 3, 1));
        Assert.Equal(1, image.Count(0x0000FF, 0, -5, -5, 50, 50));
    }

    [Fact]
    public void A_damaged_chunk_fails_on_its_CRC()
    {
        var png = Encode([1, 2, 3], 1, 1, 3, _ => 0);
        png[20] ^= 0x01; // inside IHDR's height field

        var error = Assert.Throws<InvalidDataException>(() => PngImage.Decode(png));
        Assert.Contains("CRC of PNG chunk IHDR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_CRC_is_the_one_of_the_PNG_specification()
    {
        // Every PNG ends with an empty IEND chunk whose CRC is AE 42 60 82.
        Assert.Equal(0xAE426082u, PngImage.Crc("IEND"u8));
    }

    [Fact]
    public void A_file_that_is_not_a_PNG_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => PngImage.Decode("<html></html>"u8));
        Assert.Contains("signature", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sixteen_bit_samples_are_refused_with_the_bit_depth()
    {
        var png = Encode([1, 2, 3], 1, 1, 3, _ => 0);
        png[24] = 16;
        FixCrc(png, 8);

        var error = Assert.Throws<NotSupportedException>(() => PngImage.Decode(png));
        Assert.Contains("bit depth 16", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Encodes samples as PNG with the filter <paramref name="filterOfRow"/> gives each row, in IDAT chunks of 16 bytes.</summary>
    private static byte[] Encode(byte[] samples, int width, int height, int channels, Func<int, int> filterOfRow)
    {
        var stride = width * channels;
        using var raw = new MemoryStream();
        using (var zlib = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                var filter = filterOfRow(y);
                zlib.WriteByte((byte)filter);
                for (var i = 0; i < stride; i++)
                {
                    var at = (y * stride) + i;
                    int a = i >= channels ? samples[at - channels] : 0;
                    int b = y > 0 ? samples[at - stride] : 0;
                    int c = i >= channels && y > 0 ? samples[at - stride - channels] : 0;
                    var prediction = filter switch
                    {
                        0 => 0,
                        1 => a,
                        2 => b,
                        3 => (a + b) >> 1,
                        _ => PaethPredictor(a, b, c),
                    };
                    zlib.WriteByte((byte)(samples[at] - prediction));
                }
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = (byte)(channels == 3 ? 2 : 6);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "tEXt", Encoding.ASCII.GetBytes("Comment\0test"));
        var data = raw.ToArray();
        for (var start = 0; start < data.Length; start += 16)
        {
            WriteChunk(png, "IDAT", data.AsSpan(start, Math.Min(16, data.Length - start)));
        }

        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    // PNG specification, section 9.4, written out separately from the decoder's version.
    private static int PaethPredictor(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        if (pa <= pb && pa <= pc)
        {
            return a;
        }

        return pb <= pc ? b : c;
    }

    private static void WriteChunk(Stream png, string type, ReadOnlySpan<byte> data)
    {
        var buffer = new byte[data.Length + 12];
        BinaryPrimitives.WriteInt32BigEndian(buffer, data.Length);
        Encoding.ASCII.GetBytes(type, buffer.AsSpan(4));
        data.CopyTo(buffer.AsSpan(8));
        FixCrc(buffer, 0);
        png.Write(buffer);
    }

    /// <summary>Rewrites the CRC of the chunk starting at <paramref name="offset"/>.</summary>
    private static void FixCrc(byte[] png, int offset)
    {
        var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(offset + 8 + length), PngImage.Crc(png.AsSpan(offset + 4, length + 4)));
    }
}
