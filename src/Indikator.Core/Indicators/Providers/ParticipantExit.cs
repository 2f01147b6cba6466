namespace Indikator.Core.Indicators.Providers;

/// <summary>One participant who ended a programme at a provider (indicators 8-13).</summary>
/// <param name="ProviderId">The provider.</param>
/// <param name="Programme">The programme.</param>
/// <param name="StartDate">The date the participant started in the programme.</param>
/// <param name="ExitDate">The date the participant ended the programme; its year is the reporting year.</param>
/// <param name="Reason">Why the participant ended the programme.</param>
/// <remarks>
/// <para>The record carries no person key and no person appears in any message about it: validation
/// errors name the record index only. Source: the working-group report, sections 4.6-4.11.</para>
/// <para>This record is immutable and thread safe.</para>
/// </remarks>
public sealed record ParticipantExit(string ProviderId, Programme Programme, DateOnly StartDate, DateOnly ExitDate, ExitReason Reason)
{
    /// <summary>Gets the formal qualification obtained; KiA only (indicator 11).</summary>
    /// <value>The default value is <see cref="FormalQualification.None"/>.</value>
    public FormalQualification Qualification { get; init; }

    /// <summary>Gets the first day in working life (work or work practice); AB only (indicator 12). Null when the participant never started.</summary>
    public DateOnly? FirstWorkday { get; init; }

    /// <summary>Gets the date the participant was employed; AB only (indicator 13). Null when not employed.</summary>
    public DateOnly? EmploymentDate { get; init; }

    /// <summary>Gets the reporting year, the year of <see cref="ExitDate"/>.</summary>
    public int Year => ExitDate.Year;
}
