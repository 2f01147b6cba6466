namespace Indikator.Core.Reporting;

/// <summary>Whether a report cell may be shown.</summary>
/// <remarks>
/// <para>
/// Symbols follow Statistics Norway's conventions: a suppressed cell is shown as ":" and a cell with
/// no value as "..". Neither is ever shown as zero.
/// </para>
/// </remarks>
public enum CellStatus
{
    /// <summary>The value is published.</summary>
    Published = 0,

    /// <summary>The value is hidden by disclosure control; it is shown as ":" with a footnote.</summary>
    Suppressed = 1,

    /// <summary>There is no value (for example no previous result); it is shown as "..".</summary>
    NotAvailable = 2,
}
