using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Indikator.Core.Data;
using Indikator.Core.Parquet.Pages;
using Parquet;
using Parquet.Schema;

namespace Indikator.Core.Parquet;

/// <summary>
/// Reads the schema's columns of one row group at a time into <see cref="ParquetPanelColumns"/>, checking values as
/// <see cref="ColumnBatchLoader"/> does. One decoder per thread: it owns scratch arrays as long as the largest row
/// group and one <see cref="RowGroupLabels"/> per categorical column.
/// </summary>
/// <remarks>
/// <para>Column chunks of the common case (flat columns, PLAIN and dictionary pages, Snappy or no compression, 32- and
/// 64-bit integers, floats, doubles, dates and text) are read by a <see cref="ColumnChunkReader"/>; the rest, and any
/// chunk it turns down, by Parquet.Net. Both give the same packed values and definition levels, and everything after
/// that is shared.</para>
/// <para>64-bit keys and doubles are decoded straight into the final arrays, packed at the start of the row group's
/// slice when the column has nulls and then spread out in place from the back (a present value never moves to a
/// lower row, so reading backwards never overwrites a value still to be moved). Other types go through one scratch
/// array and are converted on the way into the final array.</para>
/// </remarks>
internal sealed class RowGroupDecoder
{
    private static readonly int UnixEpochDay = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    private readonly ColumnBatchLoader _loader;
    private readonly CsvSchema.Role[] _roles;
    private readonly ParquetPanelColumns _target;
    private readonly RowGroupLabels?[] _labels;
    private readonly Dictionary<Type, Array> _scratch = [];
    private readonly int[] _levels;
    private readonly int _length;
    private readonly ColumnChunkReader? _chunks;
    private Stream _stream = Stream.Null;

    public RowGroupDecoder(ColumnBatchLoader loader, CsvSchema schema, ParquetPanelColumns target, int largestGroup, bool direct)
    {
        _chunks = direct ? new ColumnChunkReader() : null;
        _loader = loader;
        _target = target;
        _length = largestGroup;
        _levels = new int[largestGroup];
        var mappings = schema.Mappings;
        _roles = new CsvSchema.Role[mappings.Count];
        _labels = new RowGroupLabels?[mappings.Count];
        for (var c = 0; c < mappings.Count; c++)
        {
            _roles[c] = mappings[c].Role;
            _labels[c] = mappings[c].Role == CsvSchema.Role.Categorical ? new RowGroupLabels() : null;
        }
    }

    /// <summary>Gets the number of column chunks read without Parquet.Net's page reading.</summary>
    public int ChunksReadDirectly => _chunks?.ChunksRead ?? 0;

