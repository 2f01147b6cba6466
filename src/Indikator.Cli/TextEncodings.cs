using System.Text;

namespace Indikator.Cli;

/// <summary>The encodings the <c>--encoding</c> option and the job file's <c>encoding</c> field accept.</summary>
internal static class TextEncodings
{
    /// <summary>The accepted names, for messages.</summary>
    public const string Names = "utf-8, windows-1252 or latin1";

    /// <summary>Parses an encoding name; null when it is not one of <see cref="Names"/>. UTF-8 gives null encoding too,
    /// so use <paramref name="name"/> to tell them apart: call only for a given name.</summary>
    /// <param name="name">The name, case-insensitive.</param>
    /// <returns>The encoding, <see cref="UTF8Encoding"/> for UTF-8, or null for an unknown name.</returns>
    public static Encoding? Parse(string name) => name.ToUpperInvariant() switch
    {
        "UTF-8" or "UTF8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),

        // Windows-1252 is not built into .NET; its code page provider is, without registering it process-wide.
        "WINDOWS-1252" or "CP1252" or "1252" => CodePagesEncodingProvider.Instance.GetEncoding(1252),
        "LATIN1" or "ISO-8859-1" => Encoding.Latin1,
        _ => null,
    };

    /// <summary>Makes the CSV read options of the <c>--delimiter</c>, <c>--decimal-comma</c> and <c>--encoding</c> options.</summary>
    /// <param name="delimiter">The delimiter option's value, or null.</param>
    /// <param name="decimalComma">Whether numbers have a decimal comma.</param>
    /// <param name="encoding">The encoding option's value, or null.</param>
    /// <param name="problem">The usage error, or null.</param>
    /// <returns>The options, or null when <paramref name="problem"/> is set.</returns>
    public static Indikator.Core.Data.CsvReadOptions? CsvOptions(string? delimiter, bool decimalComma, string? encoding, out string? problem)
    {
        problem = null;
        char separator;
        switch (delimiter)
        {
            case null or ",": separator = ','; break;
            case ";": separator = ';'; break;
            case "tab" or "\\t": separator = '\t'; break;
            case "|": separator = '|'; break;
            default:
                problem = $"--delimiter must be ',', ';', 'tab' or '|', not '{delimiter}'.";
                return null;
        }

        if (decimalComma && separator == ',')
        {
            problem = "--decimal-comma needs another --delimiter than ',' (for example --delimiter ';').";
            return null;
        }

        Encoding? parsed = null;
        if (encoding is not null && (parsed = Parse(encoding)) is null)
        {
            problem = $"--encoding must be {Names}, not '{encoding}'.";
            return null;
        }

        return new Indikator.Core.Data.CsvReadOptions { Separator = separator, DecimalSeparator = decimalComma ? ',' : '.', Encoding = parsed };
    }
}
