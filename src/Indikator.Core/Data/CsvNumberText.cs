using System.Globalization;

namespace Indikator.Core.Data;

/// <summary>Reading numbers from CSV text the general way, and quoting bad text in error messages.</summary>
internal static class CsvNumberText
{
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

    /// <summary>Quotes text for a message, cut to <paramref name="limit"/> characters.</summary>
    public static string Quote(ReadOnlySpan<char> text, int limit)
        => text.Length <= limit
            ? $"'{text}'"
            : $"'{text[..limit]}...' ({text.Length.ToString(CultureInfo.InvariantCulture)} characters)";
}
