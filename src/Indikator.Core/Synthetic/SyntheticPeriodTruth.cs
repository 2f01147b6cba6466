using Indikator.Core.Data;

namespace Indikator.Core.Synthetic;

/// <summary>The true period effect of a calendar month, and what it implies for outcomes measured in that month.</summary>
/// <param name="Month">The calendar month.</param>
/// <param name="Effect">The effect on the probability of any work in this month, centred to mean zero over the stock months.</param>
/// <param name="Jobb3Effect">For measurement month t = <paramref name="Month"/>: q * effect(t+3); NaN when t+3 lies beyond the records.</param>
/// <param name="Atid3Effect">m * mean of effect(t+1..t+3); NaN when censored.</param>
/// <param name="Jobb12Effect">q * effect(t+12); NaN when censored.</param>
/// <param name="Atid12Effect">m * mean of effect(t+1..t+12); NaN when censored.</param>
/// <remarks>This record is immutable and thread safe.</remarks>
public sealed record SyntheticPeriodTruth(
    YearMonth Month,
    double Effect,
    double Jobb3Effect,
    double Atid3Effect,
    double Jobb12Effect,
    double Atid12Effect);
