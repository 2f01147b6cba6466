namespace Indikator.Core.Indicators.Variation;

/// <summary>How stable the units' adjusted results are from one calendar year to the next.</summary>
/// <param name="FromYear">The first year.</param>
/// <param name="ToYear">The next year.</param>
/// <param name="Units">The units with at least two persons in both years.</param>
/// <param name="Pearson">The Pearson correlation of the units' adjusted means in the two years.</param>
/// <param name="Spearman">The Spearman rank correlation.</param>
/// <param name="NoiseCeiling">The correlation expected if every unit's true value were the same in both years: sqrt(R_1 R_2), R_t = tau_t^2 / (tau_t^2 + mean s_ut^2), since noise alone attenuates the correlation (Spearman 1904).</param>
/// <remarks>This record is immutable and thread safe.</remarks>
public sealed record YearStability(int FromYear, int ToYear, int Units, double Pearson, double Spearman, double NoiseCeiling)
{
    /// <summary>Gets the correlation corrected for noise, Pearson / NoiseCeiling: near 1 when the true values are stable and only noise moves the estimates.</summary>
    public double Disattenuated => Pearson / NoiseCeiling;
}
