namespace Indikator.Core.Indicators.Providers;

/// <summary>One participant of a programme in a year and whether they used an external work placement (indicator 6).</summary>
/// <param name="ProviderId">The provider.</param>
/// <param name="Programme">The programme.</param>
/// <param name="Year">The reporting year.</param>
/// <param name="UsedExternalPlacement">Whether the participant used a work placement outside the provider's own premises, with follow-up from the provider.</param>
/// <remarks>
/// <para>The record carries no person key. Source: the working-group report, section 4.4.</para>
/// <para>This record is immutable and thread safe.</para>
/// </remarks>
public sealed record ParticipantPlacementUse(string ProviderId, Programme Programme, int Year, bool UsedExternalPlacement);
