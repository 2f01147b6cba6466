using System.Globalization;
using Indikator.Core.Indicators.Work;

namespace Indikator.Core.Reporting;

/// <summary>The texts of the composed indicator report (titles, headers, notes, chart labels), in English and Norwegian (bokmål).</summary>
internal static partial class ReportText
{
    public static string ReportTitle(ReportLanguage language)
        => Pick(language, "Arbeidsindikatoren: work indicator report", "Arbeidsindikatoren: rapport");

    public static string NotCausal(ReportLanguage language) => Pick(
        language,
        "The NAV contribution (NAV-bidraget) is not a causal effect. It is the actual outcome minus the outcome expected for the " +
        "same users (age, gender, education, immigrant background, need category, benefit, time registered, prior work) and " +
        "labour market, relative to the average over the whole observation period. Differences can come from " +
        "characteristics the model does not see. Read a high or low value as worth looking into, never as a verdict.",
        "NAV-bidraget er ikke en årsakseffekt. Det er faktisk utfall minus utfallet som er forventet for de samme brukerne " +
        "(alder, kjønn, utdanning, innvandrerbakgrunn, innsatsgruppe, ytelse, tid registrert, tidligere arbeid) og det samme " +
        "arbeidsmarkedet, sammenlignet med gjennomsnittet over hele observasjonsperioden. Forskjeller kan komme av kjennetegn " +
        "modellen ikke ser. Les en høy eller lav verdi som noe å se nærmere på, aldri som en dom.");

    public static string RelativeToPeriod(ReportLanguage language, bool withinMonth) => withinMonth
        ? Pick(
            language,
            "The risk model has measurement-month effects (compare within the same month): every unit is compared with the national level of the same month, so the national contribution is 0 in every month and the report has no national time series.",
            "Risikomodellen har effekter for målemåned (sammenligning innen samme måned): hver enhet sammenlignes med landet i samme måned, så landets bidrag er 0 hver måned og rapporten har ingen tidsserie for landet.")
        : Pick(
            language,
            "The contribution is relative: better or worse than the average over the whole observation period (one risk model pooled over all months, as NAV's). The national contribution therefore varies from month to month and shows how NAV's contribution develops over time.",
            "Bidraget er relativt: bedre eller dårligere enn gjennomsnittet over hele observasjonsperioden (én risikomodell for alle måneder, som NAVs). Landets bidrag varierer derfor fra måned til måned og viser hvordan NAVs bidrag utvikler seg over tid.");

    public static string SuppressionNote(ReportLanguage language, int minimum) => language == ReportLanguage.Norwegian
        ? string.Create(CultureInfo.InvariantCulture, $"Prikking: en celle som beskriver færre enn {minimum} personer, publiseres ikke og vises som ':' (med sekundær prikking der en sum ville avsløre den). Prikkede celler vises aldri som null.")
        : string.Create(CultureInfo.InvariantCulture, $"Suppression: a cell that describes fewer than {minimum} persons is not published and is shown as ':' (with secondary suppression where a total would reveal it). Suppressed cells are never shown as zero.");

    public static string DataSource(ReportLanguage language, string source) => Pick(language, "Data source: ", "Datakilde: ") + source;

    public static string SyntheticProviders(ReportLanguage language) => Pick(
        language,
        "The provider scorecards use synthetic provider data (SyntheticProviderData): no real provider is described.",
        "Målkortene for tiltaksarrangører bruker syntetiske data (SyntheticProviderData): ingen virkelig arrangør er beskrevet.");

