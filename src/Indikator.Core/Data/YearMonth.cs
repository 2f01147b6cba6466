using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Indikator.Core.Data;

/// <summary>
/// A calendar month such as <c>2024-05</c>: the period of a person-month.
/// </summary>
/// <remarks>
/// <para>Stored as one integer, the number of months since January of year 0, so that ordering,
/// differences and adding months are integer arithmetic and arrays of it are as compact as
/// <see cref="int"/> arrays.</para>
/// <para>This type is an immutable value type and is thread safe.</para>
/// </remarks>
public readonly struct YearMonth : IEquatable<YearMonth>, IComparable<YearMonth>, IComparable,
    ISpanFormattable, IParsable<YearMonth>, ISpanParsable<YearMonth>
{
    /// <summary>The earliest supported year.</summary>
    public const int MinYear = 1;

    /// <summary>The latest supported year.</summary>
    public const int MaxYear = 9999;

    private readonly int _index;

    /// <summary>Creates the month <paramref name="month"/> of <paramref name="year"/>.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 (January) to 12 (December).</param>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public YearMonth(int year, int month)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"The year must be between {MinYear} and {MaxYear}.");
        }

        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be between 1 and 12.");
        }

        _index = (year * 12) + month - 1;
    }

    private YearMonth(int index, bool _) => _index = index;

    /// <summary>Gets the year.</summary>
    public int Year => _index / 12;

    /// <summary>Gets the month, 1 (January) to 12 (December).</summary>
    public int Month => (_index % 12) + 1;

    /// <summary>Gets the number of months since January of year 0, a dense ordinal for arrays and arithmetic.</summary>
    public int Index => _index;

    /// <summary>Creates a month from its <see cref="Index"/>.</summary>
    /// <param name="index">Months since January of year 0.</param>
    /// <returns>The month.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index lies outside years 1 to 9999.</exception>
    public static YearMonth FromIndex(int index)
    {
        if (index < MinYear * 12 || index > (MaxYear * 12) + 11)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "The month index lies outside years 1 to 9999.");
        }

        return new YearMonth(index, true);
    }

    /// <summary>Returns the month <paramref name="months"/> months later (earlier when negative).</summary>
    /// <param name="months">The number of months to add.</param>
    /// <returns>The shifted month.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result lies outside years 1 to 9999.</exception>
    public YearMonth AddMonths(int months) => FromIndex(checked(_index + months));

    /// <summary>Returns the number of months from this month to <paramref name="other"/> (positive when <paramref name="other"/> is later).</summary>
    /// <param name="other">The other month.</param>
    /// <returns><c>other - this</c> in months.</returns>
    public int MonthsUntil(YearMonth other) => other._index - _index;

    /// <summary>Parses <c>yyyy-MM</c>, for example <c>2024-05</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the format is culture invariant.</param>
    /// <returns>The month.</returns>
    /// <exception cref="FormatException">The text is not a month in the form <c>yyyy-MM</c>.</exception>
    public static YearMonth Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
        => TryParse(s, provider, out var result)
            ? result
            : throw new FormatException($"'{s.ToString()}' is not a month in the form yyyy-MM (for example 2024-05).");

    /// <summary>Parses <c>yyyy-MM</c>, for example <c>2024-05</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the format is culture invariant.</param>
    /// <returns>The month.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a month in the form <c>yyyy-MM</c>.</exception>
    public static YearMonth Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses <c>yyyy-MM</c>, for example <c>2024-05</c>; the format does not depend on culture.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The month.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a month in the form <c>yyyy-MM</c>.</exception>
    public static YearMonth Parse(string s) => Parse(s, null);

    /// <summary>Tries to parse <c>yyyy-MM</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the format is culture invariant.</param>
    /// <param name="result">The month when parsing succeeded.</param>
    /// <returns>Whether the text was a valid month.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out YearMonth result)
    {
        result = default;
        s = s.Trim();
        if (s.Length != 7 || s[4] != '-')
        {
            return false;
        }

        if (!int.TryParse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(s[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || year < MinYear || month is < 1 or > 12)
        {
            return false;
        }

        result = new YearMonth(year, month);
        return true;
    }

    /// <summary>Tries to parse <c>yyyy-MM</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the format is culture invariant.</param>
    /// <param name="result">The month when parsing succeeded.</param>
    /// <returns>Whether the text was a valid month.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out YearMonth result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParse(s.AsSpan(), provider, out result);
    }

    /// <summary>Formats the month as <c>yyyy-MM</c>.</summary>
    /// <returns>The text, for example <c>2024-05</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    /// <inheritdoc cref="ToString()"/>
    /// <param name="format">Ignored: the only format is <c>yyyy-MM</c>.</param>
    /// <param name="formatProvider">Ignored: the format is culture invariant.</param>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes <c>yyyy-MM</c> into <paramref name="destination"/>.</summary>
    /// <param name="destination">The buffer.</param>
    /// <param name="charsWritten">7 on success.</param>
    /// <param name="format">Ignored.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>Whether the buffer was large enough.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => destination.TryWrite(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}", out charsWritten);

    /// <inheritdoc/>
    public bool Equals(YearMonth other) => _index == other._index;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is YearMonth other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _index;

    /// <inheritdoc/>
    public int CompareTo(YearMonth other) => _index.CompareTo(other._index);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        YearMonth other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a YearMonth.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">The first month.</param>
    /// <param name="right">The second month.</param>
    /// <returns>Whether the months are equal.</returns>
    public static bool operator ==(YearMonth left, YearMonth right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first month.</param>
    /// <param name="right">The second month.</param>
    /// <returns>Whether the months differ.</returns>
    public static bool operator !=(YearMonth left, YearMonth right) => !left.Equals(right);

    /// <summary>Earlier than.</summary>
    /// <param name="left">The first month.</param>
    /// <param name="right">The second month.</param>
    /// <returns>Whether <paramref name="left"/> is earlier.</returns>
    public static bool operator <(YearMonth left, YearMonth right) => left._index < right._index;

    /// <summary>Later than.</summary>
    /// <param name="left">The first month.</param>
    /// <param name="right">The second month.</param>
    /// <returns>Whether <paramref name="left"/> is later.</returns>
    public static bool operator >(YearMonth left, YearMonth right) => left._index > right._index;

    /// <summary>Earlier or equal.</summary>
    /// <param name="left">The first month.</param>
    /// <param name="right">The second month.</param>
    /// <returns>Whether <paramref name="left"/> is not later.</returns>
    public static bool operator <=(YearMonth left, YearMonth right) => left._index <= right._index;

    /// <summary>Later or equal.</summary>
    /// <param name="left">The first month.</param>
    /// <param name="right">The second month.</param>
    /// <returns>Whether <paramref name="left"/> is not earlier.</returns>
    public static bool operator >=(YearMonth left, YearMonth right) => left._index >= right._index;

    /// <summary>Shifts a month.</summary>
    /// <param name="month">The month.</param>
    /// <param name="months">Months to add.</param>
    /// <returns>The shifted month.</returns>
    public static YearMonth operator +(YearMonth month, int months) => month.AddMonths(months);

    /// <summary>The number of months between two months.</summary>
    /// <param name="later">The later month.</param>
    /// <param name="earlier">The earlier month.</param>
    /// <returns><c>later - earlier</c> in months.</returns>
    public static int operator -(YearMonth later, YearMonth earlier) => later._index - earlier._index;
}
