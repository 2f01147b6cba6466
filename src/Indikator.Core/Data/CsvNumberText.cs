using System.Globalization;

namespace Indikator.Core.Data;

/// <summary>Reading numbers from CSV text the general way, and the message for a field that is not one.</summary>
internal static class CsvNumberText
{
    /// <summary>The reason given for a numeric field that cannot be read. It never quotes the field: a field may hold a
    /// person's data.</summary>
    public const string NotANumber = "not a number (expected a number such as 12.5, or empty or NA for missing; the value is not shown)";

    /// <summary>The reason for a numeric field that cannot be read with a decimal comma.</summary>
    public const string NotANumberDecimalComma = "not a number (expected a number with a decimal comma such as 12,5, or empty or NA for missing; the value is not shown)";

    /// <summary>Reads a number in the invariant culture; R's <c>Inf</c> and Python's <c>inf</c> and <c>nan</c> too.</summary>
    public static bool TryParseNumber(ReadOnlySpan<char> text, out double value)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        // R writes Inf and -Inf, Python inf and nan; .NET reads only Infinity and NaN.
        var t = text.Trim();
        var negative = t.Length > 0 && t[0] == '-';
        var word = t.Length > 0 && t[0] is '-' or '+' ? t[1..] : t;
        if (word.Equals("inf", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        if (word.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NaN;
            return true;
        }

        return false;
    }

    /// <summary>Reads a number written with a decimal comma: a point is not accepted (it could be a thousands
    /// separator), the comma becomes a point and the rest is read as <see cref="TryParseNumber(ReadOnlySpan{char}, out double)"/> does.</summary>
    /// <param name="text">The field; it is changed in place.</param>
    /// <param name="value">The number.</param>
    /// <returns>Whether the field is a number.</returns>
    public static bool TryParseDecimalComma(Span<char> text, out double value)
    {
        if (text.Contains('.'))
        {
            value = 0;
            return false;
        }

        text.Replace(',', '.');
        return TryParseNumber(text, out value);
    }
}
