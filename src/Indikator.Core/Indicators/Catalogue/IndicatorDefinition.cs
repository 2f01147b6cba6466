using Indikator.Core.Internal;

namespace Indikator.Core.Indicators.Catalogue;

/// <summary>
/// The definition of one indicator: identity, names, meaning, unit, direction, population,
/// applicable programmes, aggregation rule and source.
/// </summary>
/// <remarks>
/// <para>Instances come from <see cref="IndicatorCatalogue"/>; <c>docs/indicators.md</c> lists the same
/// definitions and a test keeps the two in agreement.</para>
/// <para>This record is immutable and thread safe.</para>
/// </remarks>
public sealed record IndicatorDefinition
{
    /// <summary>Gets the stable identifier, lower case ASCII (for example <c>jobb3</c> or <c>formidling_arbeid</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the family of the indicator.</summary>
    public required IndicatorGroup Group { get; init; }

    /// <summary>Gets the number 1-13 in the benchmarking report for provider indicators, or null for the other groups.</summary>
    public int? ProviderNumber { get; init; }

    /// <summary>Gets the Norwegian name.</summary>
    public required string NorwegianName { get; init; }

    /// <summary>Gets the English name.</summary>
    public required string EnglishName { get; init; }

    /// <summary>Gets a description of what is measured and how.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the reporting unit.</summary>
    public required IndicatorUnit Unit { get; init; }

    /// <summary>Gets how a higher value is to be read.</summary>
    public required IndicatorDirection Direction { get; init; }

    /// <summary>Gets the population the indicator is computed over.</summary>
    public required string Population { get; init; }

    /// <summary>Gets the level the value belongs to.</summary>
    public required ReportingLevel Level { get; init; }

    /// <summary>Gets the programmes the indicator applies to, in the order of <see cref="ProgrammeNames.All"/>.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public required IReadOnlyList<Programme> ApplicableProgrammes { get; init => field = ValueList.Of(value); }

    /// <summary>
    /// Gets the programmes for which the indicator applies but must not be read as a norm, because
    /// placement into work is not the programme's aim (VTA, TiA).
    /// </summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<Programme> NotNormativeFor { get; init => field = ValueList.Of(value); } = ValueList<Programme>.Empty;

    /// <summary>Gets the warning to show where the indicator is not normative, or null when it is normative everywhere.</summary>
    public string? NormativeNote { get; init; }

    /// <summary>Gets how observations are combined into a value.</summary>
    public required AggregationRule Aggregation { get; init; }

    /// <summary>Gets the aggregation rule in words, with the formula.</summary>
    public required string AggregationText { get; init; }

    /// <summary>Gets where the indicator is defined.</summary>
    public required IndicatorSource Source { get; init; }

    /// <summary>Returns whether the indicator applies to <paramref name="programme"/>.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>True when the programme is in <see cref="ApplicableProgrammes"/>.</returns>
    public bool AppliesTo(Programme programme) => ApplicableProgrammes.Contains(programme);

    /// <summary>Returns whether the indicator may be read as a norm for <paramref name="programme"/>.</summary>
    /// <param name="programme">The programme, or null for a provider-level reading.</param>
    /// <returns>False when <see cref="Direction"/> is <see cref="IndicatorDirection.NotNormative"/> or the programme is in <see cref="NotNormativeFor"/>.</returns>
    public bool IsNormativeFor(Programme? programme)
        => Direction != IndicatorDirection.NotNormative
            && (programme is not { } p || !NotNormativeFor.Contains(p));
}
