namespace Indikator.Core.Indicators.Providers;

/// <summary>A provider's latest earlier measurement on a <see cref="Scorecard"/>.</summary>
/// <param name="Year">The year of the measurement: the latest year before the scorecard's year with a result.</param>
/// <param name="Value">The result, or null when it is suppressed in its year (fewer persons than the minimum, or secondary suppression).</param>
/// <remarks>This record is immutable and thread safe.</remarks>
public sealed record ScorecardPrevious(int Year, double? Value)
{
    /// <summary>Gets whether the result is suppressed.</summary>
    public bool IsSuppressed => Value is null;
}
