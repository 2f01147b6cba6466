using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Indikator.Core.Data;

/// <summary>
/// Reads CSV records one after another from a <see cref="CsvUnitSource{T}"/>: the header before the chunks are
/// parsed in parallel, and <see cref="CsvLoader.LineOfRow"/>.
/// </summary>
/// <remarks>
/// <para>A record cut by the end of the buffer is delimited again after the buffer is refilled (it grows when one
/// record does not fit, up to <see cref="MaxRecordLength"/> units). A leading byte order mark is dropped. Line
/// numbers count physical lines, so a record reports the line on which it starts.</para>
/// <para>Not thread safe.</para>
/// </remarks>
/// <typeparam name="T"><see cref="byte"/> or <see cref="char"/>.</typeparam>
internal sealed class CsvRecordScanner<T>
    where T : unmanaged, IBinaryInteger<T>
{
    /// <summary>An unterminated quote would otherwise pull the rest of a large file into one record.</summary>
    public const int MaxRecordLength = 1 << 26;

    private readonly CsvUnitSource<T> _source;
    private readonly T _separator;
    private readonly T[] _byteOrderMark;
    private readonly string _sourceName;
    private T[] _buffer;
    private T[] _scratch = new T[256];
    private int _start;
    private int _end;
    private bool _eof;
    private bool _atFirstRecord = true;
    private int _line = 1;

    public CsvRecordScanner(CsvUnitSource<T> source, T separator, T[] byteOrderMark, string sourceName, int bufferSize)
    {
        _source = source;
        _separator = separator;
        _byteOrderMark = byteOrderMark;
        _sourceName = sourceName;
        _buffer = new T[Math.Max(bufferSize, 16)];
    }

    /// <summary>Gets the fields of the current record; offsets index <see cref="Buffer"/>.</summary>
    public CsvRecordFields Fields { get; } = new();

    /// <summary>Gets the 1-based line on which the current record starts.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Gets the number of physical lines consumed so far.</summary>
    public int LinesConsumed => _line - 1;

    /// <summary>Gets the data not consumed yet: a buffer, the range still to read and whether the data ended.</summary>
    public (T[] Buffer, int Start, int End, bool Eof) Rest => (_buffer, _start, _end, _eof);

    /// <summary>Moves to the next non-blank record.</summary>
    /// <returns>False at the end of the data.</returns>
    /// <exception cref="CsvDataException">The record is not valid CSV or too long.</exception>
    public bool Read()
    {
        while (true)
        {
            if (_atFirstRecord)
            {
                if (_end - _start < _byteOrderMark.Length && !_eof)
                {
                    Fill();
                    continue;
                }

                if (_buffer.AsSpan(_start, _end - _start).StartsWith(_byteOrderMark))
                {
                    _start += _byteOrderMark.Length;
                }

                _atFirstRecord = false;
            }

            var result = CsvDelimiter<T>.Delimit(_buffer.AsSpan(0, _end), _start, _separator, _eof, Fields, out var consumed, out var lineBreaks);
            switch (result)
            {
                case CsvDelimited.Record:
                    LineNumber = _line;
                    _line += lineBreaks;
                    _start += consumed;
                    return true;
                case CsvDelimited.BlankLine:
                    _line += lineBreaks;
                    _start += consumed;
                    break;
                case CsvDelimited.EndOfData:
                    return false;
                case CsvDelimited.Error:
                    throw new CsvDataException(_sourceName, _line, null, Fields.ErrorReason);
                default:
                    Fill();
                    break;
            }
        }
    }

    /// <summary>Gets the content of a field of the current record, unquoted, decoded to text.</summary>
    public string FieldText(int index, System.Text.Encoding? encoding = null)
    {
        var field = new ReadOnlySpan<T>(_buffer, Fields.Start(index), Fields.Length(index));
        return CsvDelimiter<T>.ToText(Fields.Escaped(index) ? CsvDelimiter<T>.Unescape(field, ref _scratch) : field, encoding);
    }

    /// <summary>Gets whether the field is valid UTF-8 (always true for text already decoded).</summary>
    public bool FieldIsUtf8(int index)
        => typeof(T) != typeof(byte)
            || System.Text.Unicode.Utf8.IsValid(MemoryMarshal.Cast<T, byte>(new ReadOnlySpan<T>(_buffer, Fields.Start(index), Fields.Length(index))));

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
                throw new CsvDataException(_sourceName, _line, null, TooLong);
            }

            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        (_end, _eof) = _source.Fill(_buffer, _end);
    }

    /// <summary>The reason given when one record does not fit in <see cref="MaxRecordLength"/> units.</summary>
    public static string TooLong { get; } = string.Create(
        CultureInfo.InvariantCulture, $"a record is longer than {MaxRecordLength} characters; is a quote unterminated?");
}
