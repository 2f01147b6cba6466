using System.Numerics;
using Indikator.Core.Data;
using Parquet;
using Parquet.Schema;

namespace Indikator.Core.Parquet;

/// <summary>
/// Reads a Parquet file into a <see cref="PersonMonthPanel"/> or a <see cref="ColumnTable"/>: typed columns go
/// straight into the column arrays, one row group at a time, with no object per row.
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
        return LoadPanel(stream, schema, path, cancellationToken);
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
        => Load(stream, schema, sourceName, panel: true, cancellationToken).BuildPanel();

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
        return LoadTable(stream, schema, path, cancellationToken);
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
        => Load(stream, schema, sourceName, panel: false, cancellationToken).BuildTable();

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

    private static ColumnBatchLoader Load(Stream stream, CsvSchema schema, string sourceName, bool panel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(sourceName);
        return Run(() => LoadAsync(stream, schema, sourceName, panel, cancellationToken));
    }

    private static async Task<ColumnBatchLoader> LoadAsync(Stream stream, CsvSchema schema, string sourceName, bool panel, CancellationToken cancellationToken)
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
            var largest = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                var count = reader.RowGroups[g].RowCount;
                total += count;
                largest = (int)Math.Max(largest, count);
            }

            if (total > Array.MaxLength)
            {
                throw new DataSourceException(sourceName, -1, null, $"{total} rows are more than one panel can hold");
            }

            var loader = new ColumnBatchLoader(schema, sourceName, columns, panel, (int)total);
            var buffers = new Buffers(largest);
            long first = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var group = reader.RowGroups[g];
                var rows = (int)group.RowCount;
                for (var c = 0; c < loader.Columns.Count; c++)
                {
                    var field = (DataField)fields[loader.Columns[c].SourceIndex];
                    await ReadColumn(loader, c, field, group, rows, first, buffers).ConfigureAwait(false);
                }

                first += rows;
            }

            return loader;
        }
    }

    private static Task ReadColumn(ColumnBatchLoader loader, int column, DataField field, ParquetRowGroupReader group, int rows, long first, Buffers buffers)
    {
        var type = field.ClrType;
        return type switch
        {
            _ when type == typeof(long) => ReadNumbers<long>(loader, column, field, group, rows, buffers),
            _ when type == typeof(int) => ReadNumbers<int>(loader, column, field, group, rows, buffers),
            _ when type == typeof(short) => ReadNumbers<short>(loader, column, field, group, rows, buffers),
            _ when type == typeof(sbyte) => ReadNumbers<sbyte>(loader, column, field, group, rows, buffers),
            _ when type == typeof(byte) => ReadNumbers<byte>(loader, column, field, group, rows, buffers),
            _ when type == typeof(ushort) => ReadNumbers<ushort>(loader, column, field, group, rows, buffers),
            _ when type == typeof(uint) => ReadNumbers<uint>(loader, column, field, group, rows, buffers),
            _ when type == typeof(ulong) => ReadNumbers<ulong>(loader, column, field, group, rows, buffers),
            _ when type == typeof(double) => ReadNumbers<double>(loader, column, field, group, rows, buffers),
            _ when type == typeof(float) => ReadNumbers<float>(loader, column, field, group, rows, buffers),
            _ when type == typeof(decimal) => ReadNumbers<decimal>(loader, column, field, group, rows, buffers),
            _ when IsText(field) => ReadText(loader, column, field, group, rows, buffers),
            _ when type == typeof(bool) => ReadValues<bool>(loader, column, field, group, rows, buffers, (l, c, v) => l.AddBoolean(c, v)),
            _ when type == typeof(DateOnly) => ReadValues<DateOnly>(loader, column, field, group, rows, buffers, (l, c, v) => l.AddDate(c, v)),
            _ when type == typeof(DateTime) => ReadValues<DateTime>(loader, column, field, group, rows, buffers, (l, c, v) => l.AddDate(c, DateOnly.FromDateTime(v))),
            _ => throw loader.Error(column, first, $"the Parquet type {TypeName(field)} cannot be read"),
        };
    }

    private static async Task ReadNumbers<T>(ColumnBatchLoader loader, int column, DataField field, ParquetRowGroupReader group, int rows, Buffers buffers)
        where T : struct, INumberBase<T>
    {
        var readAs = loader.Columns[column].ReadAs;
        if (!field.IsNullable)
        {
            var values = buffers.Get<T>();
            await group.ReadAsync(field, values.AsMemory(0, rows)).ConfigureAwait(false);
            AddNumbers(loader, column, readAs, values.AsSpan(0, rows), buffers);
            return;
        }

        // Raw reading gives the non-null values packed and a definition level per row (1 present, 0 null): no Nullable<T> per row.
        var packed = buffers.Get<T>();
        var levels = buffers.Get<int>();
        await group.ReadRawAsync(field, packed.AsMemory(0, rows), levels.AsMemory(0, rows), null).ConfigureAwait(false);
        var next = 0;
        for (var i = 0; i < rows; i++)
        {
            if (levels[i] == 0)
            {
                loader.AddNull(column);
            }
            else if (readAs == SourceType.Real)
            {
                loader.AddReal(column, double.CreateTruncating(packed[next++]));
            }
            else
            {
                loader.AddInteger(column, long.CreateSaturating(packed[next++]));
            }
        }
    }

    private static void AddNumbers<T>(ColumnBatchLoader loader, int column, SourceType readAs, ReadOnlySpan<T> values, Buffers buffers)
        where T : struct, INumberBase<T>
    {
        if (typeof(T) == typeof(double) && readAs == SourceType.Real)
        {
            loader.AddReals(column, System.Runtime.InteropServices.MemoryMarshal.Cast<T, double>(values));
        }
        else if (typeof(T) == typeof(long) && readAs != SourceType.Real)
        {
            loader.AddIntegers(column, System.Runtime.InteropServices.MemoryMarshal.Cast<T, long>(values));
        }
        else if (readAs == SourceType.Real)
        {
            var converted = buffers.Get<double>().AsSpan(0, values.Length);
            for (var i = 0; i < values.Length; i++)
            {
                converted[i] = double.CreateTruncating(values[i]);
            }

            loader.AddReals(column, converted);
        }
        else
        {
            var converted = buffers.Get<long>().AsSpan(0, values.Length);
            for (var i = 0; i < values.Length; i++)
            {
                converted[i] = long.CreateSaturating(values[i]);
            }

            loader.AddIntegers(column, converted);
        }
    }

    private static async Task ReadText(ColumnBatchLoader loader, int column, DataField field, ParquetRowGroupReader group, int rows, Buffers buffers)
    {
        if (field.ClrType == typeof(string))
        {
            var strings = buffers.Get<string?>();
            await group.ReadAsync(field, strings.AsMemory(0, rows)).ConfigureAwait(false);
            for (var i = 0; i < rows; i++)
            {
                if (strings[i] is { } text)
                {
                    loader.AddText(column, text);
                }
                else
                {
                    loader.AddNull(column);
                }
            }

            Array.Clear(strings, 0, rows);
            return;
        }

        // Text as slices of the decoded page: no string per row, and the encoder looks labels up by span.
        var packed = buffers.Get<ReadOnlyMemory<char>>();
        var levels = buffers.Get<int>();
        await group.ReadRawAsync(field, packed.AsMemory(0, rows), levels.AsMemory(0, rows), null).ConfigureAwait(false);
        var next = 0;
        for (var i = 0; i < rows; i++)
        {
            if (field.IsNullable && levels[i] == 0)
            {
                loader.AddNull(column);
            }
            else
            {
                loader.AddText(column, packed[next++].Span);
            }
        }

        Array.Clear(packed, 0, rows);
    }

    private static async Task ReadValues<T>(
        ColumnBatchLoader loader, int column, DataField field, ParquetRowGroupReader group, int rows, Buffers buffers, Action<ColumnBatchLoader, int, T> add)
        where T : struct
    {
        if (!field.IsNullable)
        {
            var values = buffers.Get<T>();
            await group.ReadAsync(field, values.AsMemory(0, rows)).ConfigureAwait(false);
            for (var i = 0; i < rows; i++)
            {
                add(loader, column, values[i]);
            }

            return;
        }

        var nullable = buffers.Get<T?>();
        await group.ReadAsync(field, nullable.AsMemory(0, rows)).ConfigureAwait(false);
        for (var i = 0; i < rows; i++)
        {
            if (nullable[i] is { } value)
            {
                add(loader, column, value);
            }
            else
            {
                loader.AddNull(column);
            }
        }
    }

    // Parquet.Net 6 reports text columns as ReadOnlyMemory<char>; it reads them as strings all the same.
    private static bool IsText(DataField field) => field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>);

    private static string TypeName(DataField field)
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

    /// <summary>One reusable array per element type, as long as the largest row group.</summary>
    private sealed class Buffers(int length)
    {
        private readonly Dictionary<Type, Array> _arrays = [];

        public T[] Get<T>()
        {
            if (!_arrays.TryGetValue(typeof(T), out var array))
            {
                array = new T[length];
                _arrays.Add(typeof(T), array);
            }

            return (T[])array;
        }
    }
}