    /// <summary>Which contribution a table or chart shows: NAV's mean residual or the fixed-effect variant, raw or shrunk.</summary>
    public static string VariantLabel(ReportLanguage language, ContributionVariant variant, bool shrunk) => (variant, shrunk) switch
    {
        (ContributionVariant.MeanResidual, false) => Pick(language, "NAV's mean residual, raw", "NAVs gjennomsnittlige residual, rå"),
        (ContributionVariant.MeanResidual, true) => Pick(language, "NAV's mean residual, shrunk", "NAVs gjennomsnittlige residual, krympet"),
        (_, false) => Pick(language, "fixed-effect variant, raw", "variant med faste effekter, rå"),
        _ => Pick(language, "fixed-effect variant, shrunk", "variant med faste effekter, krympet"),
    };

    public static string VariantNote(ReportLanguage language) => Pick(
        language,
        "Variant: every table and chart shows NAV's published variant, the mean residual of a risk model without unit effects; the contribution, its interval and the charts are raw (not shrunk), the column 'Shrunken' is the same contribution pulled towards the mean in proportion to its noise.",
        "Variant: alle tabeller og figurer viser NAVs publiserte variant, gjennomsnittlig residual fra en risikomodell uten enhetseffekter; bidraget, intervallet og figurene er rå (ikke krympet), kolonnen 'Krympet' er det samme bidraget trukket mot gjennomsnittet i takt med usikkerheten.");

    public static string VariantSentence(ReportLanguage language, ContributionVariant variant, bool alsoShrunk)
    {
        var raw = VariantLabel(language, variant, false);
        return alsoShrunk
            ? Pick(language, $"Variant: {raw}; 'Shrunken' is the same contribution shrunk.", $"Variant: {raw}; 'Krympet' er det samme bidraget krympet.")
            : Pick(language, $"Variant: {raw}.", $"Variant: {raw}.");
    }

    public static string OutcomeName(ReportLanguage language, string outcome, string? english, string? norwegian)
        => (language == ReportLanguage.Norwegian ? norwegian : english) is { } name ? $"{outcome}: {name}" : outcome;

    public static string ContributionUnit(ReportLanguage language, ReportColumnKind kind) => kind switch
    {
        ReportColumnKind.Percent => Pick(language, "percentage points", "prosentpoeng"),
        ReportColumnKind.Hours => Pick(language, "hours per week", "timer per uke"),
        _ => Pick(language, "outcome units", "enheter av utfallet"),
    };

    public static string LevelHeader(ReportLanguage language, string column) => column switch
    {
        "office" => Pick(language, "Office", "Kontor"),
        "region" => Pick(language, "Region", "Region"),
        "county" => Pick(language, "County", "Fylke"),
        "need_category" => Pick(language, "Need category", "Innsatsgruppe"),
        "programme" => Pick(language, "Programme", "Tiltak"),
        _ => column,
    };

    /// <summary>The machine name (CSV and JSON) of a level's column: the same in every table of a report in one language.</summary>
    public static string LevelKey(ReportLanguage language, string column) => language == ReportLanguage.Norwegian
        ? column switch
        {
            "office" => "kontor",
            "county" => "fylke",
            "need_category" => "innsatsgruppe",
            "programme" => "tiltak",
            _ => column,
        }
        : column;

    public static string LevelTitle(ReportLanguage language, string level) => level switch
    {
        "office" => Pick(language, "Offices", "Kontorer"),
        "region" => Pick(language, "Regions", "Regioner"),
        "county" => Pick(language, "Counties", "Fylker"),
        "need_category" => Pick(language, "Need categories", "Innsatsgrupper"),
        "programme" => Pick(language, "Programmes", "Tiltak"),
        "region_need_category" => Pick(language, "Regions by need category", "Regioner etter innsatsgruppe"),
        "office_need_category" => Pick(language, "Offices by need category", "Kontorer etter innsatsgruppe"),
        _ => level,
    };

    public static string Key(ReportLanguage language, string english, string norwegian) => Pick(language, english, norwegian);

    public static string Month(ReportLanguage language) => Pick(language, "Month", "Måned");

    public static string Outcome(ReportLanguage language) => Pick(language, "Outcome", "Utfall");

