using System.Globalization;

namespace Indikator.Core.Indicators;

/// <summary>Official abbreviations and names of the <see cref="Programme"/> values.</summary>
/// <remarks>This type is stateless and thread safe.</remarks>
public static class ProgrammeNames
{
    /// <summary>Gets every programme in the report's order: VTA, TiA, Avklaring, APS, KiA, AB.</summary>
    public static IReadOnlyList<Programme> All { get; } =
        [Programme.Vta, Programme.Tia, Programme.Avklaring, Programme.Aps, Programme.Kia, Programme.Ab];

    /// <summary>Returns the abbreviation used in NAV's tables and in the report (for example <c>TiA</c>).</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>The abbreviation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="programme"/> is not a defined value.</exception>
    public static string Code(Programme programme) => programme switch
    {
        Programme.Vta => "VTA",
        Programme.Tia => "TiA",
        Programme.Avklaring => "Avklaring",
        Programme.Aps => "APS",
        Programme.Kia => "KiA",
        Programme.Ab => "AB",
        _ => throw Undefined(programme),
    };

    /// <summary>Returns the full Norwegian name of the programme.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>The Norwegian name, for example <c>Arbeid med bistand</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="programme"/> is not a defined value.</exception>
    public static string NorwegianName(Programme programme) => programme switch
    {
        Programme.Vta => "Varig tilrettelagt arbeid",
        Programme.Tia => "Tilrettelagt arbeid i arbeidsmarkedsbedrift",
        Programme.Avklaring => "Avklaring",
        Programme.Aps => "Arbeidspraksis i skjermet virksomhet",
        Programme.Kia => "Kvalifisering i arbeidsmarkedsbedrift",
        Programme.Ab => "Arbeid med bistand",
        _ => throw Undefined(programme),
    };

    /// <summary>Parses an abbreviation such as <c>VTA</c> or <c>KiA</c> (case-insensitive).</summary>
    /// <param name="code">The abbreviation.</param>
    /// <returns>The programme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="code"/> is not a known abbreviation.</exception>
    public static Programme Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        foreach (var programme in All)
        {
            if (string.Equals(Code(programme), code.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return programme;
            }
        }

        throw new FormatException(string.Format(
            CultureInfo.InvariantCulture,
            "'{0}' is not a programme; known programmes are {1}.",
            code,
            string.Join(", ", All.Select(Code))));
    }

    /// <summary>Parses an abbreviation of one of the six benchmarking programmes (case-insensitive), without an exception for other codes.</summary>
    /// <param name="code">A programme code from the data, for example <c>KiA</c> or today's <c>AFT</c>.</param>
    /// <param name="programme">The programme, when <paramref name="code"/> is one of the six.</param>
    /// <returns>True when <paramref name="code"/> is one of the six abbreviations.</returns>
    /// <remarks>Programme codes in the data are open (today's programmes such as AFT, IPS, oppfølging or lønnstilskudd);
    /// only the provider benchmarking is limited to the six of the 2011 report. See <see cref="Providers.ProgrammeApplicability"/>.</remarks>
    public static bool TryParse(string? code, out Programme programme)
    {
        foreach (var candidate in All)
        {
            if (code is not null && string.Equals(Code(candidate), code.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                programme = candidate;
                return true;
            }
        }

        programme = default;
        return false;
    }

    private static ArgumentOutOfRangeException Undefined(Programme programme)
        => new(nameof(programme), programme, "The value is not a defined programme.");
}
