namespace Indikator.Core.Indicators.Catalogue;

/// <summary>The unit an indicator value belongs to.</summary>
/// <remarks>This enumeration is immutable and thread safe.</remarks>
public enum ReportingLevel
{
    /// <summary>A NAV unit (the nation, a region, a county or an office), computed over persons or person-months; breakdowns by group or programme are possible.</summary>
    NavUnit = 0,

    /// <summary>One value per provider and year, the same for all its programmes.</summary>
    Provider = 1,

    /// <summary>One value per provider, programme and year.</summary>
    ProviderProgramme = 2,
}