    public static string PersonsHeader(ReportLanguage language) => Pick(language, "Persons", "Personer");

    public static string PersonMonths(ReportLanguage language) => Pick(language, "Person-months", "Personmåneder");

    public static string Actual(ReportLanguage language) => Pick(language, "Actual", "Faktisk");

    public static string ActualMean(ReportLanguage language) => Pick(language, "Actual mean", "Faktisk gjennomsnitt");

    public static string Expected(ReportLanguage language) => Pick(language, "Expected", "Forventet");

    public static string ContributionHeader(ReportLanguage language) => Pick(language, "Contribution", "Bidrag");

    public static string Lower(ReportLanguage language, string level) => Pick(language, $"Lower {level} %", $"Nedre {level} %");

    public static string Upper(ReportLanguage language, string level) => Pick(language, $"Upper {level} %", $"Øvre {level} %");

    public static string Shrunken(ReportLanguage language) => Pick(language, "Shrunken", "Krympet");

    public static string Reliability(ReportLanguage language) => Pick(language, "Reliability", "Reliabilitet");

    public static string UnitsDescription(ReportLanguage language, string outcome, string unit, string level) => Pick(
        language,
        $"{outcome}, pooled over all measurement months. Actual and expected are mean outcomes; contribution (NAV-bidraget) = actual - expected, " +
        $"in {unit}, with its {level} % confidence interval (lower, upper). Shrunken: the contribution pulled towards the " +
        "mean in proportion to its noise (empirical Bayes). Reliability: the share of the unit's variation that is signal rather than noise (0 to 1).",
        $"{outcome}, samlet over alle målemåneder. Faktisk og forventet er gjennomsnittlige utfall; bidrag (NAV-bidraget) = faktisk - forventet, " +
        $"i {unit}, med {level} % konfidensintervall (nedre, øvre). Krympet: bidraget trukket mot gjennomsnittet i takt med " +
        "usikkerheten (empirisk Bayes). Reliabilitet: andelen av enhetens variasjon som er signal og ikke støy (0 til 1).");

    public static string CovariateLevelNote(ReportLanguage language, string column, string unit) => Pick(
        language,
        $"'{column}' is a characteristic in the risk model, so each {unit}'s expected mean equals its actual mean and its contribution is 0 by construction; the table shows the levels, not a comparison.",
        $"{char.ToUpperInvariant(unit[0])}{unit[1..]} er et kjennetegn i risikomodellen, så forventet gjennomsnitt for hver {unit} er lik det faktiske, og bidraget er 0 per konstruksjon; tabellen viser nivåene, ikke en sammenligning.");

    public static string CrossedNote(ReportLanguage language, string parts, string first, string firstTable) => Pick(
        language,
        $"One row per {parts} that occurs. The contributions of a {first}'s rows, weighted by person-months, average to " +
        $"the {first}'s own contribution. The cells are small: more are suppressed, also where the {first} " +
        "and category totals in the other tables would reveal them.",
        $"Én rad per kombinasjon ({parts}) som forekommer. Vektet med personmåneder er gjennomsnittet av radene med samme " +
        $"{first} lik bidraget i tabellen for {firstTable}. Cellene er små: flere er prikket, også der summene i de andre " +
        "tabellene ville avsløre dem.");

    public static string NationalTitle(ReportLanguage language) => Pick(language, "National level per outcome", "Landet per utfall");

    public static string NationalDescription(ReportLanguage language) => Pick(
        language,
        "The whole country, pooled over all measurement months. Pooled over the period the national contribution is 0 by construction: contributions are relative to the average over the period; the national contribution per month is in its own table.",
        "Hele landet, samlet over alle målemåneder. Samlet over perioden er landets bidrag 0 per konstruksjon: bidragene er relative til gjennomsnittet over perioden; landets bidrag per måned står i en egen tabell.");

    public static string NationalMonthlyTitle(ReportLanguage language, string outcome)
        => Pick(language, $"National contribution per month: {outcome}", $"Landets bidrag per måned: {outcome}");

