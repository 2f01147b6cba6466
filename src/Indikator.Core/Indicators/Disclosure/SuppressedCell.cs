using System.Globalization;

namespace Indikator.Core.Indicators.Disclosure;

/// <summary>A cell after suppression: its status and, only when published, its value.</summary>
/// <param name="Status">Whether the cell is published or suppressed, and why.</param>
/// <param name="Value">The count when published; null when suppressed (never 0 in place of a hidden value).</param>
/// <remarks>This type is an immutable value type and is thread safe.</remarks>
public readonly record struct SuppressedCell(SuppressionStatus Status, int? Value)
{
    /// <summary>Gets whether the cell is published.</summary>
    public bool IsPublished => Status == SuppressionStatus.Published;

    /// <summary>Renders the cell for output: the count in invariant culture, or <paramref name="suppressedSymbol"/> when suppressed.</summary>
    /// <param name="suppressedSymbol">The symbol for a suppressed cell; SSB uses <c>:</c>.</param>
    /// <returns>The text to print.</returns>
    public string Render(string suppressedSymbol = ":")
        => Value is { } value ? value.ToString(CultureInfo.InvariantCulture) : suppressedSymbol;
}
