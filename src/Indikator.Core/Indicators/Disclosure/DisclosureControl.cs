namespace Indikator.Core.Indicators.Disclosure;

/// <summary>
/// Small-cell suppression (prikking) of tables of person counts: primary suppression of cells with fewer
/// persons than a minimum and secondary (complementary) suppression so that no suppressed cell can be
/// recovered from the totals by one subtraction.
/// </summary>
/// <remarks>
/// <para>Primary rule: a cell, total or grand total with <c>0 &lt; n &lt; MinimumCount</c> (default 5,
/// "fewer than 5") is suppressed; <c>n = 0</c> is suppressed only when
/// <see cref="SuppressionOptions.SuppressZeros"/> is set.</para>
/// <para>Secondary rule: every row (with row totals) and column (with column totals), each including
/// its total, must end with zero or at least two suppressed cells. A line with exactly one gets the
/// smallest positive published count in it suppressed too (published zeros only as a last resort, ties
/// by label order, the total last among equals), repeated until no line has exactly one. For a one-way
/// table with a total this is "suppress the next smallest cell"; for two-way tables it is the standard
/// iterative rule. A suppressed total counts as one of the two.</para>
/// <para>Scope: the rule stops recovery by one subtraction. It is not a full audit against
/// linear-programming attacks that bound a cell by an interval; check very sparse tables separately.
/// See <c>docs/disclosure-control.md</c>.</para>
/// <para>This type is stateless and thread safe.</para>
/// </remarks>
public static class DisclosureControl
{
    /// <summary>Suppresses the cells of <paramref name="table"/>.</summary>
    /// <param name="table">The table of counts.</param>
    /// <param name="options">The options, or null for the defaults (minimum 5, zeros published, secondary suppression on, symbol <c>:</c>).</param>
    /// <returns>The table with every cell's status; suppressed counts are not kept in published form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="SuppressionOptions.MinimumCount"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><see cref="SuppressionOptions.SuppressedSymbol"/> is null.</exception>
    /// <exception cref="OverflowException">A total exceeds <see cref="int.MaxValue"/>.</exception>
    public static SuppressedTable Suppress(CountTable table, SuppressionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        options ??= new SuppressionOptions();
        if (options.MinimumCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MinimumCount, "SuppressionOptions.MinimumCount must be at least 1.");
        }

        if (options.SuppressedSymbol is null)
        {
            throw new ArgumentException("SuppressionOptions.SuppressedSymbol must not be null.", nameof(options));
        }

        var rows = table.Rows.Count;
        var columns = table.Columns.Count;
        var rowTotals = (table.Margins & TableMargins.RowTotals) != 0;
        var columnTotals = (table.Margins & TableMargins.ColumnTotals) != 0;
        var h = rows + (columnTotals ? 1 : 0);
        var w = columns + (rowTotals ? 1 : 0);
        var grid = Extend(table.CountSpan, rows, columns, h, w, rowTotals, columnTotals);
        var status = new SuppressionStatus[grid.Length];
        SuppressionKernel.Primary(grid, status, options.MinimumCount, options.SuppressZeros);
        if (options.ApplySecondarySuppression && (rowTotals || columnTotals))
        {
            SuppressionKernel.Secondary(grid, status, h, w, rowTotals, columnTotals);
        }

        return new SuppressedTable(table, grid, status, w, options);
    }

    private static int[] Extend(ReadOnlySpan<int> inner, int rows, int columns, int h, int w, bool rowTotals, bool columnTotals)
    {
        var grid = new int[h * w];
        for (var i = 0; i < rows; i++)
        {
            var rowSum = 0;
            for (var j = 0; j < columns; j++)
            {
                var n = inner[(i * columns) + j];
                grid[(i * w) + j] = n;
                rowSum = checked(rowSum + n);
                if (columnTotals)
                {
                    grid[(rows * w) + j] = checked(grid[(rows * w) + j] + n);
                }
            }

            if (rowTotals)
            {
                grid[(i * w) + columns] = rowSum;
                if (columnTotals)
                {
                    grid[(rows * w) + columns] = checked(grid[(rows * w) + columns] + rowSum);
                }
            }
        }

        return grid;
    }
}
