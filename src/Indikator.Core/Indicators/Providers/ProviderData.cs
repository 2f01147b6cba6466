namespace Indikator.Core.Indicators.Providers;

/// <summary>
/// The yearly reports of programme providers: survey answers, staff training, placement partners,
/// participants, health answers and exits. Every collection is optional (empty by default).
/// </summary>
/// <remarks>
/// <para>The property names are the collection names used in validation messages, for example
/// <c>NavSurvey[3].Score</c>. <see cref="ProviderIndicatorCalculator"/> validates and indexes the data.</para>
/// <para>This record is immutable and thread safe as long as the lists given to it are not changed.</para>
/// </remarks>
public sealed record ProviderData
{
    /// <summary>Gets the NAV staff survey answers (indicator 1); scores 1-6, or 7 = don't know / not relevant.</summary>
    public IReadOnlyList<ProviderSurveyAnswer> NavSurvey { get; init; } = [];

    /// <summary>Gets the participant survey answers to questions 1-8 (indicator 2); scores 1-6.</summary>
    public IReadOnlyList<ParticipantSurveyAnswer> ParticipantSurvey { get; init; } = [];

    /// <summary>Gets the participant survey answers to question 9, overall satisfied yes/no.</summary>
    public IReadOnlyList<ParticipantOverallSatisfaction> OverallSatisfaction { get; init; } = [];

    /// <summary>Gets the employee survey answers (indicator 3); scores 1-6.</summary>
    public IReadOnlyList<ProviderSurveyAnswer> EmployeeSurvey { get; init; } = [];

    /// <summary>Gets one record per staff member and year (indicator 4).</summary>
    public IReadOnlyList<StaffTraining> StaffTraining { get; init; } = [];

    /// <summary>Gets one record per work-placement partner and year (indicator 5).</summary>
    public IReadOnlyList<PlacementPartner> PlacementPartners { get; init; } = [];

    /// <summary>Gets one record per participant, programme and year (indicator 6).</summary>
    public IReadOnlyList<ParticipantPlacementUse> Participants { get; init; } = [];

    /// <summary>Gets the providers' answers to health questions 1-4 (indicator 7).</summary>
    public IReadOnlyList<ProviderHealthFocus> ProviderHealth { get; init; } = [];

    /// <summary>Gets the providers' answers to health questions 5-6 per programme (indicator 7).</summary>
    public IReadOnlyList<ProgrammeHealthFocus> ProgrammeHealth { get; init; } = [];

    /// <summary>Gets one record per participant who ended a programme (indicators 8-13).</summary>
    public IReadOnlyList<ParticipantExit> Exits { get; init; } = [];
}
