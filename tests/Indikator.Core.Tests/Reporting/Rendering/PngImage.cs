using System.Buffers.Binary;
using System.IO.Compression;

namespace Indikator.Core.Tests.Reporting.Rendering;

/// <summary>
/// A decoded PNG with 8-bit RGB or RGBA samples, enough to read the screenshots Chromium writes.
/// Decoding is written out here because the test project has no imaging package.
/// </summary>
/// <remarks>
/// Supports what a screenshot uses: bit depth 8, colour type 2 (RGB) or 6 (RGBA), no interlacing, and the five
/// filter types of PNG section 9.2 (None, Sub, Up, Average, Paeth). Chunk CRCs are checked, so a truncated or
/// corrupted file fails with a clear message rather than as odd pixels.
/// </remarks>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly uint[] CrcTable = BuildCrcTable();

    private readonly byte[] rgb;

    private PngImage(int width, int height, byte[] rgb)
    {
        Width = width;
        Height = height;
        this.rgb = rgb;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The pixel as 0xRRGGBB; alpha is dropped, because a screenshot of a page is opaque.</summary>
    public int this[int x, int y]
    {
        get
        {
            var i = ((y * Width) + x) * 3;
            return (rgb[i] << 16) | (rgb[i + 1] << 8) | rgb[i + 2];
        }
    }

    public static PngImage Read(string path) => Decode(File.ReadAllBytes(path));

    public static PngImage Decode(ReadOnlySpan<byte> file)
    {
        if (file.Length < Signature.Length || !file[..Signature.Length].SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG file: the 8-byte signature is missing.");
        }

        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        var position = Signature.Length;
        var sawEnd = false;
        while (!sawEnd)
        {
            if (position + 12 > file.Length)
            {
                throw new InvalidDataException($"The PNG file ends inside a chunk header at byte {position}.");
            }

            var length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(file[position..]));
            var type = System.Text.Encoding.ASCII.GetString(file.Slice(position + 4, 4));
            if (position + 12 + length > file.Length)
            {
                throw new InvalidDataException($"The PNG chunk {type} at byte {position} runs past the end of the file.");
            }

            var data = file.Slice(position + 8, length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(file[(position + 8 + length)..]);
            if (crc != Crc(file.Slice(position + 4, length + 4)))
            {
                throw new InvalidDataException($"The CRC of PNG chunk {type} at byte {position} does not match.");
            }

            switch (type)
            {
                case "IHDR":
                    width = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data));
                    height = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]));
                    channels = ReadHeader(data[8], data[9], data[10], data[11], data[12]);
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
                case "IEND":
                    sawEnd = true;
                    break;
                default:
                    // Ancillary chunks (sRGB, pHYs, tEXt, ...) do not change the samples.
                    break;
            }

            position += 12 + length;
        }

        if (channels == 0)
        {
            throw new InvalidDataException("The PNG file has no IHDR chunk.");
        }

        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        return new PngImage(width, height, Unfilter(zlib, width, height, channels));
    }

    /// <summary>Counts the pixels within <paramref name="tolerance"/> per channel of <paramref name="colour"/> inside a rectangle.</summary>
    public int Count(int colour, int tolerance, int left, int top, int right, int bottom)
    {
        var count = 0;
        for (var y = Math.Max(top, 0); y < Math.Min(bottom, Height); y++)
        {
            for (var x = Math.Max(left, 0); x < Math.Min(right, Width); x++)
            {
                if (Near(this[x, y], colour, tolerance))
                {
                    count++;
                }
            }
        }

        return count;
    }

    public static bool Near(int a, int b, int tolerance)
        => Math.Abs(((a >> 16) & 0xFF) - ((b >> 16) & 0xFF)) <= tolerance
           && Math.Abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF)) <= tolerance
           && Math.Abs((a & 0xFF) - (b & 0xFF)) <= tolerance;

    private static int ReadHeader(byte bitDepth, byte colourType, byte compression, byte filter, byte interlace)
    {
        if (bitDepth != 8 || colourType is not (2 or 6))
        {
            throw new NotSupportedException($"Only 8-bit RGB and RGBA PNGs are supported; this one has bit depth {bitDepth} and colour type {colourType}.");
        }

        if (compression != 0 || filter != 0 || interlace != 0)
        {
            throw new NotSupportedException($"Only non-interlaced PNGs with the standard compression and filter methods are supported (got {compression}, {filter}, {interlace}).");
        }

        return colourType == 2 ? 3 : 4;
    }

    private static byte[] Unfilter(Stream source, int width, int height, int channels)
    {
        var stride = checked(width * channels);
        var previous = new byte[stride];
        var current = new byte[stride];
        var rgb = new byte[checked(width * height * 3)];
        for (var y = 0; y < height; y++)
        {
            var filter = source.ReadByte();
            if (filter < 0)
            {
                throw new InvalidDataException($"The PNG image data end at row {y} of {height}.");
            }

            source.ReadExactly(current);
            for (var i = 0; i < stride; i++)
            {
                int left = i >= channels ? current[i - channels] : 0;
                int up = previous[i];
                int upLeft = i >= channels ? previous[i - channels] : 0;
                current[i] += filter switch
                {
                    0 => 0,
                    1 => (byte)left,
                    2 => (byte)up,
                    3 => (byte)((left + up) / 2),
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Row {y} of the PNG has the unknown filter type {filter}."),
                };
            }

            for (var x = 0; x < width; x++)
            {
                Array.Copy(current, x * channels, rgb, ((y * width) + x) * 3, 3);
            }

            (previous, current) = (current, previous);
        }

        return rgb;
    }

    private static byte Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return (byte)(pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
    }

    internal static uint Crc(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
