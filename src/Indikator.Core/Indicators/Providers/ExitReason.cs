namespace Indikator.Core.Indicators.Providers;

/// <summary>
/// Why a participant ended the programme (sluttårsak), in the categories of the working-group report
/// (sections 4.6 and 4.7).
/// </summary>
/// <remarks>
/// <para><see cref="ExitReasons"/> groups the values into placement into work (indicator 8) and
/// transition to active solutions (indicator 9).</para>
/// <para>This enumeration is immutable and thread safe.</para>
/// </remarks>
public enum ExitReason
{
    /// <summary>Not set; rejected by validation so that a forgotten reason is not counted as "other".</summary>
    None = 0,

    /// <summary>Work without subsidy (arbeid uten tilskudd). Placement into work.</summary>
    UnsubsidisedWork = 1,

    /// <summary>Work with a time-limited wage subsidy from NAV (arbeid med lønnstilskudd). Placement into work.</summary>
    WageSubsidy = 2,

    /// <summary>Work with open-ended wage subsidy, TULT (tidsubestemt lønnstilskudd). Placement into work.</summary>
    OpenEndedWageSubsidy = 3,

    /// <summary>Work combined with disability pension (arbeid i kombinasjon med uførepensjon). Placement into work.</summary>
    WorkWithDisabilityPension = 4,

    /// <summary>Work with full disability pension and bonus pay in addition (bonuslønn). Placement into work.</summary>
    WorkWithDisabilityPensionAndBonusPay = 5,

    /// <summary>Temporary job or engagement of up to six months (vikariat/engasjement). Placement into work.</summary>
    TemporaryJobUpToSixMonths = 6,

    /// <summary>Self-financed education (egenfinansiert utdanning). Active solution.</summary>
    SelfFinancedEducation = 7,

    /// <summary>Another work-oriented programme run by NAV, also at another provider, approved by NAV before the move (kjeding). Active solution.</summary>
    OtherNavApprovedProgramme = 8,

    /// <summary>Medical treatment approved by NAV. Active solution.</summary>
    NavApprovedMedicalTreatment = 9,

    /// <summary>Any other reason (dropped out, illness, moved, and so on).</summary>
    Other = 10,
}
