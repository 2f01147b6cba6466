namespace Indikator.Core.Data;

/// <summary>Where each field of a CSV record goes: the header names and, per field, the role and the target column.</summary>
/// <remarks>Immutable once made; shared by the threads that parse chunks.</remarks>
internal sealed class CsvLayout
{
    private CsvLayout(string[] headers, bool[] read, CsvSchema.Role[] role, int[] target, int numeric, int categorical)
    {
        Headers = headers;
        Read = read;
        Role = role;
        Target = target;
        NumericCount = numeric;
        CategoricalCount = categorical;
    }

    public string[] Headers { get; }

    public bool[] Read { get; }

    public CsvSchema.Role[] Role { get; }

    /// <summary>Gets the index among the numeric or categorical columns, by field.</summary>
    public int[] Target { get; }

    public int NumericCount { get; }

    public int CategoricalCount { get; }

    public int FieldCount => Headers.Length;

    /// <summary>A hint when the whole header is one field that holds a semicolon or a tab: the file is likely separated
    /// by it (Norwegian Excel writes semicolons and decimal commas); empty otherwise.</summary>
    internal static string SeparatorHint(string[] headers)
    {
        if (headers.Length != 1)
        {
            return string.Empty;
        }

        return headers[0].Contains(';', StringComparison.Ordinal)
            ? "; the header looks ';'-separated: set CsvReadOptions.Separator = ';' (and DecimalSeparator = ',' for numbers written 12,5)"
            : headers[0].Contains('\t', StringComparison.Ordinal) ? "; the header looks tab-separated: set CsvReadOptions.Separator = '\\t'" : string.Empty;
    }

    /// <summary>Maps the header fields to the schema.</summary>
    /// <exception cref="CsvDataException">A header of the schema is missing or occurs twice.</exception>
    public static CsvLayout Create(string[] headers, CsvSchema schema, string source)
    {
        var read = new bool[headers.Length];
        var role = new CsvSchema.Role[headers.Length];
        var target = new int[headers.Length];
        var numeric = 0;
        var categorical = 0;
        foreach (var mapping in schema.Mappings)
        {
            var index = Array.IndexOf(headers, mapping.Header);
            if (index < 0)
            {
                throw new CsvDataException(source, 1, mapping.Header, $"the header '{mapping.Header}' is not in the file{SeparatorHint(headers)}");
            }

            if (Array.IndexOf(headers, mapping.Header, index + 1) >= 0)
            {
                throw new CsvDataException(source, 1, mapping.Header, $"the header '{mapping.Header}' occurs more than once");
            }

            read[index] = true;
            role[index] = mapping.Role;
            target[index] = mapping.Role switch
            {
                CsvSchema.Role.Numeric => numeric++,
                CsvSchema.Role.Categorical => categorical++,
                _ => 0,
            };
        }

        return new CsvLayout(headers, read, role, target, numeric, categorical);
    }

    /// <summary>Gets the header of a field for an error message, or null when the field is past the header.</summary>
    public string? ColumnOf(int field) => field >= 0 && field < Headers.Length ? Headers[field] : null;
}
