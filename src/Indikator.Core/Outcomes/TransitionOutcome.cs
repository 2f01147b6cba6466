namespace Indikator.Core.Outcomes;

/// <summary>
/// The outcome category at the end of month t+6 after an exit in month t: NAV's eight published categories, in
/// NAV's order, decided in this order of precedence: employment first, then the registered status, then benefit.
/// </summary>
/// <remarks>
/// <para>Employed means registered as an employee in month t+6 whatever the hours (an employment record, a
/// 0-hour on-call contract included), unless <see cref="LegacyTransitionOptions.EmploymentHoursThreshold"/> is set.</para>
/// <para>1. Employed, status <see cref="Data.RegisterStatus.Disability"/>: <see cref="EmployedWithDisabilityBenefit"/>.</para>
/// <para>2. Employed and otherwise registered with NAV (job seeker, reduced work capacity) or receiving a benefit:
/// <see cref="EmployedWithOtherBenefit"/>.</para>
/// <para>3. Employed, not registered, no benefit: <see cref="OnlyEmployed"/>.</para>
/// <para>4.-6. Not employed: the registered status <see cref="Disability"/>, <see cref="ReducedWorkCapacity"/> or <see cref="JobSeeker"/>.</para>
/// <para>7. Not employed, not registered, receiving a benefit: <see cref="OtherBenefit"/>.</para>
/// <para>8. None of these: <see cref="Unknown"/>.</para>
/// <para>Source: NAV, "Om statistikken - overgang til arbeid og stønad", section 4.1, and NAV's published table of
/// exits from job seeker / reduced work capacity by status six months later (see docs/outcomes.md).</para>
/// </remarks>
public enum TransitionOutcome
{
    /// <summary>Employed, not registered with NAV and no benefit ("kun arbeidstaker").</summary>
    OnlyEmployed = 0,

    /// <summary>Employed and receiving disability benefit ("arbeidstaker med uføretrygd").</summary>
    EmployedWithDisabilityBenefit = 1,

    /// <summary>Employed and receiving another benefit or still registered with NAV ("arbeidstaker med annen ytelse/oppfølging").</summary>
    EmployedWithOtherBenefit = 2,

    /// <summary>Not employed; receives disability benefit ("uføretrygd").</summary>
    Disability = 3,

    /// <summary>Not employed and not registered, but receiving another benefit ("annen ytelse").</summary>
    OtherBenefit = 4,

    /// <summary>Not employed; registered with reduced work capacity ("nedsatt arbeidsevne").</summary>
    ReducedWorkCapacity = 5,

    /// <summary>Not employed; registered job seeker ("arbeidssøker").</summary>
    JobSeeker = 6,

    /// <summary>Not employed, not registered, no benefit: education, self-employment, other income, emigrated, ... ("ukjent").</summary>
    Unknown = 7,
}