    public static string NationalMonthlyDescription(ReportLanguage language, string unit, string level) => Pick(
        language,
        $"The whole country in each measurement month: actual and expected mean, and the contribution (actual - expected) in {unit} with its {level} % confidence interval. " +
        "The contribution is relative to the average over the whole observation period, so it shows how NAV's contribution develops over time. " +
        "The standard error counts both the month's own noise and the uncertainty of the model, and their covariance (docs/arbeidsindikatoren.md, section 3).",
        $"Hele landet i hver målemåned: faktisk og forventet gjennomsnitt, og bidraget (faktisk - forventet) i {unit} med {level} % konfidensintervall. " +
        "Bidraget er relativt til gjennomsnittet over hele observasjonsperioden, og viser hvordan NAVs bidrag utvikler seg over tid. " +
        "Standardfeilen tar med både månedens egen støy og usikkerheten i modellen, og samvariasjonen mellom dem.");

    public static string NationalSeriesTitle(ReportLanguage language, string outcome, string level) => Pick(
        language,
        $"National NAV contribution per month with its {level} % interval ({outcome})",
        $"Landets NAV-bidrag per måned med {level} % intervall ({outcome})");

    public static string PeriodAverage(ReportLanguage language) => Pick(language, "Average over the period (0)", "Gjennomsnitt for perioden (0)");

    public static string ContributionAxis(ReportLanguage language, string unit) => Pick(language, $"NAV contribution ({unit})", $"NAV-bidrag ({unit})");

    public static string FunnelTitle(ReportLanguage language, string level, string outcome) => Pick(
        language,
        $"Funnel plot: NAV contribution by {level} against size ({outcome})",
        $"Traktplott: NAV-bidrag per {level} mot størrelse ({outcome})");

    public static string OfficeSeriesTitle(ReportLanguage language, string office, string level, string outcome) => Pick(
        language,
        $"Monthly NAV contribution of {office} with its {level} % interval ({outcome})",
        $"NAV-bidraget til {office} per måned med {level} % intervall ({outcome})");

    /// <summary>A confidence level as a label, "99.8 %" in English and "99,8 %" in Norwegian.</summary>
    public static string LimitLabel(ReportLanguage language, string level)
        => (language == ReportLanguage.Norwegian ? level.Replace('.', ',') : level) + " %";

    public static string WithVariant(string title, string variant) => $"{title} [{variant}]";

    public static string LegacyExplanation(ReportLanguage language) => Pick(
        language,
        "The legacy measure (in work six months after exit) counts only persons who left the status, and asks whether they " +
        "were employed six months later: it conditions on exit and is not adjusted for who the users are or for the local " +
        "labour market. The new indicator follows everyone in follow-up each month, whether or not they leave, and compares " +
        "the actual outcome with the outcome expected for those users (the NAV contribution). A unit with many users far " +
        "from work can have a low legacy share and a positive contribution; the two need not rank units alike.",
        "Det gamle målet (i arbeid seks måneder etter avgang) teller bare personer som gikk ut av statusen, og spør om de " +
        "var i arbeid seks måneder senere: det betinger på avgang og er ikke justert for hvem brukerne er eller for det lokale " +
        "arbeidsmarkedet. Den nye indikatoren følger alle i oppfølging hver måned, enten de går ut eller ikke, og sammenligner " +
        "faktisk utfall med utfallet som er forventet for disse brukerne (NAV-bidraget). En enhet med mange brukere langt " +
        "fra arbeid kan ha lav andel i det gamle målet og positivt bidrag; de to trenger ikke rangere enhetene likt.");

    public static string LegacyTitle(ReportLanguage language, string level) => level == "office"
        ? Pick(language, "Legacy measure beside the new indicator: offices", "Gammelt mål ved siden av den nye indikatoren: kontorer")
        : Pick(language, "Legacy measure beside the new indicator: regions", "Gammelt mål ved siden av den nye indikatoren: regioner");

