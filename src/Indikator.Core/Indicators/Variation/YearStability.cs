namespace Indikator.Core.Indicators.Variation;

/// <summary>How stable the units' adjusted results are from one calendar year to the next.</summary>
/// <param name="FromYear">The first year.</param>
/// <param name="ToYear">The next year.</param>
/// <param name="Units">The units with at least two persons in both years.</param>
/// <param name="Pearson">The Pearson correlation of the units' adjusted means in the two years.</param>
/// <param name="Spearman">The Spearman rank correlation.</param>
/// <param name="NoiseCeiling">The correlation expected if every unit's true value were the same in both years and the noise of the
/// two years were independent: sqrt(R_1 R_2), R_t = tau_t^2 / (tau_t^2 + mean s_ut^2) (Spearman's 1904 attenuation).</param>
/// <remarks>
/// <para>The noise of the two years is not independent: many persons are followed in both years, and the outcome windows of
/// December reach into the next year, so part of a person's luck is counted in both. The correlation can therefore
/// exceed <paramref name="NoiseCeiling"/>; read the ceiling as the scale of what independent noise would allow, not as a
/// bound (docs/arbeidsindikatoren.md, section 5a).</para>
/// <para>This record is immutable and thread safe.</para>
/// </remarks>
public sealed record YearStability(int FromYear, int ToYear, int Units, double Pearson, double Spearman, double NoiseCeiling);
