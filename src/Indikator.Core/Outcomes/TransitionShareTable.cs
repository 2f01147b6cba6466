using Indikator.Core.Data;
using Indikator.Core.Internal;

namespace Indikator.Core.Outcomes;

/// <summary>The legacy measure broken down by categorical columns: exits, employed and share per level.</summary>
/// <remarks>This type is immutable and thread safe.</remarks>
public sealed class TransitionShareTable
{
    private TransitionShareTable(string[] groupColumns, TransitionShareRow[] rows)
    {
        GroupColumns = ValueList.Of(groupColumns);
        Rows = ValueList.Of(rows);
    }

    /// <summary>Gets the group-by columns.</summary>
    public IReadOnlyList<string> GroupColumns { get; }

    /// <summary>Gets one row per combination of levels that has exits, ordered by the level codes of the columns in turn (missing last).</summary>
    public IReadOnlyList<TransitionShareRow> Rows { get; }

    /// <summary>Groups exit rows by categorical columns and counts exits and employed.</summary>
    /// <param name="exits">Exit rows with a 0/1 numeric column <c>employed6</c>, such as <see cref="LegacyTransitionResult.Exits"/> or a filtered copy.</param>
    /// <param name="groupBy">Categorical columns; none for the total.</param>
    /// <returns>The breakdown.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">A column does not exist.</exception>
    /// <exception cref="ArgumentException">A value of <c>employed6</c> is not 0 or 1 (the row is named), or the columns have too many combinations.</exception>
    public static TransitionShareTable Compute(IColumnSource exits, IReadOnlyList<string> groupBy)
    {
        Guard.NotNull(exits);
        Guard.NotNull(groupBy);
        if (!exits.TryGetNumeric(LegacyTransition.EmployedColumn, out var employedColumn))
        {
            throw new KeyNotFoundException($"The exit rows have no numeric column '{LegacyTransition.EmployedColumn}'.");
        }

        var columns = new CategoricalColumn[groupBy.Count];
        for (var c = 0; c < columns.Length; c++)
        {
            columns[c] = exits.TryGetCategorical(groupBy[c], out var column)
                ? column
                : throw new KeyNotFoundException($"There is no categorical column '{groupBy[c]}' in the exit rows.");
        }

        var employed = employedColumn.Array;
        var n = exits.RowCount;
        var keys = new long[n];
        long radix = 1;
        for (var c = columns.Length - 1; c >= 0; c--)
        {
            var codes = columns[c].CodeArray;
            var size = columns[c].LevelCount + 1;
            for (var row = 0; row < n; row++)
            {
                // Missing (-1) sorts after every level.
                var code = codes[row] < 0 ? size - 1 : codes[row];
                keys[row] += code * radix;
            }

            radix = radix <= long.MaxValue / size / 2
                ? radix * size
                : throw new ArgumentException("The group-by columns have too many combinations of levels.", nameof(groupBy));
        }

        var groups = new SortedDictionary<long, (int Exits, int Employed)>();
        for (var row = 0; row < n; row++)
        {
            var e = employed[row];
            if (e is not (0 or 1))
            {
                throw new ArgumentException($"Column '{LegacyTransition.EmployedColumn}', row {row}: the value must be 0 or 1.", nameof(exits));
            }

            groups.TryGetValue(keys[row], out var g);
            groups[keys[row]] = (g.Exits + 1, g.Employed + (int)e);
        }

        var rows = new List<TransitionShareRow>(groups.Count);
        foreach (var (key, g) in groups)
        {
            var levels = new string?[columns.Length];
            var rest = key;
            for (var c = columns.Length - 1; c >= 0; c--)
            {
                var size = columns[c].LevelCount + 1;
                var code = (int)(rest % size);
                rest /= size;
                levels[c] = code == size - 1 ? null : columns[c].Levels[code];
            }

            rows.Add(new TransitionShareRow(levels, g.Exits, g.Employed, (double)g.Employed / g.Exits));
        }

        return new TransitionShareTable([.. groupBy], [.. rows]);
    }
}