    public static string LegacyDescription(ReportLanguage language, string outcome, string unit) => Pick(
        language,
        $"Legacy: exits and the share of them in work six months after exit (unadjusted). New: {outcome} for everyone in follow-up, actual mean and risk-adjusted contribution in {unit}. Same units, side by side.",
        $"Gammelt mål: avganger og andelen av dem i arbeid seks måneder etter avgang (ujustert). Nytt: {outcome} for alle i oppfølging, faktisk gjennomsnitt og risikojustert bidrag i {unit}. Samme enheter, side om side.");

    public static string LegacyExits(ReportLanguage language) => Pick(language, "Legacy: exits", "Gammelt: avganger");

    public static string LegacyShare(ReportLanguage language) => Pick(language, "Legacy: in work", "Gammelt: i arbeid");

    public static string NewPersons(ReportLanguage language) => Pick(language, "New: persons", "Nytt: personer");

    public static string NewActual(ReportLanguage language) => Pick(language, "New: actual", "Nytt: faktisk");

    public static string NewContribution(ReportLanguage language) => Pick(language, "New: contribution", "Nytt: bidrag");

    public static string ProviderWarning(ReportLanguage language) => Pick(
        language,
        "The provider indicators describe; reading them as norms, for example placement figures for programmes whose aim is not placement (VTA, TiA), is the misuse the working-group report warns against.",
        "Indikatorene for tiltaksarrangører beskriver; å lese dem som normer, for eksempel formidlingstall for tiltak som ikke har formidling som mål (VTA, TiA), er den feilbruken arbeidsgruppens rapport advarer mot.");

    public static string Scorecard(ReportLanguage language, string name, bool synthetic)
        => Pick(language, "Scorecard: ", "Målkort: ") + name + (synthetic ? Pick(language, " (synthetic providers)", " (syntetiske arrangører)") : string.Empty);

    public static string ProvidersAverage(ReportLanguage language, int count) => language == ReportLanguage.Norwegian
        ? string.Create(CultureInfo.InvariantCulture, $"Landsgjennomsnitt ({count} arrangører)")
        : string.Create(CultureInfo.InvariantCulture, $"National average ({count} providers)");

    public static string ScorecardDescription(ReportLanguage language, int top, int count, string own, int minimumBasis, int suppressed) => language == ReportLanguage.Norwegian
        ? string.Create(CultureInfo.InvariantCulture, $"De {top} beste av {count} arrangører og egen arrangør ({own}); forrige resultat er arrangørens siste tidligere måling. Landsgjennomsnitt: uvektet gjennomsnitt over arrangørene. Resultater med færre enn {minimumBasis} personer er skjult ({suppressed} i år, med sekundær skjuling).")
        : string.Create(CultureInfo.InvariantCulture, $"The best {top} of {count} providers and the own provider ({own}); the previous result is the provider's latest earlier measurement. National average: unweighted mean over providers. Results based on fewer than {minimumBasis} persons are suppressed ({suppressed} this year, with secondary suppression).");

    public static string PreviousResult(ReportLanguage language) => Pick(language, "Previous result", "Forrige resultat");

    public static string PreviousYear(ReportLanguage language) => Pick(language, "Previous year", "Forrige år");

    public static string NotNormative(ReportLanguage language) => Pick(
        language,
        "This indicator is not a norm for this programme: its aim is not placement into work.",
        "Indikatoren er ikke en norm for dette tiltaket: målet med tiltaket er ikke formidling til arbeid.");

    public static string Rank(ReportLanguage language) => Pick(language, "Rank", "Plass");

    public static string Provider(ReportLanguage language) => Pick(language, "Provider", "Arrangør");

    public static string Basis(ReportLanguage language) => Pick(language, "Basis", "Grunnlag");

}
