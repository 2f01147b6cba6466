namespace Indikator.Core.Data;

/// <summary>How <see cref="CsvLoader"/> reads CSV text: the separator and the tokens that mean "missing".</summary>
/// <remarks>
/// <para>Numbers are always read in the invariant culture (a point as decimal separator), whatever
/// the separator. Text is read as UTF-8 unless a byte order mark says otherwise; pass a
/// <see cref="TextReader"/> to read another encoding.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed record CsvReadOptions
{
    /// <summary>Gets the default options: comma separated, empty field and <c>NA</c> mean missing.</summary>
    public static CsvReadOptions Default { get; } = new();

    /// <summary>Gets the field separator.</summary>
    /// <value>The default is a comma. Must not be a quote, CR or LF.</value>
    public char Separator { get; init; } = ',';

    /// <summary>Gets the field texts that mean a missing value, compared ordinally with the field content after unquoting.</summary>
    /// <value>The default is the empty field and <c>NA</c>.</value>
    /// <remarks>A missing numeric value becomes <see cref="double.NaN"/>, a missing categorical value
    /// <see cref="CategoricalColumn.MissingCode"/>; a missing person key, period or weight is an error.</remarks>
    public IReadOnlyList<string> MissingTokens { get; init; } = ["", "NA"];

    internal void Validate()
    {
        if (Separator is '"' or '\r' or '\n')
        {
            throw new ArgumentException("The separator must not be a quote, CR or LF.", nameof(Separator));
        }

        if (MissingTokens is null)
        {
            throw new ArgumentException("The missing tokens must not be null.", nameof(MissingTokens));
        }

        foreach (var token in MissingTokens)
        {
            if (token is null)
            {
                throw new ArgumentException("A missing token must not be null.", nameof(MissingTokens));
            }
        }
    }
}
