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

    /// <summary>NAV's name of a t+6 category of the legacy measure (NAV's published table of exits by status six months later).</summary>
    public static string TransitionOutcome(ReportLanguage language, Outcomes.TransitionOutcome outcome) => outcome switch
    {
        Outcomes.TransitionOutcome.OnlyEmployed => Pick(language, "Only employed", "Kun arbeidstaker"),
        Outcomes.TransitionOutcome.EmployedWithDisabilityBenefit => Pick(language, "Employed with disability benefit", "Arbeidstaker med uføretrygd"),
        Outcomes.TransitionOutcome.EmployedWithOtherBenefit => Pick(language, "Employed with other benefit or follow-up", "Arbeidstaker med annen ytelse/oppfølging"),
        Outcomes.TransitionOutcome.Disability => Pick(language, "Disability benefit", "Uføretrygd"),
        Outcomes.TransitionOutcome.OtherBenefit => Pick(language, "Other benefit", "Annen ytelse"),
        Outcomes.TransitionOutcome.ReducedWorkCapacity => Pick(language, "Reduced work capacity", "Nedsatt arbeidsevne"),
        Outcomes.TransitionOutcome.JobSeeker => Pick(language, "Job seeker", "Arbeidssøker"),
        _ => Pick(language, "Unknown", "Ukjent"),
    };

    private static string Pick(ReportLanguage language, string english, string norwegian)
        => language == ReportLanguage.Norwegian ? norwegian : english;
}
