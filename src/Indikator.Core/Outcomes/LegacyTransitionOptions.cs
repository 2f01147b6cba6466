using Indikator.Core.Data;

namespace Indikator.Core.Outcomes;

/// <summary>Parameters of the legacy measure "share in work six months after exit"; defaults follow NAV.</summary>
/// <remarks>This type is immutable and thread safe.</remarks>
public sealed record LegacyTransitionOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="lastObservedMonth">The last month for which both status and employment records are complete.</param>
    /// <param name="ageColumn">The numeric column of the stock panel that holds the person's age (years) in the row's month.</param>
    /// <exception cref="ArgumentException"><paramref name="ageColumn"/> is empty.</exception>
    public LegacyTransitionOptions(YearMonth lastObservedMonth, string ageColumn)
    {
        LastObservedMonth = lastObservedMonth;
        AgeColumn = Internal.Guard.NotEmpty(ageColumn);
    }

    /// <summary>Gets the last month for which both status and employment records are complete.</summary>
    /// <value>Exits whose follow-up month t+<see cref="FollowUpMonths"/> is later are left out and counted.</value>
    public YearMonth LastObservedMonth { get; init; }

    /// <summary>Gets the numeric stock column with the age in years (fractions are truncated).</summary>
    public string AgeColumn { get; init; }

    /// <summary>Gets which exits are followed.</summary>
    /// <value>The default is <see cref="TransitionVariant.Status"/>.</value>
    public TransitionVariant Variant { get; init; } = TransitionVariant.Status;

    /// <summary>Gets the lowest age at exit in the population.</summary>
    /// <value>The default is 20.</value>
    public int MinAge { get; init; } = 20;

    /// <summary>Gets the highest age at exit in the population (inclusive).</summary>
    /// <value>The default is 66.</value>
    public int MaxAge { get; init; } = 66;

    /// <summary>Gets the number of months after t in which the person must not be in the status (or programme) for t to be an exit.</summary>
    /// <value>The default is 2: registered in t and in neither t+1 nor t+2.</value>
    public int ExitGapMonths { get; init; } = 2;

    /// <summary>Gets the number of months from exit to the month whose end gives the outcome.</summary>
    /// <value>The default is 6.</value>
    public int FollowUpMonths { get; init; } = 6;

    /// <summary>Gets how many months before an exit from job seeker are searched for reduced work capacity; if found, the exit counts as an exit from reduced work capacity. 0 turns this off.</summary>
    /// <value>The default is 5, as NAV does: "Arbeidssøkere med avgang og som har vært innom nedsatt arbeidsevne de siste fem
    /// månedene før avgang blir omklassifisert til avgang fra nedsatt arbeidsevne" (NAV, "Om statistikken - overgang til arbeid
    /// og stønad", section 4.1, Avgangsdefinisjon).</value>
    public int ReducedCapacityLookbackMonths { get; init; } = 5;

    /// <summary>Gets the total weekly hours in month t+6 that must be exceeded (strictly) to count as employed, or null to count every registered employee.</summary>
    /// <value>The default is null, as NAV: employed means registered as an employee ("aktivt arbeidstakerforhold i
    /// Arbeidstakerregisteret") at the end of t+6 whatever the contracted hours, so an employment record with 0 hours (an
    /// on-call contract) counts. A value, for example 0 or 19, counts only total weekly hours above it.</value>
    public double? EmploymentHoursThreshold { get; init; }
}
