using Indikator.Core.Reporting.Notebooks;

namespace Indikator.Core.Reporting;

/// <summary>
/// A table for people to read: a title, a description, typed columns and rows of cells, some of which
/// may be suppressed. Build one with <see cref="ReportTableBuilder"/>; write it with the writers in
/// <see cref="Writers.HtmlReportWriter"/>, <see cref="Writers.CsvReportWriter"/>, <see cref="Writers.JsonReportWriter"/> and <see cref="Writers.XlsxReportWriter"/>.
/// </summary>
/// <remarks>
/// <para>
/// In .NET Interactive / Polyglot notebooks a table displays itself as an HTML table (through a
/// convention-based formatter, without a reference to the notebook packages).
/// </para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class ReportTable
{
    internal ReportTable(
        string title,
        string? description,
        IReadOnlyList<ReportColumn> columns,
        IReadOnlyList<IReadOnlyList<ReportCell>> rows,
        int? suppressionThreshold,
        IReadOnlyList<string> notes)
    {
        Title = title;
        Description = description;
        Columns = columns;
        Rows = rows;
        SuppressionThreshold = suppressionThreshold;
        Notes = notes;
        var suppressed = 0;
        foreach (var row in rows)
        {
            foreach (var cell in row)
            {
                if (cell.Status == CellStatus.Suppressed)
                {
                    suppressed++;
                }
            }
        }

        SuppressedCellCount = suppressed;
    }

    /// <summary>Gets the table's title, used as caption, sheet name and section heading.</summary>
    public string Title { get; }

    /// <summary>Gets the optional description shown under the title.</summary>
    public string? Description { get; }

    /// <summary>Gets the columns in display order.</summary>
    public IReadOnlyList<ReportColumn> Columns { get; }

    /// <summary>Gets the rows; each row has one cell per column.</summary>
    public IReadOnlyList<IReadOnlyList<ReportCell>> Rows { get; }

    /// <summary>Gets the smallest number of persons a published cell may describe, used in the suppression footnote.</summary>
    /// <value>Null when the table was built without a threshold, which is only allowed when no cell is suppressed.</value>
    public int? SuppressionThreshold { get; }

    /// <summary>Gets the table's footnotes, in order.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Gets the number of suppressed cells.</summary>
    public int SuppressedCellCount { get; }

    /// <summary>Gets the cell at a row and column.</summary>
    /// <param name="row">The 0-based row.</param>
    /// <param name="column">The 0-based column.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> or <paramref name="column"/> is out of range.</exception>
    public ReportCell this[int row, int column]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(row);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Rows.Count);
            ArgumentOutOfRangeException.ThrowIfNegative(column);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Columns.Count);
            return Rows[row][column];
        }
    }

    /// <summary>Returns the index of the column with a machine name.</summary>
    /// <param name="name">The column's machine name (ordinal comparison).</param>
    /// <returns>The 0-based column index, or -1 when there is no such column.</returns>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Returns the title, for debugging.</summary>
    /// <returns>The title with the table's size.</returns>
    public override string ToString() => $"{Title} ({Rows.Count} rows x {Columns.Count} columns)";
}
