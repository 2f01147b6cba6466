namespace Indikator.Core.Indicators;

/// <summary>
/// The six labour-market programmes (arbeidsmarkedstiltak) covered by the benchmarking system for
/// programme providers (tiltaksarrangører).
/// </summary>
/// <remarks>
/// <para>Source: working-group report on benchmarking of programme providers, section 1.
/// Use <see cref="ProgrammeNames"/> for the official abbreviations and names.</para>
/// <para>This enumeration is immutable and thread safe.</para>
/// </remarks>
public enum Programme
{
    /// <summary>VTA, varig tilrettelagt arbeid: permanent sheltered employment.</summary>
    Vta = 0,

    /// <summary>TiA, tilrettelagt arbeid i arbeidsmarkedsbedrift: adapted work in a labour-market enterprise.</summary>
    Tia = 1,

    /// <summary>Avklaring: work-capacity assessment.</summary>
    Avklaring = 2,

    /// <summary>APS, arbeidspraksis i skjermet virksomhet: work practice in a sheltered enterprise.</summary>
    Aps = 3,

    /// <summary>KiA, kvalifisering i arbeidsmarkedsbedrift: qualification in a labour-market enterprise.</summary>
    Kia = 4,

    /// <summary>AB, arbeid med bistand: supported employment.</summary>
    Ab = 5,
}
