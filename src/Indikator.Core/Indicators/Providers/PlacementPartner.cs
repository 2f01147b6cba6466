using Indikator.Core.Data;

namespace Indikator.Core.Indicators.Providers;

/// <summary>One work-placement partner (a firm or arena) of a provider (indicator 5).</summary>
/// <param name="ProviderId">The provider.</param>
/// <param name="Year">The reporting year.</param>
/// <param name="HasWrittenAgreement">Whether there is a formal written agreement on placements (or a concrete written individual contract).</param>
/// <param name="LastUsed">The last month the partner was used for a placement, or null when never used.</param>
/// <remarks>
/// <para>A partner is active when it has a written agreement and was used in the last 12 months, taken as
/// January to December of the reporting year because data are reported once a year by 15 January.
/// Source: the working-group report, sections 4.3 and 4.14.</para>
/// <para>This record is immutable and thread safe.</para>
/// </remarks>
public sealed record PlacementPartner(string ProviderId, int Year, bool HasWrittenAgreement, YearMonth? LastUsed);
