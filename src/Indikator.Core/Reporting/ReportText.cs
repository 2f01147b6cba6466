using System.Globalization;

namespace Indikator.Core.Reporting;

/// <summary>The fixed texts writers and charts add, in English and Norwegian (bokmål).</summary>
internal static partial class ReportText
{
    public static string Suppressed(ReportLanguage language, int minimumPersons) => language == ReportLanguage.Norwegian
        ? string.Format(CultureInfo.InvariantCulture, ": prikket: færre enn {0} personer", minimumPersons)
        : string.Format(CultureInfo.InvariantCulture, ": suppressed: fewer than {0} persons", minimumPersons);

    /// <summary>The footnote for suppressed cells; a table whose cells were suppressed upstream (no threshold known here) says so without a number.</summary>
    public static string Suppressed(ReportLanguage language, int? minimumPersons) => minimumPersons is { } minimum
        ? Suppressed(language, minimum)
        : Pick(language, ": suppressed by disclosure control (too few persons, or to protect a small cell)", ": prikket (for få personer, eller for å skjerme en liten celle)");

    public static string NotAvailable(ReportLanguage language)
        => language == ReportLanguage.Norwegian ? ".. : tall mangler" : ".. : no value";

    public static string Notes(ReportLanguage language) => Pick(language, "Notes", "Merknader");

    public static string Contents(ReportLanguage language) => Pick(language, "Contents", "Innhold");

    public static string Charts(ReportLanguage language) => Pick(language, "Charts", "Figurer");

    public static string Tables(ReportLanguage language) => Pick(language, "Tables", "Tabeller");

    public static string Generated(ReportLanguage language) => Pick(language, "Generated", "Laget");

    public static string Persons(ReportLanguage language) => Pick(language, "Number of persons", "Antall personer");

    public static string PersonsShort(ReportLanguage language) => Pick(language, "persons", "personer");

    public static string Contribution(ReportLanguage language) => Pick(language, "NAV contribution", "NAV-bidrag");

    public static string National(ReportLanguage language) => Pick(language, "National", "Landet");

    public static string NationalAverage(ReportLanguage language) => Pick(language, "National average", "Landsgjennomsnitt");

    public static string Previous(ReportLanguage language) => Pick(language, "Previous result", "Forrige resultat");

    public static string InsideLimits(ReportLanguage language) => Pick(language, "Inside limits", "Innenfor grensene");

    public static string Outside(ReportLanguage language, string limit) => language == ReportLanguage.Norwegian
        ? "Utenfor " + limit
        : "Outside " + limit;

    public static string Limits(ReportLanguage language, string limit) => language == ReportLanguage.Norwegian
        ? limit + " kontrollgrense"
        : limit + " control limit";

    public static string Interval(ReportLanguage language, string series) => language == ReportLanguage.Norwegian
        ? series + ": intervall"
        : series + ": interval";

    private static string Pick(ReportLanguage language, string english, string norwegian)
        => language == ReportLanguage.Norwegian ? norwegian : english;
}
