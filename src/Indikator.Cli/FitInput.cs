using System.Text;
using Indikator.Core.Data;

namespace Indikator.Cli;

/// <summary>Reads the CSV input of <c>indikator fit</c>: checks the named columns against the header first (so an
/// unknown column lists the available ones), then loads them with <see cref="CsvLoader"/>.</summary>
internal static class FitInput
{
    public static ColumnTable Load(FitArguments arguments)
    {
        if (!File.Exists(arguments.Input))
        {
            throw new FitInputException($"input file not found: '{arguments.Input}'.");
        }

        try
        {
            var header = ReadHeader(arguments.Input, arguments.Csv);
            foreach (var (option, columns) in new (string, IEnumerable<string>)[]
            {
                ("--outcome", [arguments.Outcome]),
                ("--covariates", arguments.Covariates),
                ("--weights", arguments.Weights is null ? [] : [arguments.Weights]),
                ("--fixed-effects", arguments.FixedEffects),
                ("--cluster", arguments.Clusters),
            })
            {
                foreach (var column in columns)
                {
                    if (!header.Contains(column, StringComparer.Ordinal))
                    {
                        throw new FitInputException(
                            $"unknown column '{column}' in {option}; the columns of '{arguments.Input}' are: {string.Join(", ", header)}.{SeparatorHint(header, arguments.Csv.Separator)}");
                    }
                }
            }

            var schema = new CsvSchema();
            foreach (var column in arguments.NumericColumns)
            {
                schema = schema.AddNumeric(column);
            }

            foreach (var column in arguments.CategoricalColumns)
            {
                schema = schema.AddCategorical(column);
            }

            return CsvLoader.LoadTable(arguments.Input, schema, arguments.Csv);
        }
        catch (CsvDataException e)
        {
            throw new FitInputException($"input data error: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FitInputException($"cannot read '{arguments.Input}': {e.Message}", e);
        }
    }

    /// <summary>A hint when a header read with one separator is one field holding another, as a file written by
    /// Norwegian Excel (semicolons, decimal commas) is when read with commas; empty otherwise.</summary>
    internal static string SeparatorHint(IReadOnlyList<string> header, char separator)
    {
        if (header.Count != 1)
        {
            return string.Empty;
        }

        foreach (var other in new[] { ';', '\t', '|', ',' })
        {
            if (other != separator && header[0].Contains(other, StringComparison.Ordinal))
            {
                var name = other == '\t' ? "tab" : other.ToString();
                return $" The header looks '{name}'-separated: use --delimiter '{name}'{(other == ';' ? " (and --decimal-comma if numbers are written 12,5)" : string.Empty)}.";
            }
        }

        return string.Empty;
    }

    /// <summary>The header fields of the first line: split at the separator, quotes removed, trimmed (as the loader compares them).</summary>
    /// <exception cref="FitInputException">The file is empty, or its header is not in the encoding (UTF-8 unless the options say otherwise).</exception>
    internal static List<string> ReadHeader(string path, CsvReadOptions? options = null)
    {
        options ??= CsvReadOptions.Default;

        var line = FirstLine(path, options.Encoding)
            ?? throw new FitInputException($"'{path}' is empty: there is no header line.");

        var separator = options.Separator;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == separator)
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(ch);
            }
        }

        fields.Add(field.ToString().Trim());
        return fields;
    }

    /// <summary>The first line, decoded alone: strict UTF-8 (a header in Windows-1252 must not silently become U+FFFD,
    /// and a bad byte further down is the loader's to report with its line), or the given encoding.</summary>
    private static string? FirstLine(string path, Encoding? encoding)
    {
        using var stream = File.OpenRead(path);
        var bytes = new List<byte>(256);
        int b;
        while ((b = stream.ReadByte()) >= 0 && b != '\n' && b != '\r' && bytes.Count < (1 << 20))
        {
            bytes.Add((byte)b);
        }

        if (b < 0 && bytes.Count == 0)
        {
            return null;
        }

        var raw = bytes.ToArray().AsSpan();
        if (raw.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || raw.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            // UTF-16 or UTF-32 with a byte order mark: let a reader detect it.
            using var reader = new StreamReader(path, encoding ?? Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadLine();
        }

        if (raw.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            raw = raw[3..];
        }

        if (raw.EndsWith((ReadOnlySpan<byte>)[(byte)'\r']))
        {
            raw = raw[..^1];
        }

        if (encoding is not null)
        {
            return encoding.GetString(raw);
        }

        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(raw);
        }
        catch (DecoderFallbackException)
        {
            throw new FitInputException(
                $"{path}, line 1: the header is not valid UTF-8 (the file may be Windows-1252 or Latin-1, as Excel writes it: use --encoding windows-1252).");
        }
    }
}
