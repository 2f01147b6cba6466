using System.Globalization;
using Indikator.Core.Data;

namespace Indikator.Core.Benchmarks.Data.Legacy;

/// <summary>
/// Splits CSV text into records and fields (RFC 4180) without allocating per record: fields are
/// spans into one large character buffer, unescaped into a scratch buffer only when they contain
/// doubled quotes.
/// </summary>
/// <remarks>
/// <para>A record is first delimited completely (field offsets only) and then handed out, so a
/// record cut by the end of the buffer is simply delimited again after the buffer is refilled;
/// callers never see half a record.</para>
/// <para>Records end at LF, CRLF or a lone CR; a quoted field may contain separators, quotes
/// written as <c>""</c> and line breaks. Blank lines are skipped. A leading byte order mark is
/// dropped. Line numbers count physical lines, so a record reports the line on which it starts.</para>
/// <para>A copy of the reader before issue 12 (char-based, sequential), kept only for the benchmark baseline.</para>
/// </remarks>
internal sealed class LegacyCsvRecordReader
{
    private const int DefaultBufferSize = 1 << 20;

    // An unterminated quote would otherwise pull the rest of a large file into one record.
    private const int MaxRecordLength = 1 << 26;

    private readonly TextReader _reader;
    private readonly char _separator;
    private readonly string _source;
    private char[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private bool _atFirstRecord = true;
    private int _line = 1;
    private int[] _fieldStart = new int[32];
    private int[] _fieldLength = new int[32];
    private bool[] _fieldEscaped = new bool[32];
    private char[] _scratch = new char[256];

    public LegacyCsvRecordReader(TextReader reader, char separator, string source, int bufferSize = DefaultBufferSize)
    {
        _reader = reader;
        _separator = separator;
        _source = source;
        _buffer = new char[Math.Max(bufferSize, 16)];
    }

    private enum Delimited
    {
        Record,
        BlankLine,
        NeedMore,
        EndOfData,
    }

    /// <summary>Gets or sets the header names, used only to name the column in error messages.</summary>
    public IReadOnlyList<string>? Headers { get; set; }

    /// <summary>Gets the number of fields of the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>Gets the 1-based line on which the current record starts.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Moves to the next non-blank record.</summary>
    /// <returns>False at the end of the data.</returns>
    public bool Read()
    {
        while (true)
        {
            var result = Delimit(out var consumed, out var lineBreaks);
            switch (result)
            {
                case Delimited.Record:
                    LineNumber = _line;
                    _line += lineBreaks;
                    _start += consumed;
                    return true;
                case Delimited.BlankLine:
                    _line += lineBreaks;
                    _start += consumed;
                    break;
                case Delimited.EndOfData:
                    return false;
                default:
                    Fill();
                    break;
            }
        }
    }

    /// <summary>Gets the content of field <paramref name="index"/> of the current record, unquoted.</summary>
    /// <param name="index">The field index, below <see cref="FieldCount"/>.</param>
    /// <returns>The content; valid until the next call of this method or <see cref="Read"/>.</returns>
    public ReadOnlySpan<char> Field(int index)
    {
        var field = new ReadOnlySpan<char>(_buffer, _fieldStart[index], _fieldLength[index]);
        return _fieldEscaped[index] ? Unescape(field) : field;
    }

    private Delimited Delimit(out int consumed, out int lineBreaks)
    {
        consumed = 0;
        lineBreaks = 0;
        if (_atFirstRecord)
        {
            if (_end == _start && !_eof)
            {
                return Delimited.NeedMore;
            }

            if (_end > _start && _buffer[_start] == '\uFEFF')
            {
                _start++;
            }

            _atFirstRecord = false;
        }

        var span = new ReadOnlySpan<char>(_buffer, _start, _end - _start);
        if (span.IsEmpty)
        {
            return _eof ? Delimited.EndOfData : Delimited.NeedMore;
        }

        if (span[0] is '\r' or '\n')
        {
            return EndOfLine(span, 0, ref consumed, ref lineBreaks) ? Delimited.BlankLine : Delimited.NeedMore;
        }

        var separator = _separator;
        var count = 0;
        var i = 0;
        while (true)
        {
            if (count == _fieldStart.Length)
            {
                GrowFields();
            }

            if (i < span.Length && span[i] == '"')
            {
                var j = i + 1;
                var escaped = false;
                while (true)
                {
                    var q = span[j..].IndexOf('"');
                    if (q < 0)
                    {
                        return _eof ? throw Error(count, "unterminated quote") : Delimited.NeedMore;
                    }

                    j += q;
                    if (j + 1 < span.Length)
                    {
                        if (span[j + 1] != '"')
                        {
                            break;
                        }

                        escaped = true;
                        j += 2;
                    }
                    else if (_eof)
                    {
                        break;
                    }
                    else
                    {
                        return Delimited.NeedMore;
                    }
                }

                var content = span.Slice(i + 1, j - i - 1);
                lineBreaks += CountLineBreaks(content);
                SetField(count++, _start + i + 1, content.Length, escaped);
                i = j + 1;
                if (i == span.Length)
                {
                    if (!_eof)
                    {
                        return Delimited.NeedMore;
                    }

                    consumed = i;
                    break;
                }

                var c = span[i];
                if (c == separator)
                {
                    i++;
                    continue;
                }

                if (c is '\r' or '\n')
                {
                    if (!EndOfLine(span, i, ref consumed, ref lineBreaks))
                    {
                        return Delimited.NeedMore;
                    }

                    break;
                }

                throw Error(count - 1, "a closing quote must be followed by the separator or the end of the line");
            }

            var rest = span[i..];
            var k = rest.IndexOfAny(separator, '\r', '\n');
            if (k < 0)
            {
                if (!_eof)
                {
                    return Delimited.NeedMore;
                }

                SetField(count++, _start + i, rest.Length, false);
                consumed = span.Length;
                break;
            }

            SetField(count++, _start + i, k, false);
            i += k;
            if (span[i] == separator)
            {
                i++;
                continue;
            }

            if (!EndOfLine(span, i, ref consumed, ref lineBreaks))
            {
                return Delimited.NeedMore;
            }

            break;
        }

        FieldCount = count;
        return Delimited.Record;
    }

    /// <summary>Consumes the line break at <paramref name="i"/>; false when a CR ends the buffer and an LF may follow.</summary>
    private bool EndOfLine(ReadOnlySpan<char> span, int i, ref int consumed, ref int lineBreaks)
    {
        if (span[i] == '\r')
        {
            if (i + 1 == span.Length && !_eof)
            {
                return false;
            }

            consumed = i + 1 < span.Length && span[i + 1] == '\n' ? i + 2 : i + 1;
        }
        else
        {
            consumed = i + 1;
        }

        lineBreaks++;
        return true;
    }

    private static int CountLineBreaks(ReadOnlySpan<char> content)
    {
        var count = 0;
        var i = content.IndexOfAny('\r', '\n');
        while (i >= 0)
        {
            if (content[i] == '\n' || i + 1 == content.Length || content[i + 1] != '\n')
            {
                count++;
            }

            content = content[(i + 1)..];
            i = content.IndexOfAny('\r', '\n');
        }

        return count;
    }

    private void SetField(int index, int start, int length, bool escaped)
    {
        _fieldStart[index] = start;
        _fieldLength[index] = length;
        _fieldEscaped[index] = escaped;
    }

    private void GrowFields()
    {
        var size = _fieldStart.Length * 2;
        Array.Resize(ref _fieldStart, size);
        Array.Resize(ref _fieldLength, size);
        Array.Resize(ref _fieldEscaped, size);
    }

    private ReadOnlySpan<char> Unescape(ReadOnlySpan<char> field)
    {
        if (_scratch.Length < field.Length)
        {
            _scratch = new char[Math.Max(field.Length, _scratch.Length * 2)];
        }

        var n = 0;
        for (var i = 0; i < field.Length; i++)
        {
            _scratch[n++] = field[i];
            if (field[i] == '"')
            {
                i++;
            }
        }

        return new ReadOnlySpan<char>(_scratch, 0, n);
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxRecordLength)
            {
                throw new CsvDataException(_source, _line, null, string.Create(
                    CultureInfo.InvariantCulture,
                    $"a record is longer than {MaxRecordLength} characters; is a quote unterminated?"));
            }

            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        while (_end < _buffer.Length)
        {
            var n = _reader.Read(_buffer, _end, _buffer.Length - _end);
            if (n == 0)
            {
                _eof = true;
                return;
            }

            _end += n;
        }
    }

    private CsvDataException Error(int fieldIndex, string reason)
    {
        var headers = Headers;
        var column = headers is not null && fieldIndex >= 0 && fieldIndex < headers.Count ? headers[fieldIndex] : null;
        return new CsvDataException(_source, _line, column, reason);
    }
}
