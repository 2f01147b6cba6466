namespace Indikator.Core.Indicators.Providers;

/// <summary>The training of one staff member of a provider in one year (indicator 4).</summary>
/// <param name="ProviderId">The provider.</param>
/// <param name="Year">The reporting year.</param>
/// <param name="TrainingHours">Paid working hours spent on training in the year (courses, seminars, longer education, internal or external, studies in own time paid by the employer); 0 or more.</param>
/// <param name="TakesPartInRehabilitation">
/// True for staff whose task is to contribute to the rehabilitation process (counsellors, supervisors,
/// support workers, including persons on rehabilitation); false for staff outside it, for example
/// ordinary production staff, who are not counted.
/// </param>
/// <remarks>
/// <para>The record carries no person key: one record per staff member is all the indicator needs.
/// Source: the working-group report, section 4.2.</para>
/// <para>This record is immutable and thread safe.</para>
/// </remarks>
public sealed record StaffTraining(string ProviderId, int Year, double TrainingHours, bool TakesPartInRehabilitation);
