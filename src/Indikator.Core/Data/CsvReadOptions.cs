using System.Text;
using Indikator.Core.Internal;

namespace Indikator.Core.Data;

/// <summary>How <see cref="CsvLoader"/> reads CSV text: the separator, the decimal separator, the encoding, the tokens
/// that mean "missing" and the thread count.</summary>
/// <remarks>
/// <para>Numbers are read in the invariant culture with a point as decimal separator, or with a decimal comma
/// (<see cref="DecimalSeparator"/>, for example Norwegian Excel exports: <c>Separator = ';', DecimalSeparator = ','</c>).
/// Text is read as UTF-8 unless a byte order mark or <see cref="Encoding"/> says otherwise.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed record CsvReadOptions
{
    /// <summary>Gets the default options: comma separated, empty field and <c>NA</c> mean missing.</summary>
    public static CsvReadOptions Default { get; } = new();

    /// <summary>Gets the field separator.</summary>
    /// <value>The default is a comma. Must not be a quote, CR or LF.</value>
    public char Separator { get; init; } = ',';

    /// <summary>Gets the decimal separator of numbers: a point or a comma.</summary>
    /// <value>The default is a point. With a comma, a point in a number is an error (it could be a thousands
    /// separator), and the field separator must not be a comma.</value>
    public char DecimalSeparator { get; init; } = '.';

    /// <summary>Gets the encoding of a file or stream, or null for UTF-8.</summary>
    /// <value>The default is null: UTF-8 (a byte order mark is skipped; a UTF-16 or UTF-32 byte order mark is
    /// followed). A byte sequence that is not UTF-8 in a category label or the header is an error naming the line and
    /// column, so that labels such as <c>Ås</c> and <c>Øs</c> written in another encoding never merge into one.</value>
    /// <remarks>
    /// <para>For Windows-1252 (Norwegian Excel's "CSV" export) pass
    /// <c>System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)</c>; <see cref="Encoding.Latin1"/> reads
    /// ISO-8859-1. Single-byte encodings that keep ASCII as it is are read as bytes, as fast as UTF-8: only the header
    /// and the category labels are decoded. Other encodings (UTF-16, UTF-32) decode the whole text first.</para>
    /// <para>Not used by the <see cref="TextReader"/> overloads, whose text is already decoded.</para>
    /// </remarks>
    public Encoding? Encoding { get; init; }

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

    /// <summary>Gets the single-byte, ASCII-preserving encoding to decode labels and the header with on the byte path,
    /// or null for UTF-8 (strict).</summary>
    internal Encoding? ByteLabelEncoding => Encoding is { } e && IsAsciiSingleByte(e) ? e : null;

    /// <summary>Gets whether the stream must be decoded as a whole (an encoding that is neither UTF-8 nor single-byte ASCII).</summary>
    internal bool DecodesText => Encoding is { } e && e.CodePage != Encoding.UTF8.CodePage && !IsAsciiSingleByte(e);

    private static bool IsAsciiSingleByte(Encoding encoding)
    {
        if (!encoding.IsSingleByte)
        {
            return false;
        }

        Span<byte> ascii = stackalloc byte[128];
        for (var i = 0; i < ascii.Length; i++)
        {
            ascii[i] = (byte)i;
        }

        Span<char> chars = stackalloc char[256];
        var n = encoding.GetChars(ascii, chars);
        if (n != 128)
        {
            return false;
        }

        for (var i = 0; i < 128; i++)
        {
            if (chars[i] != i)
            {
                return false;
            }
        }

        return true;
    }

    internal void Validate()
    {
        if (Separator is '"' or '\r' or '\n')
        {
            throw new ArgumentException("The separator must not be a quote, CR or LF.", nameof(Separator));
        }

        if (DecimalSeparator is not ('.' or ','))
        {
            throw new ArgumentException("The decimal separator must be a point or a comma.", nameof(DecimalSeparator));
        }

        if (DecimalSeparator == Separator)
        {
            throw new ArgumentException("The decimal separator must differ from the field separator: use Separator = ';' with a decimal comma.", nameof(DecimalSeparator));
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
