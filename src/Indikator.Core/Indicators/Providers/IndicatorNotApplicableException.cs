using Indikator.Core.Indicators.Catalogue;

namespace Indikator.Core.Indicators.Providers;

/// <summary>
/// Thrown when an indicator is asked for a programme it does not apply to, for example placement into
/// work (8) for VTA. The message says which indicator, which programme and why.
/// </summary>
/// <remarks>Instances are not shared and need no synchronisation.</remarks>
public sealed class IndicatorNotApplicableException : ArgumentException
{
    /// <summary>Creates the exception with a default message.</summary>
    public IndicatorNotApplicableException()
        : this("The indicator does not apply to the programme.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public IndicatorNotApplicableException(string message)
        : base(message)
    {
        IndicatorId = string.Empty;
        Reason = string.Empty;
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public IndicatorNotApplicableException(string message, Exception innerException)
        : base(message, innerException)
    {
        IndicatorId = string.Empty;
        Reason = string.Empty;
    }

    internal IndicatorNotApplicableException(ProviderIndicator indicator, IndicatorDefinition definition, Programme programme, string reason)
        : base(
            $"Indicator {(int)indicator} '{definition.Id}' ({definition.EnglishName}) does not apply to {ProgrammeNames.Code(programme)}: {reason} "
            + $"It applies to {string.Join(", ", definition.ApplicableProgrammes.Select(ProgrammeNames.Code))}.")
    {
        Indicator = indicator;
        IndicatorId = definition.Id;
        Programme = programme;
        Reason = reason;
    }

    /// <summary>Gets the indicator that was asked for.</summary>
    public ProviderIndicator Indicator { get; }

    /// <summary>Gets the catalogue id of the indicator.</summary>
    public string IndicatorId { get; }

    /// <summary>Gets the programme it was asked for.</summary>
    public Programme Programme { get; }

    /// <summary>Gets why the indicator does not apply, with the section of the report.</summary>
    public string Reason { get; }

    internal static void ThrowIfNotApplicable(ProviderIndicator indicator, Programme programme)
    {
        var definition = IndicatorCatalogue.Get(indicator);
        if (definition.AppliesTo(programme))
        {
            return;
        }

        var reason = indicator switch
        {
            ProviderIndicator.PlacementIntoWork or ProviderIndicator.ActiveSolutions or ProviderIndicator.LengthOfStay =>
                "the report (section 1 and the table «Forslag til indikatorer per tiltak») leaves VTA and TiA out because placement into work is not their aim.",
            ProviderIndicator.FormalQualification =>
                "formal qualification measures a main aim of KiA and the report defines it for KiA leavers only (sections 1 and 4.9).",
            _ => $"the report defines it for AB only (sections 1 and {definition.Source.Section["section ".Length..]}).",
        };
        throw new IndicatorNotApplicableException(indicator, definition, programme, reason);
    }
}
