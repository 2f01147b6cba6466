using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Unicode;

namespace Indikator.Core.Data;

/// <summary>
/// Parses one chunk of CSV records (whole records only) into typed column arrays. One instance per thread: it
/// keeps scratch buffers; the chunks it makes are independent.
/// </summary>
/// <remarks>
/// <para>Numbers of the common form (an optional minus, at most 18 digits with at most one decimal point) are
/// read directly from the code units: the digits make an integer m &lt;= 2^53 and the value is m / 10^k with
/// k &lt;= 22, both exact doubles, so the one IEEE division is correctly rounded and equals what
/// <see cref="double.Parse(string, IFormatProvider)"/> returns (Clinger's fast path). Everything else (exponents,
/// signs, white space, infinities, more digits) is decoded to text and read by <see cref="double.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider, out double)"/>
/// exactly as before, so results do not depend on the path.</para>
/// <para>Errors stop the chunk: the first one is kept with its line relative to the chunk.</para>
/// </remarks>
/// <typeparam name="T"><see cref="byte"/> or <see cref="char"/>.</typeparam>
internal sealed class CsvChunkParser<T>
    where T : unmanaged, IBinaryInteger<T>
{
    private static readonly double[] PowersOf10 =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    private readonly CsvLayout _layout;
    private readonly T _separator;
    private readonly T[][] _missing;
    private readonly string[] _missingText;
    private readonly bool _missingHasReplacement;
    private readonly ulong _missingLengths;
    private readonly bool _hasKeys;
    private readonly bool _hasPeriods;
    private readonly bool _hasWeights;
    private readonly T _decimal;
    private readonly System.Text.Encoding? _labelEncoding;
    private readonly bool _strictUtf8;
    private readonly CsvRecordFields _fields = new();
    private T[] _scratch = new T[256];
    private char[] _chars = new char[256];

    public CsvChunkParser(CsvLayout layout, T separator, CsvReadOptions options)
    {
        _layout = layout;
        _separator = separator;
        _decimal = T.CreateTruncating(options.DecimalSeparator);
        _labelEncoding = typeof(T) == typeof(byte) ? options.ByteLabelEncoding : null;
        _strictUtf8 = typeof(T) == typeof(byte) && _labelEncoding is null;
        _missingText = [.. options.MissingTokens];
        _missing = [.. _missingText.Select(t => CsvDelimiter<T>.FromText(t, _labelEncoding))];

        // A byte path can only match such a token on invalid UTF-8 after decoding; check that case by text.
        _missingHasReplacement = typeof(T) == typeof(byte) && Array.Exists(_missingText, t => t.Contains('\uFFFD', StringComparison.Ordinal));
        foreach (var token in _missing)
        {
            _missingLengths |= token.Length < 64 ? 1UL << token.Length : 0;
        }

        _hasKeys = HasMapped(layout, CsvSchema.Role.PersonKey);
        _hasPeriods = HasMapped(layout, CsvSchema.Role.Period);
        _hasWeights = HasMapped(layout, CsvSchema.Role.Weights);
    }

    /// <summary>Parses whole records; <paramref name="data"/> ends at a record boundary or at the end of the input.</summary>
    /// <remarks>Optimised at once: a file is loaded once, so the loop must not spend its first chunks in unoptimised code.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public CsvChunk Parse(ReadOnlySpan<T> data)
    {
        var layout = _layout;
        var chunk = new CsvChunk(layout.NumericCount, layout.CategoricalCount);
        var capacity = CsvDelimiter<T>.EstimateRecords(data);
        var encoders = new CsvLabelEncoder<T>[layout.CategoricalCount];
        for (var j = 0; j < encoders.Length; j++)
        {
            encoders[j] = new CsvLabelEncoder<T>();
        }

        Resize(chunk, capacity);
        var numeric = chunk.Numeric;
        var codes = chunk.Codes;
        var scanner = typeof(T) == typeof(byte) ? new CsvByteScanner(MemoryMarshal.Cast<T, byte>(data), byte.CreateTruncating(_separator)) : default;
        var fields = _fields;
        var headerCount = layout.FieldCount;
        var read = layout.Read;
        var roles = layout.Role;
        var targets = layout.Target;
        var position = 0;
        var line = 0;
        var rows = 0;
        while (true)
        {
            CsvDelimited result;
            int consumed;
            int lineBreaks;
            if (typeof(T) != typeof(byte) || !scanner.TryDelimit(position, fields, out result, out consumed, out lineBreaks))
            {
                result = CsvDelimiter<T>.Delimit(data, position, _separator, final: true, fields, out consumed, out lineBreaks);
                if (typeof(T) == typeof(byte))
                {
                    scanner.SkipTo(position + consumed);
                }
            }

            if (result == CsvDelimited.EndOfData)
            {
                break;
            }

            if (result == CsvDelimited.BlankLine)
            {
                line += lineBreaks;
                position += consumed;
                continue;
            }

            if (result == CsvDelimited.Error)
            {
                chunk.Error = new CsvChunkError(line, fields.ErrorField, fields.ErrorReason);
                break;
            }

            var recordLine = line;
            line += lineBreaks;
            position += consumed;
            if (fields.Count != headerCount)
            {
                chunk.Error = new CsvChunkError(recordLine, -1, string.Create(
                    CultureInfo.InvariantCulture, $"wrong number of fields: expected {headerCount}, found {fields.Count}"));
                break;
            }

            if (rows == capacity)
            {
                capacity = Math.Max(capacity * 2, 16);
                Resize(chunk, capacity);
            }

            string? error = null;
            var field = 0;
            for (; field < headerCount; field++)
            {
                if (!read[field])
                {
                    continue;
                }

                var text = data.Slice(fields.Start(field), fields.Length(field));
                if (fields.Escaped(field))
                {
                    text = CsvDelimiter<T>.Unescape(text, ref _scratch);
                }

                var target = targets[field];
                switch (roles[field])
                {
                    case CsvSchema.Role.Numeric:
                        if (IsMissing(text))
                        {
                            numeric[target]![rows] = double.NaN;
                        }
                        else if (!TryParseNumber(text, out numeric[target]![rows]))
                        {
                            error = NotANumber;
                        }

                        break;
                    case CsvSchema.Role.Categorical:
                        if (IsMissing(text))
                        {
                            codes[target]![rows] = CategoricalColumn.MissingCode;
                            break;
                        }

                        var known = encoders[target].Count;
                        codes[target]![rows] = encoders[target].Encode(text);

                        // A new label is checked once: bytes that are not UTF-8 would decode to U+FFFD and merge
                        // distinct labels (Windows-1252 "Ås" and "Øs") into one level.
                        if (_strictUtf8 && encoders[target].Count != known && !Utf8.IsValid(MemoryMarshal.Cast<T, byte>(text)))
                        {
                            error = NotUtf8(field + 1);
                        }

                        break;
                    case CsvSchema.Role.PersonKey:
                        // Never quote the text: it may be a person identifier.
                        error = IsMissing(text) ? "the person key is missing"
                            : TryParseKey(text, out chunk.Keys![rows]) ? null
                            : "not an integer person key (the value is not shown)";
                        break;
                    case CsvSchema.Role.Period:
                        error = IsMissing(text) ? "the period is missing"
                            : TryParsePeriod(text, out chunk.Periods![rows]) ? null
                            : "not a month (expected yyyy-MM, for example 2024-05)";
                        break;
                    default:
                        error = ParseWeight(text, out chunk.Weights![rows]);
                        break;
                }

                if (error is not null)
                {
                    break;
                }
            }

            if (error is not null)
            {
                chunk.Error = new CsvChunkError(recordLine, field, error);
                break;
            }

            rows++;
        }

        chunk.Rows = rows;
        chunk.LineBreaks = line;
        for (var c = 0; c < encoders.Length; c++)
        {
            chunk.Levels[c] = encoders[c].Levels(_labelEncoding);
        }

        return chunk;
    }

    private void Resize(CsvChunk chunk, int size)
    {
        for (var j = 0; j < chunk.Numeric.Length; j++)
        {
            Array.Resize(ref chunk.Numeric[j], size);
        }

        for (var j = 0; j < chunk.Codes.Length; j++)
        {
            Array.Resize(ref chunk.Codes[j], size);
        }

        if (_hasKeys)
        {
            Array.Resize(ref chunk.Keys, size);
        }

        if (_hasPeriods)
        {
            Array.Resize(ref chunk.Periods, size);
        }

        if (_hasWeights)
        {
            Array.Resize(ref chunk.Weights, size);
        }
    }

    private static bool HasMapped(CsvLayout layout, CsvSchema.Role role)
    {
        for (var i = 0; i < layout.FieldCount; i++)
        {
            if (layout.Read[i] && layout.Role[i] == role)
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsMissing(ReadOnlySpan<T> text)
    {
        // Most fields have a length no token has: one test rules them out (fields of 64 units or more are compared).
        if (text.Length < 64 && (_missingLengths & (1UL << text.Length)) == 0 && !_missingHasReplacement)
        {
            return false;
        }

        var missing = _missing;
        for (var i = 0; i < missing.Length; i++)
        {
            if (text.SequenceEqual(missing[i]))
            {
                return true;
            }
        }

        return _missingHasReplacement && IsMissingAfterDecoding(text);
    }

    private bool IsMissingAfterDecoding(ReadOnlySpan<T> text)
    {
        if (Utf8.IsValid(MemoryMarshal.Cast<T, byte>(text)))
        {
            return false;
        }

        var chars = CsvDelimiter<T>.AsChars(text, ref _chars);
        foreach (var token in _missingText)
        {
            if (chars.SequenceEqual(token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The reason for a field that is not UTF-8, naming its 1-based field position and the remedy.</summary>
    /// <param name="field">The 1-based field of the record.</param>
    /// <returns>The reason.</returns>
    public static string NotUtf8(int field) => string.Create(
        CultureInfo.InvariantCulture,
        $"field {field} is not valid UTF-8 (the file may be Windows-1252 or Latin-1, as Excel writes it: read it with --encoding windows-1252 or CsvReadOptions.Encoding)");

    private string NotANumber => _decimal == T.CreateTruncating(',') ? CsvNumberText.NotANumberDecimalComma : CsvNumberText.NotANumber;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryParseNumber(ReadOnlySpan<T> text, out double value)
    {
        if (TryParseSimple(text, _decimal, out value))
        {
            return true;
        }

        if (_decimal == T.CreateTruncating('.'))
        {
            return CsvNumberText.TryParseNumber(CsvDelimiter<T>.AsChars(text, ref _chars), out value);
        }

        // A decimal comma: the decoded copy is in the scratch buffer (or is the text itself), so copy it once to edit.
        var chars = CsvDelimiter<T>.AsChars(text, ref _chars);
        Span<char> copy = chars.Length <= 128 ? stackalloc char[chars.Length] : new char[chars.Length];
        chars.CopyTo(copy);
        return CsvNumberText.TryParseDecimalComma(copy, out value);
    }

    private string? ParseWeight(ReadOnlySpan<T> text, out double weight)
    {
        if (IsMissing(text))
        {
            weight = 0;
            return "the weight is missing";
        }

        if (!TryParseNumber(text, out weight))
        {
            return NotANumber;
        }

        return double.IsFinite(weight) && weight >= 0 ? null : "a weight must be a finite, non-negative number";
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryParseKey(ReadOnlySpan<T> text, out long key)
    {
        // Fast path: an optional minus and 1 to 18 digits cannot overflow.
        var negative = text.Length > 0 && text[0] == T.CreateTruncating('-');
        var i = negative ? 1 : 0;
        if (text.Length > i && text.Length - i <= 18)
        {
            long v = 0;
            for (; i < text.Length; i++)
            {
                var d = uint.CreateTruncating(text[i]) - '0';
                if (d > 9)
                {
                    break;
                }

                v = (v * 10) + d;
            }

            if (i == text.Length)
            {
                key = negative ? -v : v;
                return true;
            }
        }

        return long.TryParse(CsvDelimiter<T>.AsChars(text, ref _chars), NumberStyles.Integer, CultureInfo.InvariantCulture, out key);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryParsePeriod(ReadOnlySpan<T> text, out YearMonth month)
    {
        if (text.Length == 7 && text[4] == T.CreateTruncating('-'))
        {
            var y0 = uint.CreateTruncating(text[0]) - '0';
            var y1 = uint.CreateTruncating(text[1]) - '0';
            var y2 = uint.CreateTruncating(text[2]) - '0';
            var y3 = uint.CreateTruncating(text[3]) - '0';
            var m0 = uint.CreateTruncating(text[5]) - '0';
            var m1 = uint.CreateTruncating(text[6]) - '0';
            if ((y0 | y1 | y2 | y3 | m0 | m1) <= 9)
            {
                var year = (int)((y0 * 1000) + (y1 * 100) + (y2 * 10) + y3);
                var m = (int)((m0 * 10) + m1);
                if (year >= YearMonth.MinYear && m is >= 1 and <= 12)
                {
                    month = new YearMonth(year, m);
                    return true;
                }
            }
        }

        return YearMonth.TryParse(CsvDelimiter<T>.AsChars(text, ref _chars), CultureInfo.InvariantCulture, out month);
    }

    /// <summary>Clinger's fast path: see the remarks on the type.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryParseSimple(ReadOnlySpan<T> text, T decimalSeparator, out double value)
    {
        value = 0;
        var n = text.Length;
        if (n == 0 || n > 19)
        {
            return false;
        }

        var i = 0;
        var negative = text[0] == T.CreateTruncating('-');
        if (negative)
        {
            i = 1;
        }

        ulong mantissa = 0;
        var integerDigits = 0;
        for (; i < n; i++)
        {
            var d = uint.CreateTruncating(text[i]) - '0';
            if (d > 9)
            {
                break;
            }

            mantissa = (mantissa * 10) + d;
            integerDigits++;
        }

        if (integerDigits == 0)
        {
            return false;
        }

        var fractionDigits = 0;
        if (i < n)
        {
            if (text[i] != decimalSeparator)
            {
                return false;
            }

            for (i++; i < n; i++)
            {
                var d = uint.CreateTruncating(text[i]) - '0';
                if (d > 9)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + d;
                fractionDigits++;
            }

            if (fractionDigits == 0)
            {
                return false;
            }
        }

        // At most 18 digits (19 units with sign or point), so no overflow; the mantissa must be exact in a double.
        if (mantissa > (1UL << 53))
        {
            return false;
        }

        var v = fractionDigits == 0 ? mantissa : mantissa / PowersOf10[fractionDigits];
        value = negative ? -v : v;
        return true;
    }
}
