using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Indikator.Core.Tests.Data;

/// <summary>Writes CSV text for tests, and generators of awkward table contents.</summary>
internal static class CsvText
{
    /// <summary>Labels that exercise quoting: separators, quotes, line breaks, white space, non-ASCII.</summary>
    public static readonly string[] AwkwardLabels =
    [
        "a", "b", "Oslo", "Bergen, sentrum", "say \"hi\"", "\"", "two\nlines", "crlf\r\nin", " padded ", "ø æ å", "x;y", "NA ", "na",
    ];

    public static Gen<string?> Label { get; } = Gen.Frequency(
        (6, Gen.Elements(AwkwardLabels).Select(s => (string?)s)),
        (2, ArbMap.Default.ArbFor<string>().Generator.Where(s => s is not null && s != "NA" && s.Length > 0).Select(s => (string?)s)),
        (1, Gen.Constant<string?>(null)));

    /// <summary>Any double, including NaN (written as missing) and infinities.</summary>
    public static Gen<double> Number { get; } = ArbMap.Default.ArbFor<double>().Generator;

    public static string FormatNumber(double value, string missing = "NA")
        => double.IsNaN(value) ? missing : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Quotes a field when it must be quoted, doubling inner quotes.</summary>
    public static string Field(string? text, char separator = ',')
    {
        if (text is null)
        {
            return string.Empty;
        }

        return text.AsSpan().IndexOfAny([separator, '"', '\r', '\n']) >= 0 || text.Length == 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    public static string Join(IEnumerable<IReadOnlyList<string>> lines, string newline = "\n", char separator = ',', bool finalNewline = true)
    {
        var text = new StringBuilder();
        var first = true;
        foreach (var line in lines)
        {
            if (!first)
            {
                text.Append(newline);
            }

            first = false;
            text.AppendJoin(separator, line);
        }

        if (finalNewline)
        {
            text.Append(newline);
        }

        return text.ToString();
    }
}
