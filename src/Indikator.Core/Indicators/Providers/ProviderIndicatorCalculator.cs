using System.Collections.ObjectModel;
using Indikator.Core.Indicators.Catalogue;

namespace Indikator.Core.Indicators.Providers;

/// <summary>
/// Computes the thirteen provider quality indicators per provider, programme and year, exactly as the
/// working-group report on benchmarking of programme providers defines them (sections 4.1-4.11).
/// </summary>
/// <remarks>
/// <para>The data are validated once, in the constructor: an invalid record throws
/// <see cref="ProviderDataException"/> naming the collection, record index and field.</para>
/// <para>Formulas (see <c>docs/indicators.md</c>): surveys, mean of all answers 1-6 (NAV survey answers 7
/// excluded); competence, hours / 7.5 per counted staff member (15 hours = 2 days); partners, count of
/// partners with a written agreement used in the reporting year; placement participants, percent of
/// participants; health, percent of the six questions answered yes; placement, active solutions and
/// formal qualification, percent of leavers; length of stay and AB times, mean weeks (days / 7).</para>
/// <para>This type is immutable after construction and thread safe.</para>
/// </remarks>
public sealed partial class ProviderIndicatorCalculator
{
    /// <summary>The hours in one training day (indicator 4): 15 hours are reported as 2 days.</summary>
    public const double HoursPerTrainingDay = 7.5;

    private readonly ProviderData _data;

    /// <summary>Validates the data and creates a calculator over it.</summary>
    /// <param name="data">The providers' yearly reports.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or one of its collections is null.</exception>
    /// <exception cref="ProviderDataException">A record is invalid: a score outside 1-6 (or a 7 outside the NAV survey), negative or non-finite training hours, an exit before the start, a date or qualification recorded for the wrong programme, an empty provider id, or a duplicate health record.</exception>
    public ProviderIndicatorCalculator(ProviderData data)
    {
        ProviderDataValidator.Validate(data);
        _data = data;
    }

    /// <summary>Gets the validated data.</summary>
    public ProviderData Data => _data;

    /// <summary>
    /// Computes <paramref name="indicator"/> for every provider, programme and year that has data and to
    /// which the indicator applies, ordered by provider id (ordinal), programme and year.
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The results; provider-level indicators (1, 3, 4, 5) have a null programme.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="indicator"/> is not one of the thirteen.</exception>
    public IReadOnlyList<ProviderIndicatorResult> ComputeAll(ProviderIndicator indicator)
    {
        var definition = IndicatorCatalogue.Get(indicator);
        return [.. Evaluate(indicator, null)
            .Where(r => r.Programme is not { } p || definition.AppliesTo(p))
            .OrderBy(r => r.ProviderId, StringComparer.Ordinal)
            .ThenBy(r => r.Programme.HasValue ? (int)r.Programme.Value : -1)
            .ThenBy(r => r.Year)];
    }

    /// <summary>Computes <paramref name="indicator"/> for one provider, programme and year.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="providerId">The provider.</param>
    /// <param name="programme">
    /// The programme. Required for programme-level indicators (2 and 6-13). For provider-level indicators
    /// (1, 3, 4, 5) it may be null; when given it is checked for applicability and the provider-level value is returned.
    /// </param>
    /// <param name="year">The reporting year.</param>
    /// <returns>The result, or null when the provider has no data for it (for example no answers other than "don't know").</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="indicator"/> is not one of the thirteen.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="providerId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="programme"/> is null for a programme-level indicator.</exception>
    /// <exception cref="IndicatorNotApplicableException">The indicator does not apply to <paramref name="programme"/>, for example placement into work for VTA.</exception>
    public ProviderIndicatorResult? Compute(ProviderIndicator indicator, string providerId, Programme? programme, int year)
    {
        ArgumentNullException.ThrowIfNull(providerId);
        var definition = IndicatorCatalogue.Get(indicator);
        if (programme is { } p)
        {
            IndicatorNotApplicableException.ThrowIfNotApplicable(indicator, p);
        }
        else if (definition.Level == ReportingLevel.ProviderProgramme)
        {
            throw new ArgumentException(
                $"Indicator {(int)indicator} '{definition.Id}' is reported per programme; give the programme.", nameof(programme));
        }

        var key = new GroupKey(providerId, definition.Level == ReportingLevel.Provider ? null : programme, year);
        return Evaluate(indicator, key).FirstOrDefault();
    }

    /// <summary>Computes question 9 of the participant survey (overall satisfied, yes/no) as percent yes per provider, programme and year.</summary>
    /// <returns>The results, ordered by provider id (ordinal), programme and year.</returns>
    /// <remarks>The report lists this question with the 1-6 questions but as yes/no; a yes/no answer cannot enter the 1-6 mean, so it is reported beside indicator 2.</remarks>
    public IReadOnlyList<OverallSatisfactionResult> ComputeOverallSatisfaction()
        => [.. _data.OverallSatisfaction
            .GroupBy(r => new GroupKey(r.ProviderId, r.Programme, r.Year))
            .Select(g => new OverallSatisfactionResult(
                g.Key.ProviderId, g.Key.Programme!.Value, g.Key.Year, Percent(g.Count(r => r.Satisfied), g.Count()), g.Count()))
            .OrderBy(r => r.ProviderId, StringComparer.Ordinal)
            .ThenBy(r => r.Programme)
            .ThenBy(r => r.Year)];

    /// <summary>
    /// Returns the percent of leavers by exit reason for one provider, programme and year, so that the
    /// provider can present each item of indicators 8 and 9 separately, as the report asks (sections 4.6 and 4.7).
    /// </summary>
    /// <param name="providerId">The provider.</param>
    /// <param name="programme">The programme.</param>
    /// <param name="year">The reporting year.</param>
    /// <returns>Percent of leavers for every exit reason except <see cref="ExitReason.None"/> (0 where no leaver had it); empty when there were no leavers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="providerId"/> is null.</exception>
    /// <exception cref="IndicatorNotApplicableException"><paramref name="programme"/> is VTA or TiA, for which indicators 8 and 9 do not apply.</exception>
    public IReadOnlyDictionary<ExitReason, double> ExitReasonPercentages(string providerId, Programme programme, int year)
    {
        ArgumentNullException.ThrowIfNull(providerId);
        IndicatorNotApplicableException.ThrowIfNotApplicable(ProviderIndicator.PlacementIntoWork, programme);
        var leavers = Exits(new GroupKey(providerId, programme, year)).ToList();
        var split = leavers.Count == 0
            ? []
            : Enum.GetValues<ExitReason>()
                .Where(reason => reason != ExitReason.None)
                .ToDictionary(reason => reason, reason => Percent(leavers.Count(e => e.Reason == reason), leavers.Count));
        return new ReadOnlyDictionary<ExitReason, double>(split);
    }

    private static double Percent(int part, int whole) => 100.0 * part / whole;

    private static double Weeks(DateOnly from, DateOnly to) => (to.DayNumber - from.DayNumber) / 7.0;
}
