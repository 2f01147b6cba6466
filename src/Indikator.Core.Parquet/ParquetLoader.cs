using System.Runtime.ExceptionServices;
using Indikator.Core.Data;
using Parquet;
using Parquet.Schema;

namespace Indikator.Core.Parquet;

/// <summary>
/// Reads a Parquet file into a <see cref="PersonMonthPanel"/> or a <see cref="ColumnTable"/>: typed columns go
/// straight into the column arrays, with no object per row, and the row groups of a file are read in parallel.
/// </summary>
/// <remarks>
/// <para>The <see cref="CsvSchema"/> names the Parquet columns to read (its headers are column names here) and the
/// role of each, exactly as for <see cref="CsvLoader"/>; other columns are not read at all. Types are checked
/// before any row is read: a person key needs an integer type; a period a date or timestamp (its month is the
/// period) or text <c>yyyy-MM</c>; a numeric column or weight an integer, floating-point or decimal type; a
/// categorical column text, integers or booleans (written <c>true</c>/<c>false</c>). A null is a missing value
/// (<see cref="double.NaN"/>, or <see cref="CategoricalColumn.MissingCode"/>), and so is empty or <c>NA</c> text,
/// as in CSV; a null person key, period or weight is an error.</para>
/// <para>Errors are <see cref="DataSourceException"/>s naming the file, the column and the 0-based row; they never
/// show a person key. Categorical levels are encoded as the CSV loader encodes them, so the same data gives the
/// same levels in the same order from either source.</para>
/// <para>Each column is allocated once, at the row count in the file's footer. A file given by its path is read on up
/// to one thread per core, each with its own file handle, a row group at a time into that row group's rows; a stream,
/// which cannot be opened twice, is read on one thread. The result is the same whatever the number of threads: levels
/// are merged and sorted once all row groups are read, and when several row groups hold bad values the error names
/// the first bad row in the file. A file with a single row group gains nothing from this, so write large files in
/// row groups (<see cref="ParquetTableWriter"/>, pyarrow, DuckDB and Spark do).</para>
/// <para>Flat columns with PLAIN or dictionary-encoded pages, Snappy-compressed or not, are decoded by this package
/// itself into buffers each thread reuses; other column chunks (other codecs or encodings, nested or narrow types) are
/// read by Parquet.Net. Both give the same values, levels and errors.</para>
/// <code>
/// var schema = new CsvSchema().WithPersonKey("person_id").WithPeriod("month").AddNumeric("age").AddCategorical("kontor", "office");
/// PersonMonthPanel panel = ParquetLoader.LoadPanel("panel.parquet", schema);
/// </code>
/// <para>This type is stateless and thread safe.</para>
/// </remarks>
public static class ParquetLoader
{
    private static readonly ParquetOptions Options = new() { UseDateOnlyTypeForDates = true, TreatByteArrayAsString = true };

