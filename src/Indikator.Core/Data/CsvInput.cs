using System.Text;

namespace Indikator.Core.Data;

/// <summary>Chooses how a CSV stream is read: as UTF-8 bytes, or as text decoded by a <see cref="StreamReader"/>.</summary>
/// <remarks>
/// Bytes are read as they are when the data is UTF-8 (with or without a byte order mark, which is dropped) and the
/// separator is ASCII, so that separators, quotes and line breaks are single bytes. A UTF-16 or UTF-32 byte order
/// mark, or a non-ASCII separator, sends the stream through a <see cref="StreamReader"/> that detects the byte
/// order mark as before. Stateless and thread safe.
/// </remarks>
internal static class CsvInput
{
    /// <summary>Gets the UTF-8 byte order mark.</summary>
    public static byte[] Utf8ByteOrderMark { get; } = [0xEF, 0xBB, 0xBF];

    /// <summary>Gets the byte order mark as a char.</summary>
    public static char[] CharByteOrderMark { get; } = ['\uFEFF'];

    /// <summary>Opens a stream for reading; exactly one of the results is set.</summary>
    public static (CsvByteSource? Bytes, CsvCharSource? Chars) Open(Stream stream, CsvReadOptions options)
    {
        var separator = options.Separator;
        var head = new byte[4];
        var n = 0;
        while (n < head.Length)
        {
            var read = stream.Read(head, n, head.Length - n);
            if (read == 0)
            {
                break;
            }

            n += read;
        }

        var prefix = head.AsSpan(0, n);
        var wide = prefix.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
            || prefix.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);
        if (wide || separator > 0x7F || options.DecodesText)
        {
            var text = new StreamReader(
                new PrefixedStream(prefix.ToArray(), stream), options.Encoding ?? Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);
            return (null, new CsvCharSource(text));
        }

        // As a StreamReader does, drop one UTF-8 byte order mark here; the record scanner drops one more, as before.
        if (prefix.StartsWith(Utf8ByteOrderMark))
        {
            prefix = prefix[Utf8ByteOrderMark.Length..];
        }

        return (new CsvByteSource(prefix.ToArray(), stream), null);
    }

    /// <summary>A read-only stream that gives a few bytes already read and then the rest of another stream.</summary>
    private sealed class PrefixedStream(byte[] prefix, Stream inner) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_position < prefix.Length)
            {
                var n = Math.Min(buffer.Length, prefix.Length - _position);
                prefix.AsSpan(_position, n).CopyTo(buffer);
                _position += n;
                return n;
            }

            return inner.Read(buffer);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
