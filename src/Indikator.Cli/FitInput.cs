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
            var header = ReadHeader(arguments.Input);
            foreach (var (option, columns) in new (string, IEnumerable<string>)[]
            {
                ("--outcome", [arguments.Outcome]),
                ("--covariates", arguments.Covariates),
                ("--weights", arguments.Weights is null ? [] : [arguments.Weights]),
                ("--fixed-effects", arguments.FixedEffects),
                ("--cluster", arguments.Covariance.Clusters),
            })
            {
                foreach (var column in columns)
                {
                    if (!header.Contains(column, StringComparer.Ordinal))
                    {
                        throw new FitInputException(
                            $"unknown column '{column}' in {option}; the columns of '{arguments.Input}' are: {string.Join(", ", header)}.");
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

            return CsvLoader.LoadTable(arguments.Input, schema);
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

    /// <summary>The header fields of the first line: comma separated, quotes removed, trimmed (as the loader compares them).</summary>
    internal static List<string> ReadHeader(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var line = reader.ReadLine() ?? throw new FitInputException($"'{path}' is empty: there is no header line.");
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
            else if (ch == ',')
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
}
