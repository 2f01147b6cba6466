namespace Indikator.Core.Synthetic;

/// <summary>Levels of the categorical columns of the synthetic stock panel (<see cref="SyntheticNavData.Stock"/>); the
/// columns' names are <see cref="Indicators.ColumnNames"/>.</summary>
/// <remarks>
/// <para>Level names are ASCII and lower case so that CSV files and model terms stay simple. The first
/// level listed is not necessarily the reference level of the true base model: see
/// <see cref="SyntheticTruth.BaseCoefficients"/>.</para>
/// <para>This type only holds constants and is thread safe.</para>
/// </remarks>
public static class SyntheticColumns
{
    /// <summary>Gets the levels of <see cref="Indicators.ColumnNames.Gender"/>.</summary>
    public static IReadOnlyList<string> GenderLevels { get; } = ["mann", "kvinne"];

    /// <summary>Gets the levels of <see cref="Indicators.ColumnNames.Education"/>.</summary>
    public static IReadOnlyList<string> EducationLevels { get; } = ["grunnskole", "vgs", "hoyere", "ukjent"];

    /// <summary>Gets the levels of <see cref="Indicators.ColumnNames.Immigrant"/>.</summary>
    public static IReadOnlyList<string> ImmigrantLevels { get; } = ["nei", "ja"];

    /// <summary>Gets the levels of <see cref="Indicators.ColumnNames.ImmigrantOrigin"/>.</summary>
    public static IReadOnlyList<string> ImmigrantOriginLevels { get; } = ["ingen", "eos", "utenfor_eos"];

    /// <summary>Gets the levels of <see cref="Indicators.ColumnNames.County"/>, the counties of 2024.</summary>
    public static IReadOnlyList<string> CountyLevels { get; } =
        ["Oslo", "Akershus", "Østfold", "Buskerud", "Innlandet", "Vestfold", "Telemark", "Agder", "Rogaland", "Vestland", "Møre og Romsdal", "Trøndelag", "Nordland", "Troms", "Finnmark"];

    /// <summary>Gets the levels of <see cref="Indicators.ColumnNames.NeedCategory"/>.</summary>
    public static IReadOnlyList<string> NeedCategoryLevels { get; } = ["standard", "situasjonsbestemt", "spesielt_tilpasset", "varig_tilpasset"];

    /// <summary>Gets the levels of <see cref="Indicators.ColumnNames.Benefit"/>.</summary>
    public static IReadOnlyList<string> BenefitLevels { get; } = ["dagpenger", "aap", "sosialhjelp", "ingen"];

    /// <summary>Gets the levels of <see cref="Indicators.ColumnNames.Status"/>.</summary>
    public static IReadOnlyList<string> StatusLevels { get; } = ["arbeidssoker", "nedsatt_arbeidsevne"];

    /// <summary>Gets the programme names of <see cref="Indicators.ColumnNames.Programme"/> and of <see cref="Data.StatusRecords.ProgrammeLevels"/>: today's programmes
    /// (avklaring, individuell jobbstøtte, arbeidsforberedende trening, arbeidstrening, varig tilrettelagt arbeid, lønnstilskudd, oppfølging, opplæring).</summary>
    public static IReadOnlyList<string> ProgrammeLevels { get; } = ["Avklaring", "IPS", "AFT", "Arbeidstrening", "VTA", "Lonnstilskudd", "Oppfolging", "Opplaering"];
}
