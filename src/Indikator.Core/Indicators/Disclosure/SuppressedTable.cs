namespace Indikator.Core.Indicators.Disclosure;

/// <summary>
/// A table after disclosure control: every cell and total with its <see cref="SuppressionStatus"/> and, only
/// when published, its count.
/// </summary>
/// <remarks>
/// <para>Suppressed counts are not retrievable from this object. Render cells with
/// <see cref="Render(string, string)"/>, which prints the options' suppressed symbol (<c>:</c> by default).</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed class SuppressedTable
{
    private readonly CountTable _table;
    private readonly int[] _counts;
    private readonly SuppressionStatus[] _status;
    private readonly int _width;

    internal SuppressedTable(CountTable table, int[] extendedCounts, SuppressionStatus[] status, int width, SuppressionOptions options)
    {
        _table = table;
        _counts = extendedCounts;
        _status = status;
        _width = width;
        Options = options;
        PrimaryCount = status.Count(s => s == SuppressionStatus.PrimarySuppressed);
        SecondaryCount = status.Count(s => s == SuppressionStatus.SecondarySuppressed);
    }

    /// <summary>Gets the row labels in ordinal order.</summary>
    public IReadOnlyList<string> Rows => _table.Rows;

    /// <summary>Gets the column labels in ordinal order.</summary>
    public IReadOnlyList<string> Columns => _table.Columns;

    /// <summary>Gets which totals the table shows.</summary>
    public TableMargins Margins => _table.Margins;

    /// <summary>Gets the options used.</summary>
    public SuppressionOptions Options { get; }

    /// <summary>Gets the number of primary-suppressed cells, totals included.</summary>
    public int PrimaryCount { get; }

    /// <summary>Gets the number of secondary-suppressed cells, totals included.</summary>
    public int SecondaryCount { get; }

    /// <summary>Gets an inner cell.</summary>
    /// <param name="row">The row label.</param>
    /// <param name="column">The column label.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentNullException">A label is null.</exception>
    /// <exception cref="KeyNotFoundException">The row or column is not in the table.</exception>
    public SuppressedCell Cell(string row, string column) => At(_table.RowOf(row), _table.ColumnOf(column));

    /// <summary>Gets the total of a row.</summary>
    /// <param name="row">The row label.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The table shows no row totals.</exception>
    /// <exception cref="KeyNotFoundException">The row is not in the table.</exception>
    public SuppressedCell RowTotal(string row)
    {
        var r = _table.RowOf(row);
        Require(TableMargins.RowTotals);
        return At(r, Columns.Count);
    }

    /// <summary>Gets the total of a column.</summary>
    /// <param name="column">The column label.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The table shows no column totals.</exception>
    /// <exception cref="KeyNotFoundException">The column is not in the table.</exception>
    public SuppressedCell ColumnTotal(string column)
    {
        var c = _table.ColumnOf(column);
        Require(TableMargins.ColumnTotals);
        return At(Rows.Count, c);
    }

    /// <summary>Gets the grand total.</summary>
    /// <returns>The grand total.</returns>
    /// <exception cref="InvalidOperationException">The table does not show both row and column totals.</exception>
    public SuppressedCell GrandTotal()
    {
        Require(TableMargins.Both);
        return At(Rows.Count, Columns.Count);
    }

    /// <summary>Renders an inner cell for output: the count, or the suppressed symbol (<c>:</c> by default).</summary>
    /// <param name="row">The row label.</param>
    /// <param name="column">The column label.</param>
    /// <returns>The text to print.</returns>
    /// <exception cref="ArgumentNullException">A label is null.</exception>
    /// <exception cref="KeyNotFoundException">The row or column is not in the table.</exception>
    public string Render(string row, string column) => Cell(row, column).Render(Options.SuppressedSymbol);

    private SuppressedCell At(int r, int c)
    {
        var k = (r * _width) + c;
        var status = _status[k];
        return new SuppressedCell(status, status == SuppressionStatus.Published ? _counts[k] : null);
    }

    private void Require(TableMargins margins)
    {
        if ((_table.Margins & margins) != margins)
        {
            throw new InvalidOperationException($"The table shows {_table.Margins} margins, not {margins}.");
        }
    }
}
