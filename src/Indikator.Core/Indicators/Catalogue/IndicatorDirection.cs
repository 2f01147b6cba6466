namespace Indikator.Core.Indicators.Catalogue;

/// <summary>How a higher value of an indicator is to be read.</summary>
/// <remarks>This enumeration is immutable and thread safe.</remarks>
public enum IndicatorDirection
{
    /// <summary>A higher value is better.</summary>
    HigherIsBetter = 0,

    /// <summary>A lower value is better (for example the time to placement).</summary>
    LowerIsBetter = 1,

    /// <summary>
    /// The indicator describes and must not be read as a norm: the source warns that both too low and
    /// too high values can be bad (for example the length of stay).
    /// </summary>
    NotNormative = 2,
}
