namespace Indikator.Core.Indicators.Providers;

/// <summary>The formal qualification a KiA participant obtained (indicator 11, section 4.9).</summary>
/// <remarks>This enumeration is immutable and thread safe.</remarks>
public enum FormalQualification
{
    /// <summary>No formal qualification (the default for every exit).</summary>
    None = 0,

    /// <summary>Trade or journeyman's certificate (fagbrev).</summary>
    TradeCertificate = 1,

    /// <summary>Modules or partial goals within vocational training (moduler og delmål).</summary>
    ModulesOrPartialGoals = 2,

    /// <summary>Apprentice candidacy (lærekandidat).</summary>
    ApprenticeCandidate = 3,

    /// <summary>Certification (sertifisering).</summary>
    Certification = 4,
}
