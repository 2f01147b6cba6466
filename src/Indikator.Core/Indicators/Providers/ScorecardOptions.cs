using Indikator.Core.Indicators.Catalogue;

namespace Indikator.Core.Indicators.Providers;

/// <summary>Options for <see cref="Scorecard.Create"/>.</summary>
/// <remarks>This record is immutable and thread safe.</remarks>
public sealed record ScorecardOptions
{
    /// <summary>Gets how many of the best providers nationally the scorecard shows.</summary>
    /// <value>The default value is 5, as in the report's example scorecard; the report allows three or five (section 4.12). Any positive number is accepted.</value>
    public int TopCount { get; init; } = 5;

    /// <summary>
    /// Gets the ranking direction for an indicator whose catalogue direction is
    /// <see cref="IndicatorDirection.NotNormative"/> (length of stay), where the user must choose one;
    /// ignored for other indicators, which rank by their catalogue direction.
    /// </summary>
    /// <value>The default value is null: not-normative indicators then cannot be ranked.</value>
    public IndicatorDirection? RankingDirection { get; init; }

    /// <summary>Gets the minimum number of persons (leavers, participants or respondents, <see cref="ProviderIndicatorResult.Persons"/>) for a provider's result to be shown.</summary>
    /// <value>The default value is 5: results based on fewer than 5 persons are suppressed, with secondary suppression so that the national average does not reveal them (see <see cref="Scorecard"/>). 1 suppresses nothing.</value>
    public int MinimumPersons { get; init; } = 5;
}
