namespace Indikator.Core.Indicators.Providers;

/// <summary>A provider's answers to health questions 1-4, which are asked once per provider (indicator 7).</summary>
/// <param name="ProviderId">The provider.</param>
/// <param name="Year">The reporting year.</param>
/// <param name="ExternalNutritionOrActivityCooperation">1. Cooperation with external expertise on nutrition and/or physical activity.</param>
/// <param name="ExternalMentalHealthCooperation">2. Cooperation with external expertise on mental health.</param>
/// <param name="StaffNutritionOrActivityCompetence">3. Staff with formal competence in nutrition and/or physical activity.</param>
/// <param name="StaffMentalHealthCompetence">4. Staff with formal competence in mental health.</param>
/// <remarks>
/// <para>Source: the working-group report, section 4.5.</para>
/// <para>This record is immutable and thread safe.</para>
/// </remarks>
public sealed record ProviderHealthFocus(
    string ProviderId,
    int Year,
    bool ExternalNutritionOrActivityCooperation,
    bool ExternalMentalHealthCooperation,
    bool StaffNutritionOrActivityCompetence,
    bool StaffMentalHealthCompetence)
{
    internal int YesCount
        => (ExternalNutritionOrActivityCooperation ? 1 : 0) + (ExternalMentalHealthCooperation ? 1 : 0)
            + (StaffNutritionOrActivityCompetence ? 1 : 0) + (StaffMentalHealthCompetence ? 1 : 0);
}