    /// <summary>Reads every schema column of row group <paramref name="group"/> (its index in the file).</summary>
    /// <param name="reader">The reader of the file.</param>
    /// <param name="stream">The stream <paramref name="reader"/> reads, positioned anywhere; the same thread uses both.</param>
    /// <param name="group">The row group.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    public async Task ReadAsync(ParquetReader reader, Stream stream, int group, CancellationToken cancellationToken)
    {
        _stream = stream;
        using var rowGroup = reader.OpenRowGroupReader(group);
        var rows = (int)rowGroup.RowCount;
        var first = (int)_target.FirstRow(group);
        var fields = reader.Schema.Fields;
        for (var c = 0; c < _roles.Length; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var field = (DataField)fields[_loader.Columns[c].SourceIndex];
            await ReadColumnAsync(c, field, rowGroup, group, first, rows, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task ReadColumnAsync(int c, DataField field, ParquetRowGroupReader rowGroup, int group, int first, int rows, CancellationToken ct)
    {
        var type = field.ClrType;
        return type switch
        {
            _ when type == typeof(long) => ReadNumbersAsync<long>(c, field, rowGroup, group, first, rows, ct),
            _ when type == typeof(int) => ReadNumbersAsync<int>(c, field, rowGroup, group, first, rows, ct),
            _ when type == typeof(short) => ReadNumbersAsync<short>(c, field, rowGroup, group, first, rows, ct),
            _ when type == typeof(sbyte) => ReadNumbersAsync<sbyte>(c, field, rowGroup, group, first, rows, ct),
            _ when type == typeof(byte) => ReadNumbersAsync<byte>(c, field, rowGroup, group, first, rows, ct),
            _ when type == typeof(ushort) => ReadNumbersAsync<ushort>(c, field, rowGroup, group, first, rows, ct),
            _ when type == typeof(uint) => ReadNumbersAsync<uint>(c, field, rowGroup, group, first, rows, ct),
            _ when type == typeof(ulong) => ReadNumbersAsync<ulong>(c, field, rowGroup, group, first, rows, ct),
            _ when type == typeof(double) => ReadNumbersAsync<double>(c, field, rowGroup, group, first, rows, ct),
            _ when type == typeof(float) => ReadNumbersAsync<float>(c, field, rowGroup, group, first, rows, ct),
            _ when type == typeof(decimal) => ReadNumbersAsync<decimal>(c, field, rowGroup, group, first, rows, ct),
            _ when ParquetLoader.IsText(field) => ReadTextAsync(c, field, rowGroup, group, first, rows, ct),
            _ when type == typeof(bool) => ReadBooleansAsync(c, field, rowGroup, group, first, rows, ct),
            _ when type == typeof(DateOnly) => ReadDatesAsync<DateOnly>(c, field, rowGroup, first, rows, d => d, ct),
            _ when type == typeof(DateTime) => ReadDatesAsync<DateTime>(c, field, rowGroup, first, rows, DateOnly.FromDateTime, ct),
            _ => throw _loader.Error(c, first, $"the Parquet type {ParquetLoader.TypeName(field)} cannot be read"),
        };
    }

    /// <summary>Reads a column's values packed (nulls left out) into <paramref name="values"/>; returns whether any row is null.</summary>
    private async Task<bool> ReadPackedAsync<T>(DataField field, ParquetRowGroupReader rowGroup, Memory<T> values, CancellationToken ct)
        where T : struct
    {
        var levels = _levels.AsMemory(0, values.Length);
        if (_chunks is not null && TryReadDirectly(field, rowGroup, values, levels.Span, out var direct))
        {
            return direct;
        }

        if (!field.IsNullable)
        {
            await rowGroup.ReadAsync(field, values, null, ct).ConfigureAwait(false);
            return false;
        }

        // Raw reading gives the present values packed and a definition level per row (1 present, 0 null): no Nullable<T> per row.
        await rowGroup.ReadRawAsync(field, values, levels, null, ct).ConfigureAwait(false);
        return levels.Span.Contains(0);
    }

    /// <summary>The direct reading of <see cref="ReadPackedAsync{T}"/>: false when the chunk is left to Parquet.Net.</summary>
    private bool TryReadDirectly<T>(DataField field, ParquetRowGroupReader rowGroup, Memory<T> values, Span<int> levels, out bool hasNulls)
        where T : struct
    {
        var chunk = rowGroup.GetMetadata(field);
        if (typeof(T) == typeof(long))
        {
            return _chunks!.TryReadValues(_stream, field, chunk, Unsafe.As<Memory<T>, Memory<long>>(ref values), levels, out hasNulls);
        }

        if (typeof(T) == typeof(int))
        {
            return _chunks!.TryReadValues(_stream, field, chunk, Unsafe.As<Memory<T>, Memory<int>>(ref values), levels, out hasNulls);
        }

        if (typeof(T) == typeof(double))
        {
            return _chunks!.TryReadValues(_stream, field, chunk, Unsafe.As<Memory<T>, Memory<double>>(ref values), levels, out hasNulls);
        }

        if (typeof(T) == typeof(float))
        {
            return _chunks!.TryReadValues(_stream, field, chunk, Unsafe.As<Memory<T>, Memory<float>>(ref values), levels, out hasNulls);
        }

        if (typeof(T) == typeof(DateOnly))
        {
            // A date is stored as INT32 days since 1970-01-01, which Parquet.Net turns into a DateOnly.
            var days = Scratch<int>(values.Length);
            if (!_chunks!.TryReadValues(_stream, field, chunk, days, levels, out hasNulls))
            {
                return false;
            }

            var dates = Unsafe.As<Memory<T>, Memory<DateOnly>>(ref values).Span;
            var packed = days.Span[..(hasNulls ? values.Length - levels.Count(0) : values.Length)];
            try
            {
                for (var i = 0; i < packed.Length; i++)
                {
                    dates[i] = DateOnly.FromDayNumber(UnixEpochDay + packed[i]);
                }
            }
            catch (ArgumentOutOfRangeException)
            {
                return false;
            }

            return true;
        }

        hasNulls = false;
        return false;
    }

    private async Task ReadNumbersAsync<T>(int c, DataField field, ParquetRowGroupReader rowGroup, int group, int first, int rows, CancellationToken ct)
        where T : struct, INumberBase<T>
    {
        switch (_roles[c])
        {
            case CsvSchema.Role.PersonKey:
                await ReadKeysAsync<T>(c, field, rowGroup, first, rows, ct).ConfigureAwait(false);
                return;
            case CsvSchema.Role.Categorical:
                await ReadIntegerLabelsAsync<T>(c, field, rowGroup, group, first, rows, ct).ConfigureAwait(false);
                return;
            default:
                break;
        }

        var dest = _target.Reals[c].AsMemory(first, rows);
        bool hasNulls;
        if (typeof(T) == typeof(double))
        {
            hasNulls = await ReadPackedAsync(field, rowGroup, Unsafe.As<Memory<double>, Memory<T>>(ref dest), ct).ConfigureAwait(false);
        }
        else
        {
            var scratch = Scratch<T>(rows);
            hasNulls = await ReadPackedAsync(field, rowGroup, scratch, ct).ConfigureAwait(false);
            Convert(scratch.Span, dest.Span, hasNulls ? 0 : rows);
        }

        if (hasNulls)
        {
            if (typeof(T) == typeof(double))
            {
                Spread(dest.Span, _levels.AsSpan(0, rows));
            }
            else
            {
                SpreadConverted(Scratch<T>(rows).Span, dest.Span, _levels.AsSpan(0, rows));
            }
        }

        if (_roles[c] == CsvSchema.Role.Weights)
        {
            CheckWeights(c, dest.Span, hasNulls ? _levels.AsSpan(0, rows) : default, first);
        }
    }

    private static void Convert<T>(ReadOnlySpan<T> values, Span<double> dest, int count)
        where T : struct, INumberBase<T>
    {
        for (var i = 0; i < count; i++)
        {
            dest[i] = double.CreateTruncating(values[i]);
        }
    }

    /// <summary>Moves the packed values at the start of <paramref name="values"/> to their rows, NaN at null rows.</summary>
    private static void Spread(Span<double> values, ReadOnlySpan<int> levels)
    {
        var next = levels.Length - levels.Count(0) - 1;
        for (var i = levels.Length - 1; i >= 0; i--)
        {
            values[i] = levels[i] == 0 ? double.NaN : values[next--];
        }
    }

    private static void SpreadConverted<T>(ReadOnlySpan<T> packed, Span<double> dest, ReadOnlySpan<int> levels)
        where T : struct, INumberBase<T>
    {
        var next = 0;
        for (var i = 0; i < levels.Length; i++)
        {
            dest[i] = levels[i] == 0 ? double.NaN : double.CreateTruncating(packed[next++]);
        }
    }

    /// <summary>Checks weights as the CSV loader does; <paramref name="levels"/> is empty when no row is null.</summary>
    private void CheckWeights(int c, ReadOnlySpan<double> weights, ReadOnlySpan<int> levels, int first)
    {
        for (var i = 0; i < weights.Length; i++)
        {
            var value = weights[i];

            // A null is missing; a NaN stored as a value is a bad weight, as a NaN from any other source is.
            if (!levels.IsEmpty && levels[i] == 0)
            {
                throw _loader.Error(c, first + i, "the weight is missing");
            }

            if (!(double.IsFinite(value) && value >= 0))
            {
                throw _loader.Error(c, first + i, string.Create(CultureInfo.InvariantCulture, $"a weight must be finite and non-negative: {value}"));
            }
        }
    }

    private async Task ReadKeysAsync<T>(int c, DataField field, ParquetRowGroupReader rowGroup, int first, int rows, CancellationToken ct)
        where T : struct, INumberBase<T>
    {
        var dest = _target.Keys.AsMemory(first, rows);
        if (typeof(T) == typeof(long))
        {
            if (await ReadPackedAsync(field, rowGroup, Unsafe.As<Memory<long>, Memory<T>>(ref dest), ct).ConfigureAwait(false))
            {
                throw _loader.Error(c, first + _levels.AsSpan(0, rows).IndexOf(0), "the person key is missing");
            }

            return;
        }

        var scratch = Scratch<T>(rows);
        if (await ReadPackedAsync(field, rowGroup, scratch, ct).ConfigureAwait(false))
        {
            throw _loader.Error(c, first + _levels.AsSpan(0, rows).IndexOf(0), "the person key is missing");
        }

        var values = scratch.Span;
        var keys = dest.Span;
        for (var i = 0; i < rows; i++)
        {
            keys[i] = long.CreateSaturating(values[i]);
        }
    }

    private async Task ReadIntegerLabelsAsync<T>(int c, DataField field, ParquetRowGroupReader rowGroup, int group, int first, int rows, CancellationToken ct)
        where T : struct, INumberBase<T>
    {
        var scratch = Scratch<T>(rows);
        var hasNulls = await ReadPackedAsync(field, rowGroup, scratch, ct).ConfigureAwait(false);
        var labels = StartLabels(c);
        var values = scratch.Span;
        var levels = _levels.AsSpan(0, rows);
        var codes = _target.Codes[c].AsSpan(first, rows);
        Span<char> text = stackalloc char[20];
        var next = 0;
        for (var i = 0; i < rows; i++)
        {
            if (hasNulls && levels[i] == 0)
            {
                codes[i] = CategoricalColumn.MissingCode;
                continue;
            }

            // Written as the CSV loader would read the number's text, so both sources give the same labels.
            long.CreateSaturating(values[next++]).TryFormat(text, out var written, default, CultureInfo.InvariantCulture);
            codes[i] = labels.EncodeText(text[..written]);
        }

        FinishLabels(c, group);
    }

    private async Task ReadBooleansAsync(int c, DataField field, ParquetRowGroupReader rowGroup, int group, int first, int rows, CancellationToken ct)
    {
        if (_roles[c] != CsvSchema.Role.Categorical)
        {
            throw new InvalidOperationException($"column '{_loader.Columns[c].SourceName}' is boolean but not categorical; the column check lets no such column through.");
        }

        var scratch = Scratch<bool>(rows);
        var hasNulls = await ReadPackedAsync(field, rowGroup, scratch, ct).ConfigureAwait(false);
        var labels = StartLabels(c);
        var values = scratch.Span;
        var levels = _levels.AsSpan(0, rows);
        var codes = _target.Codes[c].AsSpan(first, rows);
        var next = 0;
        for (var i = 0; i < rows; i++)
        {
            codes[i] = hasNulls && levels[i] == 0 ? CategoricalColumn.MissingCode : labels.EncodeText(values[next++] ? "true" : "false");
        }

        FinishLabels(c, group);
    }

    private async Task ReadDatesAsync<T>(int c, DataField field, ParquetRowGroupReader rowGroup, int first, int rows, Func<T, DateOnly> toDate, CancellationToken ct)
        where T : struct
    {
        var scratch = Scratch<T>(rows);
        if (await ReadPackedAsync(field, rowGroup, scratch, ct).ConfigureAwait(false))
        {
            throw _loader.Error(c, first + _levels.AsSpan(0, rows).IndexOf(0), "the period is missing");
        }

        var values = scratch.Span;
        var periods = _target.Periods.AsSpan(first, rows);
        for (var i = 0; i < rows; i++)
        {
            var date = toDate(values[i]);
            periods[i] = new YearMonth(date.Year, date.Month);
        }
    }

    private async Task ReadTextAsync(int c, DataField field, ParquetRowGroupReader rowGroup, int group, int first, int rows, CancellationToken ct)
    {
        if (_chunks is not null && _roles[c] == CsvSchema.Role.Categorical && TryReadCodesDirectly(c, field, rowGroup, group, first, rows))
        {
            return;
        }

        var scratch = Scratch<ReadOnlyMemory<char>>(rows);

        // IsNullable alone decides whether definition levels were read, so look at them only then.
        var nullable = field.IsNullable;
        if (nullable)
        {
            await rowGroup.ReadRawAsync(field, scratch, _levels.AsMemory(0, rows), null, ct).ConfigureAwait(false);
        }
        else
        {
            await rowGroup.ReadRawAsync(field, scratch, null, null, ct).ConfigureAwait(false);
        }

        var values = scratch.Span;
        var levels = _levels.AsSpan(0, rows);
        try
        {
            if (_roles[c] == CsvSchema.Role.Period)
            {
                ParsePeriods(c, values, nullable ? levels : default, first);
                return;
            }

            var labels = StartLabels(c);
            var codes = _target.Codes[c].AsSpan(first, rows);
            var next = 0;
            for (var i = 0; i < rows; i++)
            {
                codes[i] = nullable && levels[i] == 0 ? CategoricalColumn.MissingCode : labels.Encode(values[next++]);
            }

            FinishLabels(c, group);
        }
        finally
        {
            // The slices keep the decoded pages alive; let them go before the next row group.
            values.Clear();
        }
    }

    /// <summary>Reads a categorical text column's local codes without Parquet.Net; false when the chunk is left to it.</summary>
    private bool TryReadCodesDirectly(int c, DataField field, ParquetRowGroupReader rowGroup, int group, int first, int rows)
    {
        var labels = StartLabels(c);
        var packed = Scratch<int>(rows);
        var levels = _levels.AsSpan(0, rows);
        if (!_chunks!.TryReadCodes(_stream, field, rowGroup.GetMetadata(field), packed, levels, labels, out var hasNulls))
        {
            return false;
        }

        var codes = _target.Codes[c].AsSpan(first, rows);
        if (!hasNulls)
        {
            packed.Span.CopyTo(codes);
        }
        else
        {
            var values = packed.Span;
            var next = 0;
            for (var i = 0; i < rows; i++)
            {
                codes[i] = levels[i] == 0 ? CategoricalColumn.MissingCode : values[next++];
            }
        }

        FinishLabels(c, group);
        return true;
    }

    private void ParsePeriods(int c, ReadOnlySpan<ReadOnlyMemory<char>> values, ReadOnlySpan<int> levels, int first)
    {
        var periods = _target.Periods.AsSpan(first, values.Length);
        var next = 0;
        for (var i = 0; i < periods.Length; i++)
        {
            if ((!levels.IsEmpty && levels[i] == 0) || RowGroupLabels.IsMissing(values[next].Span))
            {
                throw _loader.Error(c, first + i, "the period is missing");
            }

            if (!YearMonth.TryParse(values[next++].Span, CultureInfo.InvariantCulture, out periods[i]))
            {
                throw _loader.Error(c, first + i, "not a month (expected yyyy-MM, for example 2024-05)");
            }
        }
    }

    private RowGroupLabels StartLabels(int c)
    {
        var labels = _labels[c]!;
        labels.Reset();
        return labels;
    }

    private void FinishLabels(int c, int group)
    {
        var labels = _labels[c]!;
        _target.GroupLevels[c][group] = labels.Levels();
        labels.Reset();
    }

    private Memory<T> Scratch<T>(int rows)
    {
        if (!_scratch.TryGetValue(typeof(T), out var array))
        {
            array = new T[_length];
            _scratch.Add(typeof(T), array);
        }

        return ((T[])array).AsMemory(0, rows);
    }
}
