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
    int Excluded)
{
    /// <summary>Gets the number of persons the value describes, which disclosure control compares with its minimum; null when the value describes no persons.</summary>
    /// <value>
    /// Leavers behind the value (8-13: all leavers for 8, 9 and 11, leavers with the date measured for 10, 12 and 13),
    /// participants (6), and for the surveys (1-3) the largest number of answers to one question: answers are anonymous,
    /// but a respondent answers each question at most once, so this is a lower bound on the respondents and suppressing by it
    /// errs on the safe side. Null for staff training (4, about staff, not users), partners (5, firms) and health focus (7,
    /// questions). Null also for results made by hand without it, which are then never suppressed.
    /// </value>
    public int? Persons { get; init; }
}
