using System.Numerics;
using Indikator.Core.Internal;

namespace Indikator.Core.Data;

/// <summary>
/// Reads CSV into a <see cref="ColumnTable"/> or a <see cref="PersonMonthPanel"/>, streaming, straight
/// into column arrays: no object per row, and on several threads.
/// </summary>
/// <remarks>
/// <para>The first line is the header. Fields follow RFC 4180: quoted fields may hold the separator,
/// line breaks and quotes written as <c>""</c>; lines end with LF, CRLF or CR; a UTF-8 byte order mark is
/// skipped; blank lines are skipped. Every record must have as many fields as the header. Numbers
/// are read with <see cref="System.Globalization.NumberStyles.Float"/> in the invariant culture.</para>
/// <para>Text such as <c>Infinity</c>, <c>-Inf</c> or <c>inf</c> in a numeric column is read as an
/// infinity, and <c>NaN</c> as a missing value; the loader does not reject them, so run
/// <see cref="DataValidator.Validate(IColumnSource, ValidationRules?)"/> to find and count them.
/// Weights are checked while reading: a missing, negative or non-finite weight is an error.</para>
/// <para>Errors are <see cref="CsvDataException"/>s naming the file, the line (the header is line 1)
/// and the column. They never show a person key.</para>
/// <para>The data is read in chunks of whole records that up to <see cref="CsvReadOptions.MaxDegreeOfParallelism"/>
/// threads parse at once; chunks are joined in file order, so values, levels, codes and the line of an error
/// do not depend on the thread count. UTF-8 files and streams are parsed as bytes; memory is the columns plus one
/// chunk per thread, never the whole file.</para>
/// <code>
/// var schema = new CsvSchema()
///     .WithPersonKey("person_id").WithPeriod("month")
///     .AddNumeric("age").AddCategorical("kontor", "office");
/// PersonMonthPanel panel = CsvLoader.LoadPanel("panel.csv", schema);
/// ColumnTable table = CsvLoader.LoadTable("fit.csv", new CsvSchema().AddNumeric("y").AddCategorical("office"));
/// </code>
/// <para>This type is stateless and thread safe.</para>
/// </remarks>
public static class CsvLoader
{
    private const int StreamBufferSize = 1 << 16;

