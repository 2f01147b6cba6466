namespace Indikator.Core.Indicators.Providers;

/// <summary>One provider on a <see cref="Scorecard"/>.</summary>
/// <param name="Rank">The competition rank (1 = best; tied values share a rank, the next rank skips: 1, 2, 2, 4).</param>
/// <param name="ProviderId">The provider (a firm).</param>
/// <param name="Value">The provider's result.</param>
/// <param name="Basis">The number of observations behind the result (see <see cref="ProviderIndicatorResult.Basis"/>).</param>
/// <remarks>This record is immutable and thread safe.</remarks>
public sealed record ScorecardEntry(int Rank, string ProviderId, double Value, int Basis);
