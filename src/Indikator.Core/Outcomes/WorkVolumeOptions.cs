using Indikator.Core.Internal;
using Indikator.Core.Data;

namespace Indikator.Core.Outcomes;

/// <summary>Parameters of the work-volume outcomes; every default is NAV's value or a documented choice.</summary>
/// <remarks>This type is immutable and thread safe.</remarks>
public sealed record WorkVolumeOptions
{
    /// <summary>Creates options for employment data complete up to and including <paramref name="lastCompleteMonth"/>.</summary>
    /// <param name="lastCompleteMonth">The last month for which employment records are complete.</param>
    public WorkVolumeOptions(YearMonth lastCompleteMonth) => LastCompleteMonth = lastCompleteMonth;

    /// <summary>Gets the last month for which employment records are complete.</summary>
    /// <value>Outcomes that need a later month are censored: <see cref="double.NaN"/>, not 0, and counted.</value>
    public YearMonth LastCompleteMonth { get; init; }

    /// <summary>Gets the outcomes to compute.</summary>
    /// <value>The default is <see cref="WorkOutcome.Nav"/>: atid3, jobb3, atid12, jobb12.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<WorkOutcome> Outcomes { get; init => field = ValueList.Of(value); } = ValueList.Of<WorkOutcome>(WorkOutcome.Nav);

    /// <summary>Gets the weekly hours a month's total must exceed (strictly) to count as in work for <c>jobbH</c>.</summary>
    /// <value>The default is 19 hours, NAV's definition ("more than 19 hours a week").</value>
    public double InWorkHoursThreshold { get; init; } = 19;

    /// <summary>Gets the weekly hours of a full-time job, the denominator of the share of full time.</summary>
    /// <value>The default is 37.5 hours, the normal full-time week in Norway.</value>
    public double FullTimeHours { get; init; } = 37.5;

    /// <summary>Gets the cap on a person's total weekly hours in a month, applied after adding all jobs of the month, or null for no cap.</summary>
    /// <value>The default is 37.5 hours (full time): several jobs or a registration error then cannot push one month above full time and dominate a mean.</value>
    public double? MonthlyHoursCap { get; init; } = 37.5;

    /// <summary>Gets the G table for earnings outcomes.</summary>
    /// <value>The default is <see cref="GrunnbelopTable.Official"/>.</value>
    public GrunnbelopTable Grunnbelop { get; init; } = GrunnbelopTable.Official;
}
