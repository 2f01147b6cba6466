namespace Indikator.Core.Indicators.Providers;

/// <summary>One answer to question 9 of the participant survey: "All in all, are you satisfied with the provider? (yes/no)".</summary>
/// <param name="ProviderId">The provider the answer is about.</param>
/// <param name="Programme">The programme the participant took part in.</param>
/// <param name="Year">The reporting year.</param>
/// <param name="Satisfied">True for yes.</param>
/// <remarks>
/// <para>A yes/no answer cannot enter the 1-6 mean of indicator 2; it is reported beside it as a
/// percent yes (<see cref="ProviderIndicatorCalculator.ComputeOverallSatisfaction"/>).</para>
/// <para>This record is immutable and thread safe.</para>
/// </remarks>
public sealed record ParticipantOverallSatisfaction(string ProviderId, Programme Programme, int Year, bool Satisfied);
