using System.Numerics;

namespace Indikator.Core.Data;

/// <summary>A forward-only supply of code units: UTF-8 bytes from a stream, or chars from a text reader.</summary>
/// <typeparam name="T"><see cref="byte"/> or <see cref="char"/>.</typeparam>
/// <remarks>Not thread safe; the CSV reader calls it under a lock.</remarks>
internal abstract class CsvUnitSource<T>
    where T : unmanaged, IBinaryInteger<T>
{
    /// <summary>Reads units into <paramref name="buffer"/>.</summary>
    /// <returns>The number read; 0 only at the end of the data.</returns>
    public abstract int Read(Span<T> buffer);

    /// <summary>Fills <paramref name="buffer"/> from <paramref name="start"/> as far as the data goes.</summary>
    /// <returns>The new end of the data in the buffer, and whether the data ended.</returns>
    public (int End, bool Eof) Fill(T[] buffer, int start)
    {
        var end = start;
        while (end < buffer.Length)
        {
            var n = Read(buffer.AsSpan(end));
            if (n == 0)
            {
                return (end, true);
            }

            end += n;
        }

        return (end, false);
    }
}

/// <summary>UTF-8 bytes from a stream, after a few bytes already read from it.</summary>
internal sealed class CsvByteSource(byte[] prefix, Stream stream) : CsvUnitSource<byte>
{
    private int _prefixPosition;

    public override int Read(Span<byte> buffer)
    {
        if (_prefixPosition < prefix.Length)
        {
            var n = Math.Min(buffer.Length, prefix.Length - _prefixPosition);
            prefix.AsSpan(_prefixPosition, n).CopyTo(buffer);
            _prefixPosition += n;
            return n;
        }

        return stream.Read(buffer);
    }
}

/// <summary>Chars from a text reader.</summary>
internal sealed class CsvCharSource(TextReader reader) : CsvUnitSource<char>
{
    public override int Read(Span<char> buffer) => reader.Read(buffer);
}
