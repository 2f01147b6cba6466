namespace Indikator.Core.Indicators.Disclosure;

/// <summary>Options for <see cref="DisclosureControl.Suppress"/>.</summary>
/// <remarks>This record is immutable and thread safe.</remarks>
public sealed record SuppressionOptions
{
    /// <summary>Gets the minimum number of persons for a cell to be published: cells with fewer persons are suppressed.</summary>
    /// <value>The default value is 5: cells with 1-4 persons are suppressed ("fewer than 5").</value>
    public int MinimumCount { get; init; } = 5;

    /// <summary>Gets whether cells with 0 persons are suppressed too.</summary>
    /// <value>
    /// The default value is false: an empty cell shows no person and is published, as in SSB's and NAV's
    /// published tables. Set it to true where an empty cell would itself disclose something, for example
    /// that everyone in a group has the property counted in the other cells.
    /// </value>
    public bool SuppressZeros { get; init; }

    /// <summary>Gets whether secondary (complementary) suppression is applied.</summary>
    /// <value>The default value is true. Turn it off only for tables published without any totals or with totals that are not derivable from the cells.</value>
    public bool ApplySecondarySuppression { get; init; } = true;

    /// <summary>Gets the symbol rendered for a suppressed cell.</summary>
    /// <value>The default value is <c>:</c>, SSB's symbol for "not shown for reasons of confidentiality".</value>
    public string SuppressedSymbol { get; init; } = ":";
}
