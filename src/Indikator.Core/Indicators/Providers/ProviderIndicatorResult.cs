namespace Indikator.Core.Indicators.Providers;

/// <summary>The value of one provider indicator for one provider, programme and year.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="ProviderId">The provider.</param>
/// <param name="Programme">The programme, or null for provider-level indicators (1, 3, 4 and 5), whose value is the same for all the provider's programmes.</param>
/// <param name="Year">The reporting year.</param>
/// <param name="Value">The value in the indicator's unit (see the catalogue).</param>
/// <param name="Basis">
/// The number of observations in the denominator: answers (1-3), counted staff (4), partner records (5),
/// participants (6), questions (7, always 6), leavers (8, 9, 10, 11) or leavers with the date measured (12, 13).
/// </param>
/// <param name="Excluded">
/// Observations left out by the definition and counted here rather than dropped silently: NAV survey
/// answers 7 (1), staff outside the rehabilitation work (4), partners without agreement or recent use (5),
/// AB leavers without a first workday or an employment date (12, 13); otherwise 0.
/// </param>
/// <remarks>This record is immutable and thread safe.</remarks>
public sealed record ProviderIndicatorResult(
    ProviderIndicator Indicator,
    string ProviderId,
    Programme? Programme,
    int Year,
    double Value,
    int Basis,
    int Excluded);
