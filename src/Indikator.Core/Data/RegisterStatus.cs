namespace Indikator.Core.Data;

/// <summary>A person's main registered status with NAV in a month.</summary>
public enum RegisterStatus : byte
{
    /// <summary>Not registered with NAV in the month.</summary>
    NotRegistered = 0,

    /// <summary>Registered job seeker (arbeidssøker).</summary>
    JobSeeker = 1,

    /// <summary>Registered with reduced work capacity (nedsatt arbeidsevne).</summary>
    ReducedWorkCapacity = 2,

    /// <summary>Receives disability benefit (uføretrygd).</summary>
    Disability = 3,
}