    /// <summary>Reads a Parquet file into a person-month panel.</summary>
    /// <param name="path">The file path; it is also the source name in error messages.</param>
    /// <param name="schema">The columns to read; it must name a person key and a period.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The panel, rows in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="schema"/> is null.</exception>
    /// <exception cref="ArgumentException">The schema lacks a person key or period.</exception>
    /// <exception cref="DataSourceException">A column is missing or of the wrong type, or a value is wrong (the row is named).</exception>
    /// <exception cref="IOException">The file cannot be read or is not Parquet.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static PersonMonthPanel LoadPanel(string path, CsvSchema schema, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = OpenFile(path);
        return Load(stream, path, schema, path, panel: true, Environment.ProcessorCount, cancellationToken).BuildPanel(Environment.ProcessorCount);
    }

    /// <summary>Reads Parquet from a seekable stream into a person-month panel.</summary>
    /// <param name="stream">The stream, readable and seekable; it is left open.</param>
    /// <param name="schema">The columns to read; it must name a person key and a period.</param>
    /// <param name="sourceName">The name used in error messages.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The panel, rows in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="schema"/> is null.</exception>
    /// <exception cref="ArgumentException">The schema lacks a person key or period.</exception>
    /// <exception cref="DataSourceException">A column is missing or of the wrong type, or a value is wrong (the row is named).</exception>
    /// <exception cref="IOException">The stream is not Parquet.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static PersonMonthPanel LoadPanel(Stream stream, CsvSchema schema, string sourceName = "<stream>", CancellationToken cancellationToken = default)
        => Load(stream, null, schema, sourceName, panel: true, 1, cancellationToken).BuildPanel(Environment.ProcessorCount);

    /// <summary>Reads a Parquet file into a table of the numeric and categorical columns of <paramref name="schema"/>.</summary>
    /// <param name="path">The file path; it is also the source name in error messages.</param>
    /// <param name="schema">The columns to read; it must not name a person key, period or weights.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="schema"/> is null.</exception>
    /// <exception cref="ArgumentException">The schema names a person key, period or weights.</exception>
    /// <exception cref="DataSourceException">A column is missing or of the wrong type.</exception>
    /// <exception cref="IOException">The file cannot be read or is not Parquet.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static ColumnTable LoadTable(string path, CsvSchema schema, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = OpenFile(path);
        return Load(stream, path, schema, path, panel: false, Environment.ProcessorCount, cancellationToken).BuildTable(Environment.ProcessorCount);
    }

    /// <summary>Reads Parquet from a seekable stream into a table.</summary>
    /// <param name="stream">The stream, readable and seekable; it is left open.</param>
    /// <param name="schema">The columns to read; it must not name a person key, period or weights.</param>
    /// <param name="sourceName">The name used in error messages.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="schema"/> is null.</exception>
    /// <exception cref="ArgumentException">The schema names a person key, period or weights.</exception>
    /// <exception cref="DataSourceException">A column is missing or of the wrong type.</exception>
    /// <exception cref="IOException">The stream is not Parquet.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static ColumnTable LoadTable(Stream stream, CsvSchema schema, string sourceName = "<stream>", CancellationToken cancellationToken = default)
        => Load(stream, null, schema, sourceName, panel: false, 1, cancellationToken).BuildTable(Environment.ProcessorCount);

    /// <summary>The names of a Parquet file's top-level columns, in order, read from its footer without reading rows.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The column names.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read or is not Parquet.</exception>
    public static IReadOnlyList<string> ColumnNames(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = OpenFile(path);
        return Run(async () =>
        {
            var reader = await OpenReader(stream, path).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                return (IReadOnlyList<string>)[.. reader.Schema.Fields.Select(f => f.Name)];
            }
        });
    }

    /// <summary>Reads a file with at most <paramref name="threads"/> threads, for tests that compare thread counts.</summary>
    internal static PersonMonthPanel LoadPanel(string path, CsvSchema schema, int threads, CancellationToken cancellationToken = default)
        => LoadPanel(path, schema, threads, direct: true, out _, cancellationToken);

    /// <summary>
    /// Reads a file with at most <paramref name="threads"/> threads, with or without the direct reading of common column
    /// chunks (<see cref="Pages.ColumnChunkReader"/>), for tests that compare it with Parquet.Net's reading.
    /// </summary>
    internal static PersonMonthPanel LoadPanel(string path, CsvSchema schema, int threads, bool direct, out int chunksReadDirectly, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = OpenFile(path);
        var columns = Load(stream, path, schema, path, panel: true, threads, cancellationToken, direct);
        chunksReadDirectly = columns.ChunksReadDirectly;
        return columns.BuildPanel(threads);
    }

    private static ParquetPanelColumns Load(
        Stream stream, string? path, CsvSchema schema, string sourceName, bool panel, int threads, CancellationToken cancellationToken, bool direct = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(sourceName);
        return Run(() => LoadAsync(stream, path, schema, sourceName, panel, threads, direct, cancellationToken));
    }

    private static async Task<ParquetPanelColumns> LoadAsync(
        Stream stream, string? path, CsvSchema schema, string sourceName, bool panel, int threads, bool direct, CancellationToken cancellationToken)
    {
        var reader = await OpenReader(stream, sourceName).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            var fields = reader.Schema.Fields;
            var columns = new SourceColumn[fields.Count];
            for (var i = 0; i < columns.Length; i++)
            {
                columns[i] = fields[i] is DataField { IsArray: false } field
                    ? new SourceColumn(field.Name, IsText(field) ? SourceType.Text : SourceTypes.FromClr(field.ClrType), TypeName(field))
                    : new SourceColumn(fields[i].Name, SourceType.Unsupported, fields[i].SchemaType.ToString());
            }

            long total = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                total += reader.RowGroups[g].RowCount;
            }

            if (total > Array.MaxLength)
            {
                throw new DataSourceException(sourceName, -1, null, $"{total} rows are more than one panel can hold");
            }

            var groupRows = new int[reader.RowGroupCount];
            for (var g = 0; g < groupRows.Length; g++)
            {
                groupRows[g] = (int)reader.RowGroups[g].RowCount;
            }

            // The loader checks the schema against the file's columns and types and makes the errors; values go to the arrays below.
            var loader = new ColumnBatchLoader(schema, sourceName, columns, panel);
            var target = new ParquetPanelColumns(schema, groupRows);
            var largest = groupRows.Length == 0 ? 0 : groupRows.Max();

            // A stream cannot be opened twice, so only a file is read by several threads, each with its own handle and reader.
            var workers = path is null ? 1 : Math.Clamp(Math.Min(threads, groupRows.Length), 1, Environment.ProcessorCount);
            var failures = new Exception?[groupRows.Length];
            var next = -1;
            var firstFailure = int.MaxValue;
            var tasks = new Task[workers];
            for (var w = 0; w < workers; w++)
            {
                var own = w == 0 ? reader : null;
                tasks[w] = Task.Run(() => WorkAsync(own), CancellationToken.None);
            }

            await Task.WhenAll(tasks).ConfigureAwait(false);

            // Row groups are taken in any order, so the error reported is the one of the earliest failing row group:
            // the same error, naming the same row, as a reading on one thread.
            foreach (var failure in failures)
            {
                if (failure is not null)
                {
                    ExceptionDispatchInfo.Throw(failure);
                }
            }

            return target;

            async Task WorkAsync(ParquetReader? shared)
            {
                var decoder = new RowGroupDecoder(loader, schema, target, largest, direct);
                FileStream? file = null;
                ParquetReader? own = null;
                try
                {
                    while (true)
                    {
                        var g = Interlocked.Increment(ref next);
                        if (g >= groupRows.Length || g > Volatile.Read(ref firstFailure))
                        {
                            return;
                        }

                        try
                        {
                            if (shared is null && own is null)
                            {
                                file = OpenFile(path!);
                                own = await OpenReader(file, sourceName).ConfigureAwait(false);
                            }

                            await decoder.ReadAsync(shared ?? own!, shared is null ? file! : stream, g, cancellationToken).ConfigureAwait(false);
                        }
                        catch (Exception e)
                        {
                            failures[g] = e;
                            InterlockedMin(ref firstFailure, g);
                        }
                    }
                }
                finally
                {
                    target.CountChunksReadDirectly(decoder.ChunksReadDirectly);
                    if (own is not null)
                    {
                        await own.DisposeAsync().ConfigureAwait(false);
                    }

                    if (file is not null)
                    {
                        await file.DisposeAsync().ConfigureAwait(false);
                    }
                }
            }
        }
    }

    private static void InterlockedMin(ref int location, int value)
    {
        var current = Volatile.Read(ref location);
        while (value < current)
        {
            var seen = Interlocked.CompareExchange(ref location, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    // Parquet.Net 6 reports text columns as ReadOnlyMemory<char>; it reads them as strings all the same.
    internal static bool IsText(DataField field) => field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>);

    internal static string TypeName(DataField field)
        => (field.IsNullable ? "nullable " : string.Empty) + (IsText(field) ? "text" : field.ClrType.Name);

    private static FileStream OpenFile(string path)
        => new(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read, BufferSize = 0 });

    // The public API is synchronous like CsvLoader's; Parquet.Net is asynchronous. No synchronization context is
    // captured (ConfigureAwait(false) throughout), so blocking here cannot deadlock.
    private static async Task<ParquetReader> OpenReader(Stream stream, string sourceName)
    {
        try
        {
            return await ParquetReader.CreateAsync(stream, Options, leaveStreamOpen: true).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not IOException and not OutOfMemoryException)
        {
            throw new IOException($"{sourceName}: not a Parquet file ({e.Message})", e);
        }
    }

    private static T Run<T>(Func<Task<T>> action) => Task.Run(action).GetAwaiter().GetResult();
}