    /// <summary>Reads a CSV file into a table of the numeric and categorical columns of <paramref name="schema"/>.</summary>
    /// <param name="path">The file path; it is also the file name in error messages.</param>
    /// <param name="schema">The columns to read; it must not name a person key, period or weights.</param>
    /// <param name="options">The separator and missing tokens; <see cref="CsvReadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="schema"/> is null.</exception>
    /// <exception cref="ArgumentException">The schema names a person key, period or weights, or the options are invalid.</exception>
    /// <exception cref="CsvDataException">The file is not valid CSV for the schema.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ColumnTable LoadTable(string path, CsvSchema schema, CsvReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(path);
        using var stream = OpenFile(path);
        return LoadTable(stream, schema, options, path, cancellationToken);
    }

    /// <summary>Reads CSV from a stream (UTF-8 unless a byte order mark says otherwise) into a table.</summary>
    /// <param name="stream">The stream; it is left open.</param>
    /// <param name="schema">The columns to read; it must not name a person key, period or weights.</param>
    /// <param name="options">The separator and missing tokens; <see cref="CsvReadOptions.Default"/> when null.</param>
    /// <param name="sourceName">The name used as file name in error messages.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="schema"/> is null.</exception>
    /// <exception cref="ArgumentException">The schema names a person key, period or weights, or the options are invalid.</exception>
    /// <exception cref="CsvDataException">The data is not valid CSV for the schema.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static ColumnTable LoadTable(Stream stream, CsvSchema schema, CsvReadOptions? options = null, string sourceName = "<stream>", CancellationToken cancellationToken = default)
    {
        Guard.NotNull(stream);
        options = CheckTable(schema, options, sourceName);
        return Reader(stream, schema, options, sourceName).ReadTable(cancellationToken);
    }

    /// <summary>Reads CSV text into a table.</summary>
    /// <param name="reader">The text; it is not disposed.</param>
    /// <param name="schema">The columns to read; it must not name a person key, period or weights.</param>
    /// <param name="options">The separator and missing tokens; <see cref="CsvReadOptions.Default"/> when null.</param>
    /// <param name="sourceName">The name used as file name in error messages.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="schema"/> is null.</exception>
    /// <exception cref="ArgumentException">The schema names a person key, period or weights, or the options are invalid.</exception>
    /// <exception cref="CsvDataException">The data is not valid CSV for the schema.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static ColumnTable LoadTable(TextReader reader, CsvSchema schema, CsvReadOptions? options = null, string sourceName = "<text>", CancellationToken cancellationToken = default)
    {
        Guard.NotNull(reader);
        options = CheckTable(schema, options, sourceName);
        return Reader(reader, schema, options, sourceName).ReadTable(cancellationToken);
    }

    /// <summary>Reads a CSV file into a person-month panel.</summary>
    /// <param name="path">The file path; it is also the file name in error messages.</param>
    /// <param name="schema">The columns to read; it must name a person key and a period.</param>
    /// <param name="options">The separator and missing tokens; <see cref="CsvReadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The panel, rows in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="schema"/> is null.</exception>
    /// <exception cref="ArgumentException">The schema lacks a person key or period, or the options are invalid.</exception>
    /// <exception cref="CsvDataException">The file is not valid CSV for the schema.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static PersonMonthPanel LoadPanel(string path, CsvSchema schema, CsvReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(path);
        using var stream = OpenFile(path);
        return LoadPanel(stream, schema, options, path, cancellationToken);
    }

    /// <summary>Reads CSV from a stream (UTF-8 unless a byte order mark says otherwise) into a person-month panel.</summary>
    /// <param name="stream">The stream; it is left open.</param>
    /// <param name="schema">The columns to read; it must name a person key and a period.</param>
    /// <param name="options">The separator and missing tokens; <see cref="CsvReadOptions.Default"/> when null.</param>
    /// <param name="sourceName">The name used as file name in error messages.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The panel, rows in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="schema"/> is null.</exception>
    /// <exception cref="ArgumentException">The schema lacks a person key or period, or the options are invalid.</exception>
    /// <exception cref="CsvDataException">The data is not valid CSV for the schema.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static PersonMonthPanel LoadPanel(Stream stream, CsvSchema schema, CsvReadOptions? options = null, string sourceName = "<stream>", CancellationToken cancellationToken = default)
    {
        Guard.NotNull(stream);
        options = CheckPanel(schema, options, sourceName);
        return Reader(stream, schema, options, sourceName).ReadPanel(cancellationToken);
    }

    /// <summary>Reads CSV text into a person-month panel.</summary>
    /// <param name="reader">The text; it is not disposed.</param>
    /// <param name="schema">The columns to read; it must name a person key and a period.</param>
    /// <param name="options">The separator and missing tokens; <see cref="CsvReadOptions.Default"/> when null.</param>
    /// <param name="sourceName">The name used as file name in error messages.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The panel, rows in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="schema"/> is null.</exception>
    /// <exception cref="ArgumentException">The schema lacks a person key or period, or the options are invalid.</exception>
    /// <exception cref="CsvDataException">The data is not valid CSV for the schema.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static PersonMonthPanel LoadPanel(TextReader reader, CsvSchema schema, CsvReadOptions? options = null, string sourceName = "<text>", CancellationToken cancellationToken = default)
    {
        Guard.NotNull(reader);
        options = CheckPanel(schema, options, sourceName);
        return Reader(reader, schema, options, sourceName).ReadPanel(cancellationToken);
    }

    /// <summary>
    /// Finds the line of a file on which a data row starts, to turn the 0-based row of a loaded table (for example
    /// <see cref="InputDataException.Row"/> of an <see cref="Outcomes.InvalidRecordException"/>, or a row found by a check after loading) into the line a
    /// person can open in an editor. Rows are numbered as the loaders number them: blank lines are skipped and a
    /// quoted field may span lines.
    /// </summary>
    /// <param name="path">The file that was loaded.</param>
    /// <param name="row">The 0-based data row, in file order.</param>
    /// <param name="options">The separator; <see cref="CsvReadOptions.Default"/> when null.</param>
    /// <returns>The 1-based line (the header is line 1), or -1 when the file has no such row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is negative.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="CsvDataException">The file is not valid CSV before that row.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static int LineOfRow(string path, int row, CsvReadOptions? options = null)
    {
        Guard.NotNull(path);
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        options ??= CsvReadOptions.Default;
        options.Validate();
        using var stream = OpenFile(path);
        var (bytes, chars) = CsvInput.Open(stream, options);
        return bytes is not null
            ? LineOfRow(bytes, CsvInput.Utf8ByteOrderMark, options, path, row)
            : LineOfRow(chars!, CsvInput.CharByteOrderMark, options, path, row);
    }

    private static int LineOfRow<T>(CsvUnitSource<T> source, T[] byteOrderMark, CsvReadOptions options, string path, int row)
        where T : unmanaged, IBinaryInteger<T>
    {
        var records = new CsvRecordScanner<T>(source, T.CreateTruncating(options.Separator), byteOrderMark, path, StreamBufferSize);

        // The first record is the header, so data row r is record r + 1.
        for (var record = 0; record <= row + 1; record++)
        {
            if (!records.Read())
            {
                return -1;
            }
        }

        return records.LineNumber;
    }

    private static CsvReadOptions CheckTable(CsvSchema schema, CsvReadOptions? options, string sourceName)
    {
        Guard.NotNull(schema);
        Guard.NotNull(sourceName);
        if (schema.Has(CsvSchema.Role.PersonKey) || schema.Has(CsvSchema.Role.Period) || schema.Has(CsvSchema.Role.Weights))
        {
            throw new ArgumentException(
                "A table has no person key, period or weights; use LoadPanel, or read those headers with AddNumeric or AddCategorical.",
                nameof(schema));
        }

        options ??= CsvReadOptions.Default;
        options.Validate();
        return options;
    }

    private static CsvReadOptions CheckPanel(CsvSchema schema, CsvReadOptions? options, string sourceName)
    {
        Guard.NotNull(schema);
        Guard.NotNull(sourceName);
        if (!schema.Has(CsvSchema.Role.PersonKey) || !schema.Has(CsvSchema.Role.Period))
        {
            throw new ArgumentException("A panel needs a person key and a period: call WithPersonKey and WithPeriod on the schema.", nameof(schema));
        }

        options ??= CsvReadOptions.Default;
        options.Validate();
        return options;
    }

    private static ICsvColumnReader Reader(Stream stream, CsvSchema schema, CsvReadOptions options, string sourceName)
    {
        var (bytes, chars) = CsvInput.Open(stream, options);
        return bytes is not null
            ? new CsvColumnReader<byte>(bytes, CsvInput.Utf8ByteOrderMark, schema, options, sourceName)
            : new CsvColumnReader<char>(chars!, CsvInput.CharByteOrderMark, schema, options, sourceName);
    }

    private static CsvColumnReader<char> Reader(TextReader reader, CsvSchema schema, CsvReadOptions options, string sourceName)
        => new(new CsvCharSource(reader), CsvInput.CharByteOrderMark, schema, options, sourceName);

    private static FileStream OpenFile(string path)
        => new(path, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.Read,
            Options = FileOptions.SequentialScan,
            BufferSize = 0,
        });
}
