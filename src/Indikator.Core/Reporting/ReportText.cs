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

    /// <summary>A limit's legend entry with how many of the plotted units lie outside it.</summary>
    public static string LimitsWithOutside(ReportLanguage language, string limit, int outside, int units) => language == ReportLanguage.Norwegian
        ? string.Create(CultureInfo.InvariantCulture, $"{limit} kontrollgrense ({outside} av {units} utenfor)")
        : string.Create(CultureInfo.InvariantCulture, $"{limit} control limit ({outside} of {units} outside)");

    /// <summary>The title of a funnel plot's size axis.</summary>
    public static string FunnelSize(ReportLanguage language, Indikator.Core.Reporting.Charts.FunnelSizeMeasure measure) => measure == Indikator.Core.Reporting.Charts.FunnelSizeMeasure.PersonMonths
        ? Pick(language, "Person-months", "Personmåneder")
        : Persons(language);

    /// <summary>The unit of a funnel plot's size after a number, as in a tooltip.</summary>
    public static string FunnelSizeShort(ReportLanguage language, Indikator.Core.Reporting.Charts.FunnelSizeMeasure measure) => measure == Indikator.Core.Reporting.Charts.FunnelSizeMeasure.PersonMonths
        ? Pick(language, "person-months", "personmåneder")
        : PersonsShort(language);

    /// <summary>Which funnel limits are drawn (Spiegelhalter 2005's overdispersion adjustments); short enough for one legend row (about 95 characters at most).</summary>
    public static string FunnelAdjustment(ReportLanguage language, Indicators.Work.FunnelOverdispersion mode) => mode switch
    {
        Indicators.Work.FunnelOverdispersion.Additive => Pick(
            language,
            "Limits allow for real differences between units (additive random effects)",
            "Grensene tar høyde for reelle forskjeller mellom enhetene (additive tilfeldige effekter)"),
        Indicators.Work.FunnelOverdispersion.Multiplicative => Pick(
            language,
            "Limits widened for overdispersion (multiplicative adjustment)",
            "Grensene er utvidet for overspredning (multiplikativ justering)"),
        _ => Pick(
            language,
            "Limits not adjusted: they assume all units share one true value",
            "Grensene er ikke justert: de forutsetter at alle enhetene har samme sanne verdi"),
    };

    public static string Interval(ReportLanguage language, string series) => language == ReportLanguage.Norwegian
        ? series + ": intervall"
        : series + ": interval";

    // Variance decomposition section (VariationSection): how much of the office variation is real.
    public static string ModelComparisonTitle(ReportLanguage language, string outcome)
        => Pick(language, $"Risk models compared: {outcome}", $"Risikomodeller sammenlignet: {outcome}");

    public static string ModelComparisonDescription(ReportLanguage language) => Pick(
        language,
        "The risk model behind the indicator (a) beside the same model without the labour-market deciles, with the measurement-month effects switched, and the model with office effects (b). Same rows in every column; standard errors clustered by person. A coefficient that moves between columns picks up what the changed term measured. Coefficients are for inspection, not for publication.",
        "Risikomodellen bak indikatoren (a) ved siden av samme modell uten arbeidsmarkedsdesilene, med effektene av målemåned slått om, og modellen med kontoreffekter (b). Samme rader i alle kolonner; standardfeil gruppert på person. En koeffisient som flytter seg mellom kolonnene fanger opp det det endrede leddet målte. Koeffisientene er til innsyn, ikke til publisering.");

    public static string VariationSummaryTitle(ReportLanguage language, string outcome)
        => Pick(language, $"How much of the office variation is real: {outcome}", $"Hvor mye av forskjellene mellom kontorene er reelle: {outcome}");

    public static string VariationUnitsTitle(ReportLanguage language, string outcome)
        => Pick(language, $"Reliability and rank uncertainty of offices: {outcome}", $"Reliabilitet og rangeringsusikkerhet for kontorene: {outcome}");

    public static string VariationStabilityTitle(ReportLanguage language, string outcome)
        => Pick(language, $"Stability of offices from year to year: {outcome}", $"Stabilitet for kontorene fra år til år: {outcome}");

    public static string VariationSummaryDescription(ReportLanguage language) => Pick(
        language,
        "Between-office standard deviation with the sampling noise removed (random-effects estimate on office means with person-clustered standard errors), for the raw outcome and after risk adjustment. Share of person-month variance: between-office variance divided by the variance between person-months (intraclass correlation). Signal share: between-office variance divided by itself plus the noise variance of an office of typical size.",
        "Standardavvik mellom kontorene når tilfeldig støy er trukket fra (tilfeldige effekter på kontorgjennomsnitt med standardfeil gruppert på person), for rått utfall og etter risikojustering. Andel av variansen mellom personmåneder: varians mellom kontorer delt på variansen mellom personmåneder (intraklassekorrelasjon). Signalandel: varians mellom kontorer delt på seg selv pluss støyvariansen for et kontor av typisk størrelse.");

    public static string VariationRaw(ReportLanguage language) => Pick(language, "Raw outcome", "Rått utfall");

    public static string VariationAdjusted(ReportLanguage language) => Pick(language, "Risk-adjusted outcome", "Risikojustert utfall");

    public static string VariationQuantity(ReportLanguage language) => Pick(language, "Outcome", "Utfall");

    public static string VariationSd(ReportLanguage language) => Pick(language, "SD between offices", "Standardavvik mellom kontorer");

    public static string VariationLower(ReportLanguage language, string level) => Pick(language, $"Lower {level} %", $"Nedre {level} %");

    public static string VariationUpper(ReportLanguage language, string level) => Pick(language, $"Upper {level} %", $"Øvre {level} %");

    public static string VariationShare(ReportLanguage language) => Pick(language, "Share of person-month variance", "Andel av variansen mellom personmåneder");

    public static string VariationSignal(ReportLanguage language) => Pick(language, "Signal share", "Signalandel");

    public static string VariationOffice(ReportLanguage language) => Pick(language, "Office", "Kontor");

    public static string VariationRawMean(ReportLanguage language) => Pick(language, "Raw mean", "Rått gjennomsnitt");

    public static string VariationAdjustedMean(ReportLanguage language) => Pick(language, "Adjusted (contribution)", "Justert (bidrag)");

    public static string VariationStandardError(ReportLanguage language) => Pick(language, "Standard error", "Standardfeil");

    public static string VariationReliability(ReportLanguage language) => Pick(language, "Reliability", "Reliabilitet");

    public static string VariationMeanRank(ReportLanguage language) => Pick(language, "Mean rank", "Gjennomsnittlig rang");

    public static string VariationBestRank(ReportLanguage language) => Pick(language, "Best plausible rank (2.5 %)", "Beste plausible rang (2,5 %)");

    public static string VariationWorstRank(ReportLanguage language) => Pick(language, "Worst plausible rank (97.5 %)", "Dårligste plausible rang (97,5 %)");

    public static string VariationUnitsDescription(ReportLanguage language) => Pick(
        language,
        "Reliability: the share of an office's adjusted result that is signal rather than noise (0 to 1). Ranks (1 = highest) are drawn 2 000 times from each office's shrunken estimate and its uncertainty; the best and worst plausible ranks bound 95 % of the draws.",
        "Reliabilitet: andelen av kontorets justerte resultat som er signal og ikke støy (0 til 1). Rangene (1 = høyest) er trukket 2 000 ganger fra hvert kontors krympede estimat og dets usikkerhet; beste og dårligste plausible rang avgrenser 95 % av trekningene.");

    public static string VariationFromYear(ReportLanguage language) => Pick(language, "From year", "Fra år");

    public static string VariationToYear(ReportLanguage language) => Pick(language, "To year", "Til år");

    public static string VariationOffices(ReportLanguage language) => Pick(language, "Offices", "Kontorer");

    public static string VariationPearson(ReportLanguage language) => Pick(language, "Correlation (Pearson)", "Korrelasjon (Pearson)");

    public static string VariationSpearman(ReportLanguage language) => Pick(language, "Rank correlation (Spearman)", "Rangkorrelasjon (Spearman)");

    public static string VariationCeiling(ReportLanguage language) => Pick(language, "Expected if stable, independent noise", "Forventet ved stabile kontorer og uavhengig støy");

    public static string VariationStabilityNote(ReportLanguage language) => Pick(
        language,
        "Each office's adjusted result per calendar year, correlated between consecutive years. Noise lowers the correlation even when offices do not change; the last column shows the correlation stable offices would give with independent noise. Persons followed in both years carry part of their luck from one year to the next, so the observed correlation can exceed it.",
        "Hvert kontors justerte resultat per kalenderår, korrelert mellom påfølgende år. Støy senker korrelasjonen selv om kontorene ikke endrer seg; siste kolonne viser korrelasjonen stabile kontorer ville gi med uavhengig støy. Personer som følges begge årene, tar med seg noe av sin flaks fra det ene året til det neste, så den observerte korrelasjonen kan bli høyere.");

    /// <summary>The plain-words summary: how much the adjustment explained and how much of the rest is signal.</summary>
    public static string VariationExplained(ReportLanguage language, string explained, string lower, string upper, string signal, string share)
        => Pick(
            language,
            $"The risk adjustment explained {explained} (95 % interval {lower} to {upper}) of the real between-office variance of the raw outcome: most of the raw differences between offices come from who their users are. Of the spread that remains between the offices' adjusted results, {signal} is signal and the rest is noise, for an office of typical size. Real differences between offices account for {share} of the variation of the adjusted outcome between person-months; the rest lies between persons and months within offices.",
            $"Risikojusteringen forklarte {explained} (95 % intervall {lower} til {upper}) av den reelle variansen mellom kontorene i rått utfall: det meste av de rå forskjellene mellom kontorene kommer av hvem brukerne er. Av spredningen som er igjen mellom kontorenes justerte resultater, er {signal} signal og resten støy, for et kontor av typisk størrelse. Reelle forskjeller mellom kontorene utgjør {share} av variasjonen i justert utfall mellom personmåneder; resten ligger mellom personer og måneder innen kontorene.");

    /// <summary>The plain-words note when the adjusted outcome varies more between offices than the raw one.</summary>
    public static string VariationRevealed(ReportLanguage language, string signal)
        => Pick(
            language,
            $"After risk adjustment the offices differ more than before: the users' mix had hidden part of the differences. Of the spread between the offices' adjusted results, {signal} is signal and the rest is noise, for an office of typical size.",
            $"Etter risikojustering er forskjellene mellom kontorene større enn før: brukersammensetningen hadde skjult en del av forskjellene. Av spredningen mellom kontorenes justerte resultater er {signal} signal og resten støy, for et kontor av typisk størrelse.");

    public static string VariationRanks(ReportLanguage language, string width, string offices)
        => Pick(
            language,
            $"Ranks are uncertain: half of the offices have a 95 % rank interval wider than {width} of {offices} ranks. Compare offices by their intervals, not by their rank.",
            $"Rangeringen er usikker: halvparten av kontorene har et 95 % rangintervall som er bredere enn {width} av {offices} rangplasser. Sammenlign kontorene ut fra intervallene, ikke rangen.");

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

    public static string LegacyOutcomesTitle(ReportLanguage language) => Pick(language, "Legacy measure: status six months after exit", "Gammelt mål: status seks måneder etter avgang");

    public static string LegacyOutcomesDescription(ReportLanguage language) => Pick(
        language,
        "Exits by the status or programme left and the status at the end of the sixth month after exit, in NAV's eight categories (\"overgang til arbeid og stønad\"): number of exits and percent of the column's exits. Employed means registered as an employee, whatever the hours.",
        "Avganger etter status eller tiltak som ble forlatt og status ved utgangen av sjette måned etter avgang, i Navs åtte kategorier («overgang til arbeid og stønad»): antall avganger og prosent av kolonnens avganger. Arbeidstaker betyr registrert som arbeidstaker, uansett timetall.");

    public static string StatusSixMonthsLater(ReportLanguage language) => Pick(language, "Status six months later", "Status seks måneder etter");

    public static string ExitsFrom(ReportLanguage language, string status) => Pick(language, "Exits from ", "Avganger fra ") + status;

    public static string AllExits(ReportLanguage language) => Pick(language, "All exits", "Alle avganger");

    public static string Percent(ReportLanguage language) => Pick(language, "percent", "prosent");

    public static string Total(ReportLanguage language) => Pick(language, "Total", "I alt");

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
