using Indikator.Core.Evaluation;
using Indikator.Core.Internal;

namespace Indikator.Core.Synthetic;

/// <summary>
/// A trial with a known effect injected into synthetic data (<see cref="SyntheticOptions.Trial"/>): trial offices with
/// their start months (staggered allowed), an effect size and a ramp, on the employment probability of the offices'
/// users.
/// </summary>
/// <remarks>
/// <para>From the month <c>start + </c><see cref="Horizon"/> on, the employment probability p(s) of every user of a
/// trial office (in follow-up or not, whatever their registration) gets <see cref="EmploymentEffect"/>(k) added,
/// k = s - start - Horizon. So a stock row of measurement month t at a trial office has E[jobb_h] raised by
/// q x EmploymentEffect(t - start) for h = <see cref="Horizon"/> and t &gt;= start, and nothing before: a trial that
/// starts at <c>start</c>, with no anticipation, on the outcome jobb_Horizon (jobb3 by default; q is
/// <see cref="SyntheticTruth.ShareOverNineteenHours"/>). docs/synthetic-data.md, "An injected trial".</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed record SyntheticTrial
{
    /// <summary>The largest |<see cref="Effect"/>|: the DGP's p(s) stays within [0, 1] (its bounds are about 0.04 and 0.92).</summary>
    public const double MaxEffect = 0.04;

    /// <summary>Initializes a trial.</summary>
    /// <param name="offices">The trial offices (synthetic office names such as <c>Oslo 01</c>) with their start months.</param>
    /// <exception cref="ArgumentNullException"><paramref name="offices"/> is null.</exception>
    public SyntheticTrial(IReadOnlyList<TrialOffice> offices)
    {
        Offices = offices;
    }

    /// <summary>Gets the trial offices with their start months.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<TrialOffice> Offices { get; init => field = ValueList.Of(value); }

    /// <summary>Gets the full effect on the monthly employment probability (probability points, -<see cref="MaxEffect"/>
    /// to <see cref="MaxEffect"/>).</summary>
    /// <value>The default value is 0.03.</value>
    public double Effect { get; init; } = 0.03;

    /// <summary>Gets the number of months over which the effect ramps up linearly to <see cref="Effect"/>: month k since
    /// the start gets Effect x min(1, (k + 1) / RampMonths).</summary>
    /// <value>The default value is 1: the full effect from the start.</value>
    public int RampMonths { get; init; } = 1;

    /// <summary>Gets the outcome horizon h the effect is aligned to: the employment probability changes from month
    /// start + h on, so jobb_h measured from the start month on carries the effect.</summary>
    /// <value>The default value is 3 (jobb3, NAV's headline outcome).</value>
    public int Horizon { get; init; } = 3;

    /// <summary>The effect on the employment probability k months after the start of its window (start + <see cref="Horizon"/>).</summary>
    /// <param name="monthsSinceStart">k; the effect is 0 for k &lt; 0.</param>
    /// <returns>Effect x min(1, (k + 1) / RampMonths), or 0.</returns>
    public double EmploymentEffect(int monthsSinceStart)
        => monthsSinceStart < 0 ? 0 : Effect * Math.Min(1.0, (monthsSinceStart + 1) / (double)RampMonths);

    internal void Validate(SyntheticOptions options)
    {
        if (Offices.Count == 0)
        {
            throw new ArgumentException("Trial.Offices must hold at least one office.", nameof(options));
        }

        if (!(Math.Abs(Effect) <= MaxEffect))
        {
            throw new ArgumentOutOfRangeException(nameof(options), Effect, $"Trial.Effect must be between -{MaxEffect} and {MaxEffect}.");
        }

        if (RampMonths < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), RampMonths, "Trial.RampMonths must be at least 1.");
        }

        if (Horizon is < 0 or > 24)
        {
            throw new ArgumentOutOfRangeException(nameof(options), Horizon, "Trial.Horizon must be between 0 and 24.");
        }

        foreach (var office in Offices)
        {
            var start = office.Start.Index - options.StartMonth.Index;
            if (start < 1 || start >= options.Months)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(options), office.Start, $"Trial: office '{office.Office}' starts {office.Start}, outside the stock months after {options.StartMonth}.");
            }
        }

        var twice = Offices.GroupBy(o => o.Office, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new ArgumentException($"Trial: office '{twice.Key}' is listed more than once.", nameof(options));
        }
    }
}
