using Indikator.Core.Internal;

namespace Indikator.Core.Indicators.Disclosure;

/// <summary>
/// A one- or two-way table of person counts with optional totals, ready for
/// <see cref="DisclosureControl.Suppress"/>.
/// </summary>
/// <remarks>
/// <para>Rows and columns are sorted by label in ordinal order, so the table, and every suppression
/// decision made on it, does not depend on the order in which cells were given. Totals are derived
/// from the cells: every combination of row and column must be given exactly once.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed class CountTable
{
    private readonly string[] _rows;
    private readonly string[] _columns;
    private readonly int[] _counts;
    private readonly Dictionary<string, int> _rowIndex;
    private readonly Dictionary<string, int> _columnIndex;

    private CountTable(string[] rows, string[] columns, int[] counts, TableMargins margins)
    {
        _rows = rows;
        _columns = columns;
        Rows = ValueList.Wrap(_rows);
        Columns = ValueList.Wrap(_columns);
        _counts = counts;
        Margins = margins;
        _rowIndex = Index(rows);
        _columnIndex = Index(columns);
    }

    /// <summary>Gets the row labels in ordinal order.</summary>
    public IReadOnlyList<string> Rows { get; }

    /// <summary>Gets the column labels in ordinal order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Gets which totals the table shows.</summary>
    public TableMargins Margins { get; }

    internal ReadOnlySpan<int> CountSpan => _counts;

    /// <summary>Creates a table from its inner cells.</summary>
    /// <param name="cells">Every combination of row and column exactly once, in any order.</param>
    /// <param name="margins">Which totals the published table shows.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cells"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="margins"/> is not a defined combination.</exception>
    /// <exception cref="TableDataException">A cell is null, has a null label or a negative count, repeats another cell, a combination of row and column is missing, or there are no cells.</exception>
    public static CountTable Create(IEnumerable<CountCell> cells, TableMargins margins)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (margins is < TableMargins.None or > TableMargins.Both)
        {
            throw new ArgumentOutOfRangeException(nameof(margins), margins, "Not a defined combination of margins.");
        }

        var list = cells.ToList();
        if (list.Count == 0)
        {
            throw new TableDataException(-1, string.Empty, "the table has no cells.");
        }

        for (var i = 0; i < list.Count; i++)
        {
            var cell = list[i] ?? throw new TableDataException(i, "(cell)", "the cell is null.");
            if (cell.Row is null || cell.Column is null)
            {
                throw new TableDataException(i, cell.Row is null ? nameof(cell.Row) : nameof(cell.Column), "the label is null.");
            }

            if (cell.Count < 0)
            {
                throw new TableDataException(i, nameof(cell.Count), "a count of persons cannot be negative.");
            }
        }

        var rows = list.Select(c => c.Row).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var columns = list.Select(c => c.Column).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var rowIndex = Index(rows);
        var columnIndex = Index(columns);
        var counts = new int[rows.Length * columns.Length];
        var firstSeen = new int[counts.Length];
        Array.Fill(firstSeen, -1);
        for (var i = 0; i < list.Count; i++)
        {
            var at = (rowIndex[list[i].Row] * columns.Length) + columnIndex[list[i].Column];
            if (firstSeen[at] >= 0)
            {
                throw new TableDataException(i, nameof(CountCell.Row), $"the cell repeats the row and column of cells[{firstSeen[at]}].");
            }

            firstSeen[at] = i;
            counts[at] = list[i].Count;
        }

        var missing = Array.IndexOf(firstSeen, -1);
        if (missing >= 0)
        {
            throw new TableDataException(
                -1, string.Empty, $"no cell for row '{rows[missing / columns.Length]}' and column '{columns[missing % columns.Length]}'; give every combination (0 for empty cells).");
        }

        return new CountTable(rows, columns, counts, margins);
    }

    /// <summary>Creates a one-way table: one row (label empty) with a column per category.</summary>
    /// <param name="counts">The count of persons per category.</param>
    /// <param name="withTotal">Whether the published table shows the total.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="TableDataException">A category is null or repeated, a count is negative, or there are no categories.</exception>
    public static CountTable OneWay(IEnumerable<KeyValuePair<string, int>> counts, bool withTotal)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return Create(counts.Select(c => new CountCell(string.Empty, c.Key, c.Value)), withTotal ? TableMargins.RowTotals : TableMargins.None);
    }

    /// <summary>Gets the count of a cell.</summary>
    /// <param name="row">The row label.</param>
    /// <param name="column">The column label.</param>
    /// <returns>The count.</returns>
    /// <exception cref="KeyNotFoundException">The row or column is not in the table.</exception>
    public int Count(string row, string column) => _counts[Position(row, column)];

    internal int Position(string row, string column) => (RowOf(row) * _columns.Length) + ColumnOf(column);

    internal int RowOf(string row)
        => _rowIndex.TryGetValue(Internal.Guard.NotNull(row), out var r) ? r : throw new KeyNotFoundException($"The table has no row '{row}'.");

    internal int ColumnOf(string column)
        => _columnIndex.TryGetValue(Internal.Guard.NotNull(column), out var c) ? c : throw new KeyNotFoundException($"The table has no column '{column}'.");

    private static Dictionary<string, int> Index(string[] labels)
    {
        var index = new Dictionary<string, int>(labels.Length, StringComparer.Ordinal);
        for (var i = 0; i < labels.Length; i++)
        {
            index[labels[i]] = i;
        }

        return index;
    }
}
