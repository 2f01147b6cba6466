using Indikator.Core.Internal;
using System.Globalization;
using System.Text;

namespace Indikator.Core.Data;

/// <summary>The validation counts of one column: missing, non-finite and out-of-range values, and the first invalid rows.</summary>
/// <remarks>
/// <para>A row is invalid when its value is non-finite (±∞), outside the column's range, or missing in
/// a required column. Rows are 0-based row numbers of the source, never person keys.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed class ColumnValidation
{
    /// <summary>The largest number of invalid rows listed in <see cref="FirstInvalidRows"/>.</summary>
    public const int MaxListedRows = 5;

    private readonly int[] _firstInvalidRows;

    internal ColumnValidation(
        string name,
        ColumnKind kind,
        int rowCount,
        int missingCount,
        int nonFiniteCount,
        int outOfRangeCount,
        int invalidCount,
        int[] firstInvalidRows,
        ValueRange? range,
        bool missingAllowed,
        int? levelCount)
    {
        Name = name;
        Kind = kind;
        RowCount = rowCount;
        MissingCount = missingCount;
        NonFiniteCount = nonFiniteCount;
        OutOfRangeCount = outOfRangeCount;
        InvalidCount = invalidCount;
        _firstInvalidRows = firstInvalidRows;
        FirstInvalidRows = ValueList.Wrap(_firstInvalidRows);
        Range = range;
        MissingAllowed = missingAllowed;
        LevelCount = levelCount;
    }

    /// <summary>Gets the column name.</summary>
    public string Name { get; }

    /// <summary>Gets the kind of column.</summary>
    public ColumnKind Kind { get; }

    /// <summary>Gets the number of rows checked.</summary>
    public int RowCount { get; }

    /// <summary>Gets the number of missing values (<see cref="double.NaN"/> or <see cref="CategoricalColumn.MissingCode"/>).</summary>
    public int MissingCount { get; }

    /// <summary>Gets the number of infinite values; always 0 for a categorical column.</summary>
    public int NonFiniteCount { get; }

    /// <summary>Gets the number of finite values outside <see cref="Range"/>; 0 when there is no range.</summary>
    public int OutOfRangeCount { get; }

    /// <summary>Gets the number of invalid rows.</summary>
    public int InvalidCount { get; }

    /// <summary>Gets up to <see cref="MaxListedRows"/> invalid rows (0-based), in ascending order.</summary>
    public IReadOnlyList<int> FirstInvalidRows { get; }

    /// <summary>Gets the allowed range, or null when none was given.</summary>
    public ValueRange? Range { get; }

    /// <summary>Gets whether missing values are allowed.</summary>
    public bool MissingAllowed { get; }

    /// <summary>Gets the number of levels of a categorical column, or null for other columns.</summary>
    public int? LevelCount { get; }

    /// <summary>Gets whether the column has no invalid rows.</summary>
    public bool IsValid => InvalidCount == 0;

    /// <summary>Describes the problems, for example <c>2 non-finite, 3 outside [16, 67]</c>.</summary>
    /// <returns>The description, or <c>valid</c>.</returns>
    public string DescribeProblems()
    {
        if (IsValid)
        {
            return "valid";
        }

        var parts = new List<string>(3);
        if (!MissingAllowed && MissingCount > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{MissingCount} missing"));
        }

        if (NonFiniteCount > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{NonFiniteCount} non-finite"));
        }

        if (OutOfRangeCount > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{OutOfRangeCount} outside {Range}"));
        }

        return string.Join(", ", parts);
    }

    internal string FirstInvalidRowsText()
    {
        if (_firstInvalidRows.Length == 0)
        {
            return "-";
        }

        var text = new StringBuilder();
        foreach (var row in _firstInvalidRows)
        {
            text.Append(text.Length == 0 ? string.Empty : ", ").Append(row.ToString(CultureInfo.InvariantCulture));
        }

        return InvalidCount > _firstInvalidRows.Length ? text.Append(", ...").ToString() : text.ToString();
    }
}
