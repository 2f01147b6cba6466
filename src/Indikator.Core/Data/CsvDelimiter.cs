using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Indikator.Core.Data;

/// <summary>
/// The CSV grammar (RFC 4180) over code units: UTF-8 bytes when a stream or file is read, UTF-16 chars when a
/// <see cref="TextReader"/> is. Separator, quote, CR and LF are ASCII, so they are single units in both.
/// </summary>
/// <remarks>
/// <para>Records end at LF, CRLF or a lone CR. A quote opens a quoted field only at the start of a field; inside it
/// a doubled quote is a quote and separators and line breaks are text; the closing quote must be followed by the
/// separator or a line break. A quote inside an unquoted field is text. Blank lines are skipped. Line numbers count
/// physical line breaks (LF, CRLF, lone CR), including those inside quoted fields.</para>
/// <para><see cref="FindLastRecordEnd"/> follows the same grammar to cut data into chunks at record boundaries, so
/// that chunks can be parsed in parallel and a quoted line break never splits a record.</para>
/// </remarks>
/// <typeparam name="T"><see cref="byte"/> or <see cref="char"/>.</typeparam>
internal static class CsvDelimiter<T>
    where T : unmanaged, IBinaryInteger<T>
{
    public static readonly T Quote = T.CreateTruncating('"');
    public static readonly T Cr = T.CreateTruncating('\r');
    public static readonly T Lf = T.CreateTruncating('\n');

    /// <summary>Delimits the record that starts at <paramref name="position"/>.</summary>
    /// <param name="data">The data; field offsets are indices into it.</param>
    /// <param name="position">Where the record starts.</param>
    /// <param name="separator">The field separator.</param>
    /// <param name="final">Whether the data ends here (no more will come).</param>
    /// <param name="fields">Receives the fields, or the error.</param>
    /// <param name="consumed">The units the record (or blank line) takes, its line break included.</param>
    /// <param name="lineBreaks">The physical line breaks in those units.</param>
    /// <returns>What was found.</returns>
    public static CsvDelimited Delimit(
        ReadOnlySpan<T> data, int position, T separator, bool final, CsvRecordFields fields, out int consumed, out int lineBreaks)
    {
        consumed = 0;
        lineBreaks = 0;
        var span = data[position..];
        if (span.IsEmpty)
        {
            return final ? CsvDelimited.EndOfData : CsvDelimited.NeedMore;
        }

        if (IsBreak(span[0]))
        {
            return EndOfLine(span, 0, final, ref consumed, ref lineBreaks) ? CsvDelimited.BlankLine : CsvDelimited.NeedMore;
        }

        var count = 0;
        var i = 0;
        while (true)
        {
            if (i < span.Length && span[i] == Quote)
            {
                var j = i + 1;
                var escaped = false;
                while (true)
                {
                    var q = span[j..].IndexOf(Quote);
                    if (q < 0)
                    {
                        return final ? fields.Fail(count, "unterminated quote") : CsvDelimited.NeedMore;
                    }

                    j += q;
                    if (j + 1 < span.Length)
                    {
                        if (span[j + 1] != Quote)
                        {
                            break;
                        }

                        escaped = true;
                        j += 2;
                    }
                    else if (final)
                    {
                        break;
                    }
                    else
                    {
                        return CsvDelimited.NeedMore;
                    }
                }

                var content = span.Slice(i + 1, j - i - 1);
                lineBreaks += CountLineBreaks(content);
                fields.Set(count++, position + i + 1, content.Length, escaped);
                i = j + 1;
                if (i == span.Length)
                {
                    if (!final)
                    {
                        return CsvDelimited.NeedMore;
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

                if (IsBreak(c))
                {
                    if (!EndOfLine(span, i, final, ref consumed, ref lineBreaks))
                    {
                        return CsvDelimited.NeedMore;
                    }

                    break;
                }

                return fields.Fail(count - 1, "a closing quote must be followed by the separator or the end of the line");
            }

            var rest = span[i..];
            var k = rest.IndexOfAny(separator, Cr, Lf);
            if (k < 0)
            {
                if (!final)
                {
                    return CsvDelimited.NeedMore;
                }

                fields.Set(count++, position + i, rest.Length, false);
                consumed = span.Length;
                break;
            }

            fields.Set(count++, position + i, k, false);
            i += k;
            if (span[i] == separator)
            {
                i++;
                continue;
            }

            if (!EndOfLine(span, i, final, ref consumed, ref lineBreaks))
            {
                return CsvDelimited.NeedMore;
            }

            break;
        }

        fields.Count = count;
        return CsvDelimited.Record;
    }

    /// <summary>
    /// Finds the end of the last whole record (after its line break) in data that starts at a record boundary and
    /// is not the end of the input; -1 when the data holds no whole record.
    /// </summary>
    /// <remarks>
    /// Without quotes every line break ends a record. With quotes the scan jumps from quote to quote: a quote opens
    /// a field only when it follows a separator or a line break (or starts the data), as in <see cref="Delimit"/>, so
    /// both agree on which line breaks are inside quotes up to the first grammar error, and the chunk holding that
    /// error reports it.
    /// </remarks>
    public static int FindLastRecordEnd(ReadOnlySpan<T> data, T separator)
    {
        if (data.IndexOf(Quote) < 0)
        {
            return LastBreakEnd(data, 0, data.Length);
        }

        var last = -1;
        var stretch = 0;
        var position = 0;
        while (true)
        {
            var q = data[position..].IndexOf(Quote);
            if (q < 0)
            {
                return Math.Max(last, LastBreakEnd(data, stretch, data.Length));
            }

            q += position;
            var prior = q == 0 ? Lf : data[q - 1];
            if (prior != separator && !IsBreak(prior))
            {
                // A quote inside an unquoted field is text.
                position = q + 1;
                continue;
            }

            last = Math.Max(last, LastBreakEnd(data, stretch, q));
            var j = q + 1;
            while (true)
            {
                var close = data[j..].IndexOf(Quote);
                if (close < 0)
                {
                    return last;
                }

                j += close;
                if (j + 1 == data.Length)
                {
                    // A closing quote or the first of a doubled quote: the next data decides.
                    return last;
                }

                if (data[j + 1] != Quote)
                {
                    break;
                }

                j += 2;
            }

            stretch = j + 1;
            position = j + 1;
        }
    }

    /// <summary>Counts physical line breaks: LF, CRLF and a lone CR each count once.</summary>
    public static int CountLineBreaks(ReadOnlySpan<T> content)
    {
        var count = 0;
        var i = content.IndexOfAny(Cr, Lf);
        while (i >= 0)
        {
            if (content[i] == Lf || i + 1 == content.Length || content[i + 1] != Lf)
            {
                count++;
            }

            content = content[(i + 1)..];
            i = content.IndexOfAny(Cr, Lf);
        }

        return count;
    }

    /// <summary>An upper bound on the records in a chunk, to size its columns (they grow if it is exceeded).</summary>
    public static int EstimateRecords(ReadOnlySpan<T> data)
    {
        var lf = data.Count(Lf);
        var breaks = lf > 0 ? lf : data.Count(Cr);

        // A chunk that ends with a line break has at most one record per break: then a single chunk's columns are exact.
        return data.IsEmpty || IsBreak(data[^1]) ? breaks : breaks + 1;
    }

    /// <summary>Copies <paramref name="field"/> to <paramref name="scratch"/> with each doubled quote made single.</summary>
    public static ReadOnlySpan<T> Unescape(ReadOnlySpan<T> field, ref T[] scratch)
    {
        if (scratch.Length < field.Length)
        {
            scratch = new T[Math.Max(field.Length, scratch.Length * 2)];
        }

        var n = 0;
        for (var i = 0; i < field.Length; i++)
        {
            scratch[n++] = field[i];
            if (field[i] == Quote)
            {
                i++;
            }
        }

        return new ReadOnlySpan<T>(scratch, 0, n);
    }

    /// <summary>Decodes units to a string: bytes in <paramref name="encoding"/>, or UTF-8 when it is null (invalid
    /// sequences become U+FFFD, as a <see cref="StreamReader"/> makes them); or UTF-16.</summary>
    public static string ToText(ReadOnlySpan<T> units, Encoding? encoding = null)
        => typeof(T) == typeof(byte)
            ? (encoding ?? Encoding.UTF8).GetString(MemoryMarshal.Cast<T, byte>(units))
            : new string(MemoryMarshal.Cast<T, char>(units));

    /// <summary>Views or decodes units as UTF-16, using <paramref name="scratch"/> for decoding.</summary>
    public static ReadOnlySpan<char> AsChars(ReadOnlySpan<T> units, ref char[] scratch)
    {
        if (typeof(T) == typeof(char))
        {
            return MemoryMarshal.Cast<T, char>(units);
        }

        // UTF-8 never decodes to more UTF-16 units than it has bytes.
        if (scratch.Length < units.Length)
        {
            scratch = new char[Math.Max(units.Length, scratch.Length * 2)];
        }

        var n = Encoding.UTF8.GetChars(MemoryMarshal.Cast<T, byte>(units), scratch);
        return new ReadOnlySpan<char>(scratch, 0, n);
    }

    /// <summary>Encodes text as units: bytes in <paramref name="encoding"/> (UTF-8 when null), or UTF-16.</summary>
    public static T[] FromText(string text, Encoding? encoding = null)
        => typeof(T) == typeof(byte)
            ? MemoryMarshal.Cast<byte, T>((encoding ?? Encoding.UTF8).GetBytes(text)).ToArray()
            : MemoryMarshal.Cast<char, T>(text.AsSpan()).ToArray();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBreak(T unit) => unit == Lf || unit == Cr;

    /// <summary>The end of the last line break in [from, to) that surely ends a line: a CR at the very end may be followed by an LF.</summary>
    private static int LastBreakEnd(ReadOnlySpan<T> data, int from, int to)
    {
        var region = data[from..to];
        while (true)
        {
            var i = region.LastIndexOfAny(Cr, Lf);
            if (i < 0)
            {
                return -1;
            }

            if (region[i] == Lf || from + i + 1 < data.Length)
            {
                return from + i + 1;
            }

            region = region[..i];
        }
    }

    /// <summary>Consumes the line break at <paramref name="i"/>; false when a CR ends non-final data and an LF may follow.</summary>
    private static bool EndOfLine(ReadOnlySpan<T> span, int i, bool final, ref int consumed, ref int lineBreaks)
    {
        if (span[i] == Cr)
        {
            if (i + 1 == span.Length && !final)
            {
                return false;
            }

            consumed = i + 1 < span.Length && span[i + 1] == Lf ? i + 2 : i + 1;
        }
        else
        {
            consumed = i + 1;
        }

        lineBreaks++;
        return true;
    }
}
