using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Indikator.Core.Data;

/// <summary>
/// Delimits unquoted CSV records in UTF-8 data 64 bytes at a time: one vector comparison marks every separator,
/// quote, CR and LF of a block in a bit mask, and fields are cut at the set bits.
/// </summary>
/// <remarks>
/// <para>Only records without quoted fields are handled here; a record that starts with a line break (a blank line)
/// or has a field that starts with a quote is left to <see cref="CsvDelimiter{T}.Delimit"/>, and the scanner then
/// skips to where that record ends. A quote inside an unquoted field is text, as in the grammar there. So the records
/// and fields are exactly those of <see cref="CsvDelimiter{T}.Delimit"/> with <c>final</c> true.</para>
/// <para>A mutable ref struct over one chunk, used by one thread.</para>
/// </remarks>
internal ref struct CsvByteScanner
{
    private const byte Quote = (byte)'"';
    private const byte Cr = (byte)'\r';
    private const byte Lf = (byte)'\n';

    private readonly ReadOnlySpan<byte> _data;
    private readonly byte _separator;
    private int _block;
    private ulong _mask;

    public CsvByteScanner(ReadOnlySpan<byte> data, byte separator)
    {
        _data = data;
        _separator = separator;
        Load(0);
    }

    /// <summary>Delimits the unquoted record at <paramref name="position"/>; false when the general delimiter must.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryDelimit(int position, CsvRecordFields fields, out CsvDelimited result, out int consumed, out int lineBreaks)
    {
        var data = _data;
        consumed = 0;
        lineBreaks = 0;
        result = CsvDelimited.Record;
        if (position >= data.Length)
        {
            result = CsvDelimited.EndOfData;
            return true;
        }

        var first = data[position];
        if (first is Quote or Cr or Lf)
        {
            return false;
        }

        SkipTo(position);
        var count = 0;
        var start = position;
        while (true)
        {
            var p = Next();
            if (p < 0)
            {
                fields.Set(count++, start, data.Length - start, false);
                consumed = data.Length - position;
                break;
            }

            var c = data[p];
            if (c == _separator)
            {
                fields.Set(count++, start, p - start, false);
                start = p + 1;
                if (start < data.Length && data[start] == Quote)
                {
                    return false;
                }

                continue;
            }

            if (c == Quote)
            {
                continue;
            }

            fields.Set(count++, start, p - start, false);
            var end = p + 1;
            if (c == Cr && end < data.Length && data[end] == Lf)
            {
                end++;
            }

            consumed = end - position;
            lineBreaks = 1;
            break;
        }

        fields.Count = count;
        return true;
    }

    /// <summary>Forgets the marks before <paramref name="position"/>; positions only move forward.</summary>
    public void SkipTo(int position)
    {
        var offset = position - _block;
        if ((uint)offset < 64)
        {
            _mask &= ulong.MaxValue << offset;
        }
        else
        {
            Load(position);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Next()
    {
        while (_mask == 0)
        {
            var next = _block + 64;
            if (next >= _data.Length)
            {
                return -1;
            }

            Load(next);
        }

        var p = _block + BitOperations.TrailingZeroCount(_mask);
        _mask &= _mask - 1;
        return p;
    }

    private void Load(int start)
    {
        _block = start;
        _mask = Mask(start);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private readonly ulong Mask(int start)
    {
        var data = _data;
        if (start + 64 <= data.Length)
        {
            ref var origin = ref MemoryMarshal.GetReference(data);
            if (Vector256.IsHardwareAccelerated)
            {
                var separator = Vector256.Create(_separator);
                var low = Vector256.LoadUnsafe(ref origin, (nuint)start);
                var high = Vector256.LoadUnsafe(ref origin, (nuint)(start + 32));
                var lowMarks = Vector256.Equals(low, separator) | Vector256.Equals(low, Vector256.Create(Quote))
                    | Vector256.Equals(low, Vector256.Create(Cr)) | Vector256.Equals(low, Vector256.Create(Lf));
                var highMarks = Vector256.Equals(high, separator) | Vector256.Equals(high, Vector256.Create(Quote))
                    | Vector256.Equals(high, Vector256.Create(Cr)) | Vector256.Equals(high, Vector256.Create(Lf));
                return lowMarks.ExtractMostSignificantBits() | ((ulong)highMarks.ExtractMostSignificantBits() << 32);
            }

            if (Vector128.IsHardwareAccelerated)
            {
                var separator = Vector128.Create(_separator);
                ulong mask = 0;
                for (var i = 0; i < 4; i++)
                {
                    var v = Vector128.LoadUnsafe(ref origin, (nuint)(start + (16 * i)));
                    var marks = Vector128.Equals(v, separator) | Vector128.Equals(v, Vector128.Create(Quote))
                        | Vector128.Equals(v, Vector128.Create(Cr)) | Vector128.Equals(v, Vector128.Create(Lf));
                    mask |= (ulong)marks.ExtractMostSignificantBits() << (16 * i);
                }

                return mask;
            }
        }

        ulong bits = 0;
        var end = Math.Min(start + 64, data.Length);
        for (var i = start; i < end; i++)
        {
            var c = data[i];
            if (c == _separator || c is Quote or Cr or Lf)
            {
                bits |= 1UL << (i - start);
            }
        }

        return bits;
    }
}
