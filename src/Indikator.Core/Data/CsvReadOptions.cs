using Indikator.Core.Internal;

namespace Indikator.Core.Data;

/// <summary>How <see cref="CsvLoader"/> reads CSV text: the separator, the tokens that mean "missing" and the thread count.</summary>
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
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<string> MissingTokens { get; init => field = ValueList.Of(value); } = ValueList.Of<string>(["", "NA"]);

    /// <summary>Gets the maximum number of threads that parse the data; -1 for all processors. Results, and the
    /// line of an error, do not depend on it.</summary>
    /// <value>The default value is -1.</value>
    /// <remarks>The data is cut into chunks of whole records that the threads parse in turn and that are joined in
    /// file order; 1 parses on the calling thread only.</remarks>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Gets the size of a chunk in code units (bytes of UTF-8, or chars from a text reader); a chunk grows to
    /// hold a record longer than this. Tests make it small to cut data into many chunks.</summary>
    internal int ChunkSize { get; init; } = DefaultChunkSize;

    internal const int DefaultChunkSize = 1 << 22;

    internal void Validate()
    {
        if (Separator is '"' or '\r' or '\n')
        {
            throw new ArgumentException("The separator must not be a quote, CR or LF.", nameof(Separator));
        }

        if (MaxDegreeOfParallelism == 0 || MaxDegreeOfParallelism < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be -1 or positive.");
        }

        if (ChunkSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ChunkSize), ChunkSize, "The chunk size must be positive.");
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
