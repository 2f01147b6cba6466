using Indikator.Core.Data;

namespace Indikator.Core.Parquet;

/// <summary>
/// The column arrays of one Parquet load, allocated once at the file's row count: each row group writes its rows
/// at its own offset, so row groups can be read in any order and on any number of threads.
/// </summary>
/// <remarks>
/// <para>Categorical columns hold local codes per row group while reading (see <see cref="RowGroupLabels"/>).
/// <see cref="BuildTable"/> then takes the union of every row group's labels, sorts it ordinally (the order
/// <see cref="CategoricalColumn"/> publishes) and rewrites each row group's codes through one map, so the levels and
/// codes are those of the CSV loader for the same rows, whatever the thread count or the order the row groups
/// finished in.</para>
/// </remarks>
internal sealed class ParquetPanelColumns
{
    private readonly CsvSchema _schema;
    private readonly long[] _groupStarts;
    private int _chunksReadDirectly;

    /// <summary>Allocates the arrays of every schema column.</summary>
    /// <param name="schema">The columns read.</param>
    /// <param name="groupRows">The number of rows of each row group, in file order.</param>
    public ParquetPanelColumns(CsvSchema schema, IReadOnlyList<int> groupRows)
    {
        _schema = schema;
        _groupStarts = new long[groupRows.Count + 1];
        for (var g = 0; g < groupRows.Count; g++)
        {
            _groupStarts[g + 1] = _groupStarts[g] + groupRows[g];
        }

        // Not zeroed: every row group writes every row of its slice of every column, and a failed load is thrown away.
        var rows = (int)_groupStarts[^1];
        var mappings = schema.Mappings;
        Reals = new double[mappings.Count][];
        Codes = new int[mappings.Count][];
        GroupLevels = new string[mappings.Count][][];
        for (var c = 0; c < mappings.Count; c++)
        {
            switch (mappings[c].Role)
            {
                case CsvSchema.Role.PersonKey:
                    Keys = GC.AllocateUninitializedArray<long>(rows);
                    break;
                case CsvSchema.Role.Period:
                    Periods = GC.AllocateUninitializedArray<YearMonth>(rows);
                    break;
                case CsvSchema.Role.Categorical:
                    Codes[c] = GC.AllocateUninitializedArray<int>(rows);
                    GroupLevels[c] = new string[groupRows.Count][];
                    break;
                default:
                    Reals[c] = GC.AllocateUninitializedArray<double>(rows);
                    break;
            }
        }
    }

    /// <summary>Gets the person keys, when the schema names one.</summary>
    public long[] Keys { get; } = [];

    /// <summary>Gets the periods, when the schema names one.</summary>
    public YearMonth[] Periods { get; } = [];

    /// <summary>Gets the values of each numeric or weight column by schema position; null for other columns.</summary>
    public double[][] Reals { get; }

    /// <summary>Gets the codes of each categorical column by schema position (local to each row group until <see cref="BuildTable"/>).</summary>
    public int[][] Codes { get; }

    /// <summary>Gets, per categorical column and row group, the labels of the row group's local codes.</summary>
    public string[][][] GroupLevels { get; }

    /// <summary>Gets the number of column chunks read without Parquet.Net's page reading (see <see cref="Pages.ColumnChunkReader"/>).</summary>
    public int ChunksReadDirectly => _chunksReadDirectly;

    /// <summary>Gets the number of rows of all row groups.</summary>
    public int RowCount => (int)_groupStarts[^1];

    /// <summary>Adds a reading thread's count of chunks read directly.</summary>
    public void CountChunksReadDirectly(int chunks) => Interlocked.Add(ref _chunksReadDirectly, chunks);

    /// <summary>The first row of row group <paramref name="group"/> in the file.</summary>
    public long FirstRow(int group) => _groupStarts[group];

    /// <summary>Builds the panel; codes are rewritten in place, so this or <see cref="BuildTable"/> is called once.</summary>
    /// <param name="threads">How many threads may rewrite codes, one row group at a time.</param>
    public PersonMonthPanel BuildPanel(int threads)
    {
        var weights = -1;
        var mappings = _schema.Mappings;
        for (var c = 0; c < mappings.Count; c++)
        {
            weights = mappings[c].Role == CsvSchema.Role.Weights ? c : weights;
        }

        return new PersonMonthPanel(Keys, Periods, weights < 0 ? null : Reals[weights], BuildTable(threads));
    }

    /// <summary>Builds the table of the numeric and categorical columns; codes are rewritten in place, so this is called once.</summary>
    /// <param name="threads">How many threads may rewrite codes, one row group at a time.</param>
    public ColumnTable BuildTable(int threads)
    {
        var numeric = new List<NumericColumn>();
        var categorical = new List<CategoricalColumn>();
        var mappings = _schema.Mappings;
        for (var c = 0; c < mappings.Count; c++)
        {
            if (mappings[c].Role == CsvSchema.Role.Numeric)
            {
                numeric.Add(new NumericColumn(mappings[c].Name, Reals[c]));
            }
            else if (mappings[c].Role == CsvSchema.Role.Categorical)
            {
                categorical.Add(new CategoricalColumn(mappings[c].Name, Codes[c], Recode(c, threads)));
            }
        }

        return new ColumnTable(RowCount, [.. numeric], [.. categorical]);
    }

    /// <summary>Maps every row group's local codes onto the sorted union of the labels; returns that union.</summary>
    private string[] Recode(int column, int threads)
    {
        var groups = GroupLevels[column];
        var union = new HashSet<string>(StringComparer.Ordinal);
        foreach (var labels in groups)
        {
            union.UnionWith(labels);
        }

        var levels = union.ToArray();
        Array.Sort(levels, StringComparer.Ordinal);
        var codeOf = new Dictionary<string, int>(levels.Length, StringComparer.Ordinal);
        for (var i = 0; i < levels.Length; i++)
        {
            codeOf.Add(levels[i], i);
        }

        var codes = Codes[column];
        Parallel.For(0, groups.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, g =>
        {
            var labels = groups[g];
            var map = new int[labels.Length];
            var identity = true;
            for (var i = 0; i < labels.Length; i++)
            {
                map[i] = codeOf[labels[i]];
                identity &= map[i] == i;
            }

            if (identity)
            {
                return;
            }

            var span = codes.AsSpan((int)_groupStarts[g], (int)(_groupStarts[g + 1] - _groupStarts[g]));
            for (var r = 0; r < span.Length; r++)
            {
                var code = span[r];
                if (code != CategoricalColumn.MissingCode)
                {
                    span[r] = map[code];
                }
            }
        });
        return levels;
    }
}
