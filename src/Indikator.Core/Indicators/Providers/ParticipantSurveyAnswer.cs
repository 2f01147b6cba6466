namespace Indikator.Core.Indicators.Providers;

/// <summary>One answer to one of questions 1-8 of the participant survey (indicator 2).</summary>
/// <param name="ProviderId">The provider the answer is about.</param>
/// <param name="Programme">The programme the participant took part in; the survey is reported per programme.</param>
/// <param name="Year">The reporting year.</param>
/// <param name="Question">The question number, 1-8; question 9 (yes/no) goes in <see cref="ParticipantOverallSatisfaction"/>.</param>
/// <param name="Score">The answer, 1-6. The participant survey has no don't-know option, so 7 is an error.</param>
/// <remarks>
/// <para>Answers are anonymous: the record carries no participant. Source: the working-group report, section 4.1.2.</para>
/// <para>This record is immutable and thread safe.</para>
/// </remarks>
public sealed record ParticipantSurveyAnswer(string ProviderId, Programme Programme, int Year, int Question, int Score);
