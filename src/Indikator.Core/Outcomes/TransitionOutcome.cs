namespace Indikator.Core.Outcomes;

/// <summary>
/// The outcome category at the end of month t+6 after an exit in month t, decided in this order of precedence:
/// employment first, then the registered status.
/// </summary>
/// <remarks>
/// <para>1. Employed (weekly hours in t+6 above the employment threshold) and neither registered
/// (job seeker, reduced work capacity or disability) nor receiving a benefit: <see cref="OnlyEmployed"/>.</para>
/// <para>2. Employed otherwise: <see cref="EmployedWithBenefit"/>.</para>
/// <para>3.-5. Not employed: the registered status <see cref="JobSeeker"/>, <see cref="ReducedWorkCapacity"/> or
/// <see cref="Disability"/>.</para>
/// <para>6. Anything else (not employed and not registered): <see cref="Other"/>.</para>
/// </remarks>
public enum TransitionOutcome
{
    /// <summary>Employed, not registered with NAV and no benefit ("kun arbeid").</summary>
    OnlyEmployed = 0,

    /// <summary>Employed and receiving a benefit or still registered with NAV ("arbeid med ytelse").</summary>
    EmployedWithBenefit = 1,

    /// <summary>Not employed; registered job seeker.</summary>
    JobSeeker = 2,

    /// <summary>Not employed; registered with reduced work capacity.</summary>
    ReducedWorkCapacity = 3,

    /// <summary>Not employed; receives disability benefit.</summary>
    Disability = 4,

    /// <summary>Not employed and not registered (education, other income, out of the labour force, emigrated, ...).</summary>
    Other = 5,
}
