namespace Indikator.Core.Indicators.Catalogue;

/// <summary>The family an indicator belongs to.</summary>
/// <remarks>This enumeration is immutable and thread safe.</remarks>
public enum IndicatorGroup
{
    /// <summary>The new work indicator (arbeidsindikatoren): work volume of the whole stock, actual versus expected.</summary>
    WorkIndicator = 0,

    /// <summary>The legacy measure: share in work six months after exit (overgang til arbeid og stønad).</summary>
    LegacyTransition = 1,

    /// <summary>The thirteen quality indicators for programme providers (benchmarking of tiltaksarrangører).</summary>
    ProviderQuality = 2,
}
