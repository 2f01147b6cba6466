using Indikator.Core.Internal;
using System.Globalization;
using System.Text;

namespace Indikator.Core.Data;

/// <summary>The result of <see cref="DataValidator.Validate(IColumnSource, ValidationRules?)"/>: one <see cref="ColumnValidation"/> per column.</summary>
/// <remarks>
/// <para><see cref="ToString"/> prints a table such as</para>
/// <code>
/// Column   Kind         Missing  Non-finite  Out of range  Levels  Invalid  First invalid rows
/// age      numeric            3           1             2       -        3  4, 17, 99
/// office   categorical        0           -             -      12        0  -
/// </code>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
[Reporting.Notebooks.TypeFormatterSource(typeof(Reporting.Notebooks.NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class ValidationReport
{
    private readonly ColumnValidation[] _columns;

    internal ValidationReport(int rowCount, ColumnValidation[] columns)
    {
        RowCount = rowCount;
        _columns = columns;
        Columns = ValueList.Wrap(_columns);
    }

    /// <summary>Gets the number of rows checked.</summary>
    public int RowCount { get; }

    /// <summary>Gets the columns: numeric in source order, then categorical, then weights.</summary>
    public IReadOnlyList<ColumnValidation> Columns { get; }

    /// <summary>Gets whether every column is valid.</summary>
    public bool IsValid => Array.TrueForAll(_columns, c => c.IsValid);

    /// <summary>Gets the report of a column.</summary>
    /// <param name="name">The column name.</param>
    /// <returns>The column's report.</returns>
    /// <exception cref="KeyNotFoundException">The report has no column of that name.</exception>
    public ColumnValidation Column(string name)
        => Array.Find(_columns, c => string.Equals(c.Name, name, StringComparison.Ordinal))
            ?? throw new KeyNotFoundException($"The report has no column '{name}'.");

    /// <summary>Throws when any column is invalid.</summary>
    /// <exception cref="DataValidationException">A column is invalid; the message names the first such column, its first invalid row and the problems.</exception>
    public void ThrowIfInvalid()
    {
        var first = Array.Find(_columns, c => !c.IsValid);
        if (first is null)
        {
            return;
        }

        var failed = string.Join(", ", _columns.Where(c => !c.IsValid).Select(c => $"'{c.Name}'"));
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"Data validation failed: column '{first.Name}', first invalid row {first.FirstInvalidRows[0]} (0-based): {first.DescribeProblems()}. Invalid columns: {failed}.");
        throw new DataValidationException(message, this, first.Name, first.FirstInvalidRows[0]);
    }

    /// <summary>Formats the report as a fixed-width table, one line per column.</summary>
    /// <returns>The table.</returns>
    public override string ToString()
    {
        string[] header = ["Column", "Kind", "Missing", "Non-finite", "Out of range", "Levels", "Invalid", "First invalid rows"];
        var rows = new List<string[]>(_columns.Length + 1) { header };
        foreach (var c in _columns)
        {
            var numeric = c.Kind != ColumnKind.Categorical;
            rows.Add(
            [
                c.Name,
                c.Kind switch { ColumnKind.Numeric => "numeric", ColumnKind.Categorical => "categorical", _ => "weight" },
                Count(c.MissingCount),
                numeric ? Count(c.NonFiniteCount) : "-",
                numeric && c.Range is not null ? Count(c.OutOfRangeCount) : "-",
                c.LevelCount is { } levels ? Count(levels) : "-",
                Count(c.InvalidCount),
                c.FirstInvalidRowsText(),
            ]);
        }

        var widths = new int[header.Length];
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Validation of {RowCount} rows: {(IsValid ? "valid" : "INVALID")}").AppendLine();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                // Names and kinds read left-aligned, counts right-aligned; the last column is not padded.
                var cell = i < 2 ? row[i].PadRight(widths[i]) : i == row.Length - 1 ? row[i] : row[i].PadLeft(widths[i]);
                text.Append(cell);
                if (i < row.Length - 1)
                {
                    text.Append("  ");
                }
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
