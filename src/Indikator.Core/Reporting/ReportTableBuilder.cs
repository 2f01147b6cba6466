using Indikator.Core.Internal;

namespace Indikator.Core.Reporting;

/// <summary>Builds an immutable <see cref="ReportTable"/> column by column and row by row.</summary>
/// <remarks>
/// <para>
/// Rows are checked as they are added: each row needs one cell per column, text cells only in text
/// columns and numbers only in numeric columns. A table with suppressed cells needs a suppression
/// threshold for its footnote.
/// </para>
/// <para>A builder is not thread-safe; the table it builds is.</para>
/// </remarks>
public sealed class ReportTableBuilder
{
    private readonly string title;
    private readonly List<ReportColumn> columns = [];
    private readonly List<IReadOnlyList<ReportCell>> rows = [];
    private readonly List<string> notes = [];
    private string? description;
    private int? suppressionThreshold;
    private bool suppressedUpstream;

    /// <summary>Starts a table.</summary>
    /// <param name="title">The table's title.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty.</exception>
    public ReportTableBuilder(string title)
    {
        this.title = Guard.NotEmpty(title);
    }

    /// <summary>Sets the description shown under the title.</summary>
    /// <param name="text">The description, or null for none.</param>
    /// <returns>This builder.</returns>
    public ReportTableBuilder WithDescription(string? text)
    {
        description = string.IsNullOrWhiteSpace(text) ? null : text;
        return this;
    }

    /// <summary>Sets the smallest number of persons a published cell may describe, for the footnote on suppressed cells.</summary>
    /// <param name="minimumPersons">The threshold, such as 5.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumPersons"/> is not positive.</exception>
    public ReportTableBuilder WithSuppressionThreshold(int minimumPersons)
    {
        suppressionThreshold = Guard.Positive(minimumPersons);
        return this;
    }

    /// <summary>
    /// Marks the cells as suppressed by disclosure control that ran elsewhere with a threshold this table does not know
    /// (a single indicator table shown in a notebook), so suppressed cells need no threshold and the footnote names no number.
    /// </summary>
    internal ReportTableBuilder WithUpstreamSuppression()
    {
        suppressedUpstream = true;
        return this;
    }

    /// <summary>Adds a footnote.</summary>
    /// <param name="note">The footnote text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="note"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="note"/> is empty.</exception>
    public ReportTableBuilder AddNote(string note)
    {
        notes.Add(Guard.NotEmpty(note));
        return this;
    }

    /// <summary>Adds a column.</summary>
    /// <param name="column">The column.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> is null.</exception>
    /// <exception cref="ArgumentException">A column with the same name exists.</exception>
    /// <exception cref="InvalidOperationException">Rows have already been added.</exception>
    public ReportTableBuilder AddColumn(ReportColumn column)
    {
        Guard.NotNull(column);
        if (rows.Count > 0)
        {
            throw new InvalidOperationException("Add all columns before the first row.");
        }

        foreach (var existing in columns)
        {
            if (string.Equals(existing.Name, column.Name, StringComparison.Ordinal))
            {
                throw new ArgumentException($"The table already has a column named '{column.Name}'.", nameof(column));
            }
        }

        columns.Add(column);
        return this;
    }

    /// <summary>Adds a column.</summary>
    /// <param name="name">The machine name used in CSV headers and JSON.</param>
    /// <param name="header">The header shown to people.</param>
    /// <param name="kind">What the column holds.</param>
    /// <param name="decimals">Decimals shown for a <see cref="ReportColumnKind.Number"/> column.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name or header is empty, or a column with the same name exists.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="decimals"/> is out of range.</exception>
    /// <exception cref="InvalidOperationException">Rows have already been added.</exception>
    public ReportTableBuilder AddColumn(string name, string header, ReportColumnKind kind, int decimals = 2)
        => AddColumn(new ReportColumn(name, header, kind, decimals));

    /// <summary>Adds a row with one cell per column.</summary>
    /// <param name="cells">The cells in column order.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cells"/> is null.</exception>
    /// <exception cref="ArgumentException">The row has the wrong number of cells, or a cell does not fit its column's kind.</exception>
    public ReportTableBuilder AddRow(params ReportCell[] cells)
    {
        Guard.NotNull(cells);
        var rowIndex = rows.Count;
        if (cells.Length != columns.Count)
        {
            throw new ArgumentException($"Row {rowIndex} has {cells.Length} cells; the table has {columns.Count} columns.", nameof(cells));
        }

        for (var c = 0; c < cells.Length; c++)
        {
            var column = columns[c];
            var cell = cells[c];
            if (cell.Text is not null && column.IsNumeric)
            {
                throw new ArgumentException($"Row {rowIndex}, column '{column.Name}': text in a numeric column.", nameof(cells));
            }

            if (cell.Number is not null && !column.IsNumeric)
            {
                throw new ArgumentException($"Row {rowIndex}, column '{column.Name}': a number in a text column.", nameof(cells));
            }
        }

        rows.Add(Array.AsReadOnly((ReportCell[])cells.Clone()));
        return this;
    }

    /// <summary>Builds the table.</summary>
    /// <returns>The immutable table.</returns>
    /// <exception cref="InvalidOperationException">The table has no columns, or has suppressed cells but no suppression threshold.</exception>
    public ReportTable Build()
    {
        if (columns.Count == 0)
        {
            throw new InvalidOperationException($"Table '{title}' has no columns.");
        }

        var table = new ReportTable(
            title,
            description,
            columns.ToArray().AsReadOnly(),
            rows.ToArray().AsReadOnly(),
            suppressionThreshold,
            notes.ToArray().AsReadOnly());
        if (table.SuppressedCellCount > 0 && suppressionThreshold is null && !suppressedUpstream)
        {
            throw new InvalidOperationException(
                $"Table '{title}' has suppressed cells but no suppression threshold; call WithSuppressionThreshold so the footnote can say why.");
        }

        return table;
    }
}
