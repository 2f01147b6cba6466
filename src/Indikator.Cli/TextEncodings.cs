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
}
