namespace Indikator.Core.Indicators.Disclosure;

/// <summary>Whether a table cell may be published.</summary>
/// <remarks>This enumeration is immutable and thread safe.</remarks>
public enum SuppressionStatus
{
    /// <summary>The value is published.</summary>
    Published = 0,

    /// <summary>Hidden because the cell has fewer persons than the minimum (primary suppression).</summary>
    PrimarySuppressed = 1,

    /// <summary>Hidden so that a primary-suppressed cell cannot be recovered from the margins by subtraction (secondary, complementary suppression).</summary>
    SecondarySuppressed = 2,
}
