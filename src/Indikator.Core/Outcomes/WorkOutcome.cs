using System.Globalization;
using Indikator.Core.Internal;

namespace Indikator.Core.Outcomes;

/// <summary>
/// One work-volume outcome to compute for every person-month of the stock: its name (the output column),
/// what it measures and its horizon <c>H</c> in months.
/// </summary>
/// <remarks>
/// <para>With <c>h(m)</c> the total weekly contracted hours of all the person's jobs in month <c>m</c>, capped at
/// <see cref="WorkVolumeOptions.MonthlyHoursCap"/> (0 in a month without records), and <c>e(m)</c> the summed
/// earnings in month <c>m</c>:</para>
/// <para><c>atidH(t) = (1/H) * sum_{m=t+1..t+H} h(m)</c>;
/// <c>jobbH(t) = 1[h(t+H) &gt; threshold]</c> (threshold 19 hours, strictly greater);
/// share of full time <c>= atidH(t) / fullTimeHours</c>;
/// earnings in month <c>= 1[e(t+H) &gt; k * G(t+H) / 12]</c>;
/// earnings over window <c>= 1[sum_{m=t+1..t+H} e(m) &gt; k * sum_{m=t+1..t+H} G(m) / 12]</c>,
/// where <c>G(m)</c> is the annual G in force in month <c>m</c>.</para>
/// <para>NAV's arbeidsindikatoren uses <c>atid3</c>, <c>jobb3</c>, <c>atid12</c> and <c>jobb12</c>
/// (Meld. St. 33 (2023-2024) box 7.2 and NAV's descriptions); <see cref="Nav"/> lists them.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed record WorkOutcome
{
    /// <summary>The longest horizon accepted, in months (50 years).</summary>
    public const int MaxHorizon = 600;

    private WorkOutcome(string name, WorkOutcomeKind kind, int horizon, double gMultiple)
    {
        Name = Guard.NotEmpty(name);
        if (horizon is < 1 or > MaxHorizon)
        {
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon, $"The horizon must be between 1 and {MaxHorizon} months.");
        }

        Kind = kind;
        Horizon = horizon;
        GMultiple = gMultiple;
    }

    /// <summary>Gets NAV's four outcomes: <c>atid3</c>, <c>jobb3</c>, <c>atid12</c>, <c>jobb12</c>.</summary>
    public static IReadOnlyList<WorkOutcome> Nav { get; } =
        [AverageHours(3), InWork(3), AverageHours(12), InWork(12)];

    /// <summary>Gets the output column name.</summary>
    public string Name { get; }

    /// <summary>Gets what the outcome measures.</summary>
    public WorkOutcomeKind Kind { get; }

    /// <summary>Gets the horizon <c>H</c> in months after the measurement month.</summary>
    public int Horizon { get; }

    /// <summary>Gets the multiple <c>k</c> of G for earnings outcomes; 0 for hours outcomes.</summary>
    public double GMultiple { get; }

    /// <summary>Gets whether the outcome needs earnings.</summary>
    public bool NeedsEarnings => Kind is WorkOutcomeKind.EarningsAboveGInMonth or WorkOutcomeKind.EarningsAboveGOverWindow;

    /// <summary>Average weekly working hours over months t+1..t+H (<c>atidH</c>).</summary>
    /// <param name="horizon">H, 1 to <see cref="MaxHorizon"/>.</param>
    /// <param name="name">The output column; the default is <c>atid{H}</c>.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is out of range.</exception>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public static WorkOutcome AverageHours(int horizon, string? name = null)
        => new(name ?? Invariant($"atid{horizon}"), WorkOutcomeKind.AverageWeeklyHours, horizon, 0);

    /// <summary>In work H months after t: total weekly hours in month t+H above the threshold (<c>jobbH</c>).</summary>
    /// <param name="horizon">H, 1 to <see cref="MaxHorizon"/>.</param>
    /// <param name="name">The output column; the default is <c>jobb{H}</c>.</param>
    /// <returns>The outcome (values 0 or 1).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is out of range.</exception>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public static WorkOutcome InWork(int horizon, string? name = null)
        => new(name ?? Invariant($"jobb{horizon}"), WorkOutcomeKind.InWork, horizon, 0);

    /// <summary>Average share of full time over months t+1..t+H: <c>atidH / fullTimeHours</c>.</summary>
    /// <param name="horizon">H, 1 to <see cref="MaxHorizon"/>.</param>
    /// <param name="name">The output column; the default is <c>atidandel{H}</c>.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is out of range.</exception>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public static WorkOutcome ShareOfFullTime(int horizon, string? name = null)
        => new(name ?? Invariant($"atidandel{horizon}"), WorkOutcomeKind.AverageShareOfFullTime, horizon, 0);

    /// <summary>Earnings in month t+H above <paramref name="multiple"/> times the monthly G (G / 12) in force in t+H.</summary>
    /// <param name="horizon">H, 1 to <see cref="MaxHorizon"/>.</param>
    /// <param name="multiple">k, finite and positive (for example 1 or 2).</param>
    /// <param name="name">The output column; the default is <c>inntekt{k}G_m{H}</c>.</param>
    /// <returns>The outcome (values 0 or 1).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The horizon or multiple is out of range.</exception>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public static WorkOutcome EarningsAboveGInMonth(int horizon, double multiple, string? name = null)
        => new(name ?? Invariant($"inntekt{multiple}G_m{horizon}"), WorkOutcomeKind.EarningsAboveGInMonth, horizon, CheckMultiple(multiple));

    /// <summary>Earnings summed over months t+1..t+H above <paramref name="multiple"/> times the summed monthly G (G / 12) in force in those months.</summary>
    /// <param name="horizon">H, 1 to <see cref="MaxHorizon"/>.</param>
    /// <param name="multiple">k, finite and positive (for example 1 or 2).</param>
    /// <param name="name">The output column; the default is <c>inntekt{k}G_sum{H}</c>.</param>
    /// <returns>The outcome (values 0 or 1).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The horizon or multiple is out of range.</exception>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public static WorkOutcome EarningsAboveGOverWindow(int horizon, double multiple, string? name = null)
        => new(name ?? Invariant($"inntekt{multiple}G_sum{horizon}"), WorkOutcomeKind.EarningsAboveGOverWindow, horizon, CheckMultiple(multiple));

    private static double CheckMultiple(double multiple)
        => double.IsFinite(multiple) && multiple > 0
            ? multiple
            : throw new ArgumentOutOfRangeException(nameof(multiple), multiple, "The multiple of G must be finite and positive.");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
