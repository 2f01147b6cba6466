namespace Indikator.Core.Indicators.Providers;

/// <summary>
/// One answer to one question of a provider-level satisfaction survey: the NAV survey (indicator 1)
/// or the employee survey (indicator 3).
/// </summary>
/// <param name="ProviderId">The provider the answer is about (a firm, never a person).</param>
/// <param name="Year">The reporting year.</param>
/// <param name="Question">The question number, 1 or more.</param>
/// <param name="Score">The answer: 1 (to a very small degree) to 6 (to a very large degree); in the NAV survey also 7 = don't know / not relevant.</param>
/// <remarks>
/// <para>Answers are anonymous: the record carries no respondent. Source: the working-group report, section 4.1.</para>
/// <para>This record is immutable and thread safe.</para>
/// </remarks>
public sealed record ProviderSurveyAnswer(string ProviderId, int Year, int Question, int Score);
