using System.Globalization;

namespace Indikator.Core.Reporting;

/// <summary>The fixed texts writers and charts add, in English and Norwegian (bokmål).</summary>
internal static class ReportText
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

    public static string Counties(ReportLanguage language) => Pick(language, "Counties", "Fylker");

    public static string County(ReportLanguage language) => Pick(language, "County", "Fylke");

    public static string Programmes(ReportLanguage language) => Pick(language, "Programmes", "Tiltak");

    public static string Programme(ReportLanguage language) => Pick(language, "Programme", "Tiltak");

    public static string PriorityGroups(ReportLanguage language) => Pick(language, "Priority groups", "Prioriterte grupper");

    public static string Group(ReportLanguage language) => Pick(language, "Group", "Gruppe");

    public static string Definition(ReportLanguage language) => Pick(language, "Definition", "Definisjon");

    public static string PriorityGroupsDescription(ReportLanguage language) => Pick(
        language,
        "Priority groups, pooled over all measurement months. A group is every person-month whose characteristics meet its definition; groups overlap, " +
        "so a person can count in several and the rows do not add up to the country. Contribution (NAV-bidraget) = actual - expected, the group's mean " +
        "residual (variant a); a fixed effect per group (variant b) is not defined for overlapping groups.",
        "Prioriterte grupper, samlet over alle målemåneder. En gruppe er alle personmåneder som oppfyller definisjonen; gruppene overlapper, så en person " +
        "kan telle i flere, og radene summerer ikke til landet. NAV-bidraget = faktisk - forventet, gruppens gjennomsnittlige residual (variant a); en fast " +
        "effekt per gruppe (variant b) er ikke definert for overlappende grupper.");

    public static string PriorityGroupsSuppression(ReportLanguage language) => Pick(
        language,
        "Suppression: small groups are hidden; so is a group inside another published group, or inside the country, when the difference is a small group; " +
        "and each group's months are protected against its pooled value. Differences of three or more published groups are not checked: define groups " +
        "that do not split one another into small pieces.",
        "Prikking: små grupper skjules; det gjør også en gruppe som ligger inni en annen publisert gruppe, eller inni landet, når differansen er en liten " +
        "gruppe; og hver gruppes måneder skjermes mot gruppens samlede verdi. Differanser mellom tre eller flere publiserte grupper kontrolleres ikke: " +
        "definer grupper som ikke deler hverandre i små biter.");

    public static string PriorityGroupsZero(ReportLanguage language, string groups) => language == ReportLanguage.Norwegian
        ? "Gruppene " + groups + " er satt sammen av nivåer av et kjennetegn i risikomodellen (for eksempel aldersgrupper), så deres samlede bidrag er 0 som følge av hvordan modellen er bygd; månedene viser utviklingen."
        : "The groups " + groups + " are made of levels of a characteristic in the risk model (for example age bands), so their pooled contribution is 0 by construction; the months show the development.";

    private static string Pick(ReportLanguage language, string english, string norwegian)
        => language == ReportLanguage.Norwegian ? norwegian : english;
}
