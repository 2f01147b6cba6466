namespace Indikator.Core.Indicators.Disclosure;

/// <summary>Which totals a published table shows; they are derived from the cells.</summary>
/// <remarks>This enumeration is immutable and thread safe.</remarks>
[Flags]
public enum TableMargins
{
    /// <summary>No totals: only primary suppression is needed.</summary>
    None = 0,

    /// <summary>A total for each row (for a one-way table, its single total).</summary>
    RowTotals = 1,

    /// <summary>A total for each column.</summary>
    ColumnTotals = 2,

    /// <summary>Row totals, column totals and the grand total.</summary>
    Both = RowTotals | ColumnTotals,
}
