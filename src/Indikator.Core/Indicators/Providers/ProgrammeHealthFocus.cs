namespace Indikator.Core.Indicators.Providers;

/// <summary>A provider's answers to health questions 5-6 for one programme (indicator 7).</summary>
/// <param name="ProviderId">The provider.</param>
/// <param name="Programme">The programme.</param>
/// <param name="Year">The reporting year.</param>
/// <param name="NutritionFocus">5. Focus on nutrition is part of the programme.</param>
/// <param name="PhysicalActivityFocus">6. Focus on physical activity is part of the programme.</param>
/// <remarks>
/// <para>Source: the working-group report, section 4.5 ("for questions 5 and 6 the answer is reported separately for each programme").</para>
/// <para>This record is immutable and thread safe.</para>
/// </remarks>
public sealed record ProgrammeHealthFocus(string ProviderId, Programme Programme, int Year, bool NutritionFocus, bool PhysicalActivityFocus)
{
    internal int YesCount => (NutritionFocus ? 1 : 0) + (PhysicalActivityFocus ? 1 : 0);
}
