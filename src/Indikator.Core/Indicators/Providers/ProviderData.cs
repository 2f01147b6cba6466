using Indikator.Core.Internal;

namespace Indikator.Core.Indicators.Providers;

/// <summary>
/// The yearly reports of programme providers: survey answers, staff training, placement partners,
/// participants, health answers and exits. Every collection is optional (empty by default).
/// </summary>
/// <remarks>
/// <para>The property names are the collection names used in validation messages, for example
/// <c>NavSurvey[3].Score</c>. <see cref="ProviderIndicatorCalculator"/> validates and indexes the data.</para>
/// <para>The lists are copied when set, so changing them afterwards does not change the data, and two records with
/// equal lists are equal. This record is immutable and thread safe.</para>
/// </remarks>
public sealed record ProviderData
{
    /// <summary>Gets the NAV staff survey answers (indicator 1); scores 1-6, or 7 = don't know / not relevant.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<ProviderSurveyAnswer> NavSurvey { get; init => field = ValueList.Of(value); } = ValueList<ProviderSurveyAnswer>.Empty;

    /// <summary>Gets the participant survey answers to questions 1-8 (indicator 2); scores 1-6.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<ParticipantSurveyAnswer> ParticipantSurvey { get; init => field = ValueList.Of(value); } = ValueList<ParticipantSurveyAnswer>.Empty;

    /// <summary>Gets the participant survey answers to question 9, overall satisfied yes/no.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<ParticipantOverallSatisfaction> OverallSatisfaction { get; init => field = ValueList.Of(value); } = ValueList<ParticipantOverallSatisfaction>.Empty;

    /// <summary>Gets the employee survey answers (indicator 3); scores 1-6.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<ProviderSurveyAnswer> EmployeeSurvey { get; init => field = ValueList.Of(value); } = ValueList<ProviderSurveyAnswer>.Empty;

    /// <summary>Gets one record per staff member and year (indicator 4).</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<StaffTraining> StaffTraining { get; init => field = ValueList.Of(value); } = ValueList<StaffTraining>.Empty;

    /// <summary>Gets one record per work-placement partner and year (indicator 5).</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<PlacementPartner> PlacementPartners { get; init => field = ValueList.Of(value); } = ValueList<PlacementPartner>.Empty;

    /// <summary>Gets one record per participant, programme and year (indicator 6).</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<ParticipantPlacementUse> Participants { get; init => field = ValueList.Of(value); } = ValueList<ParticipantPlacementUse>.Empty;

    /// <summary>Gets the providers' answers to health questions 1-4 (indicator 7).</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<ProviderHealthFocus> ProviderHealth { get; init => field = ValueList.Of(value); } = ValueList<ProviderHealthFocus>.Empty;

    /// <summary>Gets the providers' answers to health questions 5-6 per programme (indicator 7).</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<ProgrammeHealthFocus> ProgrammeHealth { get; init => field = ValueList.Of(value); } = ValueList<ProgrammeHealthFocus>.Empty;

    /// <summary>Gets one record per participant who ended a programme (indicators 8-13).</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<ParticipantExit> Exits { get; init => field = ValueList.Of(value); } = ValueList<ParticipantExit>.Empty;
}
