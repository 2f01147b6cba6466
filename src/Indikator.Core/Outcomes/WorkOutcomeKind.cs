namespace Indikator.Core.Outcomes;

/// <summary>What a work-volume outcome measures over the months after a measurement month <c>t</c>.</summary>
/// <remarks>Formulas are in <see cref="WorkOutcome"/> and <c>docs/outcomes.md</c>.</remarks>
public enum WorkOutcomeKind
{
    /// <summary><c>atidH</c>: mean over months t+1..t+H of the (capped) total weekly hours.</summary>
    AverageWeeklyHours = 0,

    /// <summary><c>jobbH</c>: 1 when the (capped) total weekly hours in month t+H exceed the in-work threshold, else 0.</summary>
    InWork = 1,

    /// <summary>Mean over months t+1..t+H of the (capped) total weekly hours divided by full-time hours.</summary>
    AverageShareOfFullTime = 2,

    /// <summary>1 when earnings in month t+H exceed k times the monthly G in force in t+H (G / 12), else 0.</summary>
    EarningsAboveGInMonth = 3,

    /// <summary>1 when earnings summed over months t+1..t+H exceed k times the sum of monthly G (G / 12) in force in those months, else 0.</summary>
    EarningsAboveGOverWindow = 4,
}
