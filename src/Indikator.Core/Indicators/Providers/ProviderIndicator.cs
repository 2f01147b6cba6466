namespace Indikator.Core.Indicators.Providers;

/// <summary>
/// The thirteen quality indicators for programme providers, numbered as in the working-group report
/// on benchmarking of programme providers (sections 4.1-4.11).
/// </summary>
/// <remarks>
/// <para>Each value has a catalogue definition: <see cref="Catalogue.IndicatorCatalogue.Get(ProviderIndicator)"/>.</para>
/// <para>This enumeration is immutable and thread safe.</para>
/// </remarks>
public enum ProviderIndicator
{
    /// <summary>Not an indicator; the default value, rejected by every method.</summary>
    None = 0,

    /// <summary>1. Satisfaction survey of NAV staff (NAV-undersøkelse), section 4.1.1.</summary>
    NavSurvey = 1,

    /// <summary>2. Satisfaction survey of participants (brukerundersøkelse), per programme, section 4.1.2.</summary>
    ParticipantSurvey = 2,

    /// <summary>3. Satisfaction survey of the provider's employees (bedriftsundersøkelse), section 4.1.3.</summary>
    EmployeeSurvey = 3,

    /// <summary>4. Competence development: training days per staff member per year, section 4.2.</summary>
    CompetenceDevelopment = 4,

    /// <summary>5. Work-placement partners with a written agreement used in the last 12 months, section 4.3.</summary>
    PlacementPartners = 5,

    /// <summary>6. Percent of participants using external work placements, per programme, section 4.4.</summary>
    PlacementParticipants = 6,

    /// <summary>7. Health focus: percent of six yes/no questions answered yes, section 4.5.</summary>
    HealthFocus = 7,

    /// <summary>8. Placement into work: percent of leavers who go to work, section 4.6. Not for VTA and TiA.</summary>
    PlacementIntoWork = 8,

    /// <summary>9. Transition to active solutions: percent of leavers, section 4.7. Not for VTA and TiA.</summary>
    ActiveSolutions = 9,

    /// <summary>10. Length of stay: mean weeks in the programme at exit, section 4.8. Not for VTA and TiA.</summary>
    LengthOfStay = 10,

    /// <summary>11. Formal qualification: percent of KiA leavers with a formal qualification, section 4.9. KiA only.</summary>
    FormalQualification = 11,

    /// <summary>12. Time to first workday: mean weeks from start to start in working life, section 4.10. AB only.</summary>
    TimeToFirstWorkday = 12,

    /// <summary>13. Time to placement: mean weeks from start to employment, section 4.11. AB only.</summary>
    TimeToPlacement = 13,
}
