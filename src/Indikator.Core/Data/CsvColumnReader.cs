using System.Numerics;
using System.Runtime.ExceptionServices;

namespace Indikator.Core.Data;

/// <summary>Reads a whole CSV source into a table or panel (see <see cref="CsvColumnReader{T}"/>).</summary>
internal interface ICsvColumnReader
{
    ColumnTable ReadTable(CancellationToken cancellationToken);

    PersonMonthPanel ReadPanel(CancellationToken cancellationToken);
}

/// <summary>
/// Reads CSV into typed columns in parallel: the header first, then chunks of whole records that worker threads
/// take in turn, parse independently and that are joined in file order.
/// </summary>
/// <remarks>
/// <para>Algorithm. A worker takes the next chunk under a lock: it reads the source into its own buffer after the
/// partial record left by the chunk before, cuts the buffer after the last whole record
/// (<see cref="CsvDelimiter{T}.FindLastRecordEnd"/>, which follows quotes) and leaves the rest for the next chunk.
/// Outside the lock it parses the chunk into column arrays with chunk-local category codes
/// (<see cref="CsvChunkParser{T}"/>). When every chunk is parsed, the chunks are joined column by column, in file
/// order; each categorical column's chunk levels are merged into one set of levels sorted ordinally, and codes are
/// remapped while they are copied. Chunks, values and levels do not depend on the thread count, so neither does
/// the result.</para>
/// <para>Errors. A chunk stops at its first error and keeps its line relative to the chunk; no chunk after it is
/// started. The error reported is that of the first failing chunk in file order, at the line the header's lines
/// plus the line breaks of the chunks before it give, which is the error and line a sequential reader reports.</para>
/// <para>Memory: the columns, plus one chunk buffer per thread; the file is never held whole. Not thread safe: one
/// instance reads one source once.</para>
/// </remarks>
/// <typeparam name="T"><see cref="byte"/> (UTF-8) or <see cref="char"/>.</typeparam>
internal sealed class CsvColumnReader<T> : ICsvColumnReader
    where T : unmanaged, IBinaryInteger<T>
{
    private readonly CsvUnitSource<T> _source;
    private readonly CsvSchema _schema;
    private readonly CsvReadOptions _options;
    private readonly string _sourceName;
    private readonly T _separator;
    private readonly T[] _byteOrderMark;
    private readonly int _threads;
    private readonly object _gate = new();
    private readonly List<CsvChunk?> _chunks = [];

    private CsvLayout? _layout;
    private int _headerLines;
    private T[] _carry = [];
    private int _carryLength;
    private bool _eof;
    private int _stopAt = int.MaxValue;
    private int _failureIndex = int.MaxValue;
    private ExceptionDispatchInfo? _failure;
    private CancellationToken _cancellation;

    public CsvColumnReader(CsvUnitSource<T> source, T[] byteOrderMark, CsvSchema schema, CsvReadOptions options, string sourceName)
    {
        _source = source;
        _byteOrderMark = byteOrderMark;
        _schema = schema;
        _options = options;
        _sourceName = sourceName;
        _separator = T.CreateTruncating(options.Separator);
        _threads = options.MaxDegreeOfParallelism == -1 ? Environment.ProcessorCount : options.MaxDegreeOfParallelism;
    }

    public ColumnTable ReadTable(CancellationToken cancellationToken)
    {
        _cancellation = cancellationToken;
        var chunks = ReadChunks();
        return Join(chunks, out _, out _, out _);
    }

    public PersonMonthPanel ReadPanel(CancellationToken cancellationToken)
    {
        _cancellation = cancellationToken;
        var chunks = ReadChunks();
        var table = Join(chunks, out var keys, out var periods, out var weights);
        return new PersonMonthPanel(keys!, periods!, weights, table);
    }

    private List<CsvChunk> ReadChunks()
    {
        ReadHeader();
        if (_threads == 1)
        {
            Work();
        }
        else
        {
            Parallel.For(0, _threads, new ParallelOptions { MaxDegreeOfParallelism = _threads }, _ => Work());
        }

        // Workers stop taking chunks once cancelled; the throw is here, outside the parallel loop, so it is not wrapped.
        _cancellation.ThrowIfCancellationRequested();

        var layout = _layout!;
        var chunks = new List<CsvChunk>(_chunks.Count);
        var line = 1 + _headerLines;
        for (var k = 0; k < _chunks.Count || k == _failureIndex; k++)
        {
            if (k == _failureIndex)
            {
                _failure!.Throw();
            }

            var chunk = _chunks[k]!;
            if (chunk.Error is { } error)
            {
                throw new CsvDataException(_sourceName, line + error.Line, layout.ColumnOf(error.Field), error.Reason);
            }

            line += chunk.LineBreaks;
            chunks.Add(chunk);
        }

        return chunks;
    }

    private void ReadHeader()
    {
        // Small files need no chunk-sized buffer; the scanner grows for a long header.
        var scanner = new CsvRecordScanner<T>(_source, _separator, _byteOrderMark, _sourceName, Math.Min(_options.ChunkSize, 1 << 16));
        if (!scanner.Read())
        {
            throw new CsvDataException(_sourceName, 1, null, "the file is empty: there is no header line");
        }

        var headers = new string[scanner.Fields.Count];
        var encoding = _options.ByteLabelEncoding;
        for (var i = 0; i < headers.Length; i++)
        {
            if (encoding is null && !scanner.FieldIsUtf8(i))
            {
                throw new CsvDataException(_sourceName, 1, null, CsvChunkParser<T>.NotUtf8(i + 1));
            }

            headers[i] = scanner.FieldText(i, encoding).Trim();
        }

        _layout = CsvLayout.Create(headers, _schema, _sourceName);
        _headerLines = scanner.LinesConsumed;
        var (buffer, start, end, eof) = scanner.Rest;
        Array.Copy(buffer, start, buffer, 0, end - start);
        _carry = buffer;
        _carryLength = end - start;
        _eof = eof;
    }

    /// <summary>One worker: takes chunks until none is left or one failed, parsing each outside the lock.</summary>
    private void Work()
    {
        var parser = new CsvChunkParser<T>(_layout!, _separator, _options);
        T[] buffer = [];
        while (true)
        {
            int index;
            int length;
            lock (_gate)
            {
                index = _chunks.Count;
                if (index > _stopAt || _cancellation.IsCancellationRequested || !TryTakeChunk(ref buffer, out length))
                {
                    return;
                }

                _chunks.Add(null);
            }

            var chunk = parser.Parse(new ReadOnlySpan<T>(buffer, 0, length));
            lock (_gate)
            {
                _chunks[index] = chunk;
                if (chunk.Error is not null)
                {
                    _stopAt = Math.Min(_stopAt, index);
                }
            }
        }
    }

    /// <summary>Fills <paramref name="buffer"/> with the next chunk of whole records; under the lock.</summary>
    private bool TryTakeChunk(ref T[] buffer, out int length)
    {
        length = 0;
        try
        {
            if (_eof && _carryLength == 0)
            {
                return false;
            }

            // At the end of the data the chunk is what is left; otherwise a chunk has room to read more.
            var needed = _eof ? _carryLength : Math.Max(_options.ChunkSize, _carryLength * 2);
            if (buffer.Length < needed)
            {
                buffer = new T[needed];
            }

            Array.Copy(_carry, buffer, _carryLength);
            length = _carryLength;
            _carryLength = 0;
            while (true)
            {
                if (!_eof)
                {
                    (length, _eof) = _source.Fill(buffer, length);
                }

                if (_eof)
                {
                    return length > 0;
                }

                var end = CsvDelimiter<T>.FindLastRecordEnd(new ReadOnlySpan<T>(buffer, 0, length), _separator);
                if (end > 0)
                {
                    _carryLength = length - end;
                    if (_carry.Length < _carryLength)
                    {
                        _carry = new T[Math.Max(_carryLength, 1024)];
                    }

                    Array.Copy(buffer, end, _carry, 0, _carryLength);
                    length = end;
                    return true;
                }

                if (buffer.Length >= CsvRecordScanner<T>.MaxRecordLength)
                {
                    var chunk = new CsvChunk(0, 0) { Error = new CsvChunkError(0, -1, CsvRecordScanner<T>.TooLong) };
                    _chunks.Add(chunk);
                    _stopAt = Math.Min(_stopAt, _chunks.Count - 1);
                    return false;
                }

                Array.Resize(ref buffer, buffer.Length * 2);
            }
        }
#pragma warning disable CA1031 // Any failure of the source is rethrown, unchanged, in file order after the workers stop.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _failureIndex = _chunks.Count;
            _failure = ExceptionDispatchInfo.Capture(e);
            _stopAt = Math.Min(_stopAt, _failureIndex);
            _eof = true;
            _carryLength = 0;
            return false;
        }
    }

    /// <summary>Joins the chunks column by column, in parallel over columns, dropping each chunk array once copied.</summary>
    private ColumnTable Join(List<CsvChunk> chunks, out long[]? keys, out YearMonth[]? periods, out double[]? weights)
    {
        var layout = _layout!;
        var rows = 0L;
        foreach (var chunk in chunks)
        {
            rows += chunk.Rows;
        }

        if (rows > Array.MaxLength)
        {
            throw new CsvDataException(_sourceName, 0, null, "the file has more rows than a column can hold");
        }

        var total = (int)rows;
        var numeric = new double[layout.NumericCount][];
        var codes = new int[layout.CategoricalCount][];
        var levels = new string[layout.CategoricalCount][];
        long[]? k = null;
        YearMonth[]? p = null;
        double[]? w = null;
        var hasKeys = _schema.Has(CsvSchema.Role.PersonKey);
        var hasPeriods = _schema.Has(CsvSchema.Role.Period);
        var hasWeights = _schema.Has(CsvSchema.Role.Weights);

        var jobs = new List<Action>();
        for (var j = 0; j < numeric.Length; j++)
        {
            var column = j;
            jobs.Add(() => numeric[column] = Concat(chunks, total, c => ref c.Numeric[column]));
        }

        for (var j = 0; j < codes.Length; j++)
        {
            var column = j;
            jobs.Add(() => codes[column] = JoinCodes(chunks, total, column, out levels[column]));
        }

        if (hasKeys)
        {
            jobs.Add(() => k = Concat(chunks, total, c => ref c.Keys));
        }

        if (hasPeriods)
        {
            jobs.Add(() => p = Concat(chunks, total, c => ref c.Periods));
        }

        if (hasWeights)
        {
            jobs.Add(() => w = Concat(chunks, total, c => ref c.Weights));
        }

        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = _threads, CancellationToken = _cancellation }, i => jobs[i]());
        keys = k;
        periods = p;
        weights = w;

        // Columns are built through internal constructors: every record added exactly one value to each column,
        // levels are distinct and sorted, and weights were checked while parsing.
        var numericColumns = new List<NumericColumn>(numeric.Length);
        var categoricalColumns = new List<CategoricalColumn>(codes.Length);
        foreach (var mapping in _schema.Mappings)
        {
            if (mapping.Role == CsvSchema.Role.Numeric)
            {
                numericColumns.Add(new NumericColumn(mapping.Name, numeric[numericColumns.Count]));
            }
            else if (mapping.Role == CsvSchema.Role.Categorical)
            {
                var c = categoricalColumns.Count;
                categoricalColumns.Add(new CategoricalColumn(mapping.Name, codes[c], levels[c]));
            }
        }

        return new ColumnTable(total, [.. numericColumns], [.. categoricalColumns]);
    }

    private delegate ref TValue[]? ColumnOf<TValue>(CsvChunk chunk);

    private static TValue[] Concat<TValue>(List<CsvChunk> chunks, int total, ColumnOf<TValue> column)
    {
        if (chunks.Count == 1 && column(chunks[0])!.Length == total)
        {
            return column(chunks[0])!;
        }

        var result = new TValue[total];
        var offset = 0;
        foreach (var chunk in chunks)
        {
            ref var part = ref column(chunk);
            Array.Copy(part!, 0, result, offset, chunk.Rows);
            offset += chunk.Rows;
            part = null;
        }

        return result;
    }

    /// <summary>Merges the chunk levels into one ordinally sorted set and copies the codes remapped to it.</summary>
    private static int[] JoinCodes(List<CsvChunk> chunks, int total, int column, out string[] levels)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var labels = new List<string>();
        var maps = new int[chunks.Count][];
        for (var k = 0; k < chunks.Count; k++)
        {
            var local = chunks[k].Levels[column];
            var map = new int[local.Length];
            for (var l = 0; l < local.Length; l++)
            {
                // Different invalid UTF-8 sequences decode to the same text: they are one level, as before.
                if (!index.TryGetValue(local[l], out var code))
                {
                    code = labels.Count;
                    index.Add(local[l], code);
                    labels.Add(local[l]);
                }

                map[l] = code;
            }

            maps[k] = map;
        }

        levels = [.. labels];
        var order = new int[levels.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(levels, order, StringComparer.Ordinal);
        var rank = new int[levels.Length];
        for (var i = 0; i < order.Length; i++)
        {
            rank[order[i]] = i;
        }

        var result = new int[total];
        var offset = 0;
        for (var k = 0; k < chunks.Count; k++)
        {
            var map = maps[k];
            for (var l = 0; l < map.Length; l++)
            {
                map[l] = rank[map[l]];
            }

            var source = chunks[k].Codes[column]!;
            var rows = chunks[k].Rows;
            var target = result.AsSpan(offset, rows);
            for (var r = 0; r < target.Length; r++)
            {
                var code = source[r];
                target[r] = code < 0 ? code : map[code];
            }

            chunks[k].Codes[column] = null;
            offset += rows;
        }

        return result;
    }
}
