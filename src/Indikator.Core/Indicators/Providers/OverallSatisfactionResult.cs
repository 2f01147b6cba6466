namespace Indikator.Core.Indicators.Providers;

/// <summary>Question 9 of the participant survey for one provider, programme and year: percent answering yes.</summary>
/// <param name="ProviderId">The provider.</param>
/// <param name="Programme">The programme.</param>
/// <param name="Year">The reporting year.</param>
/// <param name="PercentYes">100 * yes answers / answers.</param>
/// <param name="Answers">The number of answers.</param>
/// <remarks>This record is immutable and thread safe.</remarks>
public sealed record OverallSatisfactionResult(string ProviderId, Programme Programme, int Year, double PercentYes, int Answers);
