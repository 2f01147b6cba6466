namespace Indikator.Core.Reporting;

/// <summary>The texts of the section "Trial evaluation" (<see cref="Composition.TrialSection"/>), in English and Norwegian (bokmål).</summary>
internal static partial class ReportText
{
    public static string TrialTitle(ReportLanguage language, string outcome)
        => Pick(language, $"Trial evaluation: {outcome}", $"Evaluering av forsøk: {outcome}");

    public static string TrialEventStudyTitle(ReportLanguage language, string outcome, string level)
        => Pick(language, $"Trial effect by month since the start, with {level} % interval: {outcome}", $"Effekt av forsøket etter måneder siden start, med {level} % intervall: {outcome}");

    public static string TrialPlaceboTitle(ReportLanguage language, string outcome)
        => Pick(language, $"Trial evaluation, placebo test before the start: {outcome}", $"Evaluering av forsøk, placebotest før start: {outcome}");

    public static string TrialOfficesTitle(ReportLanguage language, string outcome)
        => Pick(language, $"Trial offices against their controls: {outcome}", $"Forsøkskontorene mot sine kontrollkontorer: {outcome}");

    public static string TrialControlsTitle(ReportLanguage language, string outcome)
        => Pick(language, $"Control offices of the trial: {outcome}", $"Kontrollkontorene i forsøket: {outcome}");

    public static string TrialDescription(ReportLanguage language, string outcomeDescription) => Pick(
        language,
        $"Difference-in-differences on the risk-adjusted outcome ({outcomeDescription}) with office and month effects: how much more the trial offices' outcome changed after their start than their control offices' did. The effect is in the outcome's units (percentage points for a share). Intervals: t with offices as clusters, bias-reduced (CR2) and with degrees of freedom for few trial offices (Bell-McCaffrey), which holds its 95 % with five trial offices of twenty; the wild cluster bootstrap by office is shown beside it as a second opinion.",
        $"Forskjeller-i-forskjeller på risikojustert utfall ({outcomeDescription}) med kontor- og månedseffekter: hvor mye mer utfallet for forsøkskontorene endret seg etter start enn for kontrollkontorene. Effekten er i utfallets enhet (prosentpoeng for en andel). Intervaller: t med kontorer som klynger, skjevhetskorrigert (CR2) og med frihetsgrader for få forsøkskontorer (Bell-McCaffrey), som holder sine 95 % med fem forsøkskontorer av tjue; wild cluster bootstrap etter kontor vises ved siden av som en second opinion.");

    public static string TrialResidualOutcome(ReportLanguage language, string outcome) => Pick(
        language,
        $"{outcome}, actual minus expected from the work indicator's risk model",
        $"{outcome}, faktisk minus forventet fra risikomodellen til arbeidsindikatoren");

    public static string TrialGivenOutcome(ReportLanguage language, string outcome) => Pick(
        language,
        $"{outcome}, risk-adjusted by the caller",
        $"{outcome}, risikojustert av brukeren");

    public static string TrialFPValue(ReportLanguage language) => Pick(language, "p-value (F)", "p-verdi (F)");

    public static string TrialEstimator(ReportLanguage language) => Pick(language, "Estimator", "Estimator");

    public static string TrialHeadline(ReportLanguage language) => Pick(
        language,
        "Headline: Sun and Abraham's interaction-weighted estimator",
        "Hovedresultat: Sun og Abrahams interaksjonsvektede estimator");

    public static string TrialTwoWay(ReportLanguage language, bool staggered) => staggered
        ? Pick(language, "Two-way fixed effects (for comparison only: staggered starts)", "Toveis faste effekter (kun til sammenligning: forskjøvet start)")
        : Pick(language, "Two-way fixed effects", "Toveis faste effekter");

    public static string TrialEffectHeader(ReportLanguage language) => Pick(language, "Effect", "Effekt");

    public static string TrialLower(ReportLanguage language, string level) => Pick(language, $"Lower {level} %", $"Nedre {level} %");

    public static string TrialUpper(ReportLanguage language, string level) => Pick(language, $"Upper {level} %", $"Øvre {level} %");

    public static string TrialStandardError(ReportLanguage language) => Pick(language, "Standard error", "Standardfeil");

    public static string TrialPValue(ReportLanguage language) => Pick(language, "p-value (t)", "p-verdi (t)");

    public static string TrialBootstrapPValue(ReportLanguage language) => Pick(language, "p-value (wild bootstrap)", "p-verdi (wild bootstrap)");

    public static string TrialBootstrapLower(ReportLanguage language, string level) => Pick(language, $"Lower {level} % (wild bootstrap)", $"Nedre {level} % (wild bootstrap)");

    public static string TrialBootstrapUpper(ReportLanguage language, string level) => Pick(language, $"Upper {level} % (wild bootstrap)", $"Øvre {level} % (wild bootstrap)");

    public static string TrialOfficeClusters(ReportLanguage language) => Pick(language, "Offices (clusters)", "Kontorer (klynger)");

    public static string TrialPersonMonths(ReportLanguage language) => Pick(language, "Person-months", "Personmåneder");

    /// <summary>The plain reading of the headline effect: its size, its interval and whether the interval excludes zero.</summary>
    public static string TrialReading(ReportLanguage language, string effect, string lower, string upper, string level, string pValue, int trialOffices, int controlOffices, bool clear)
    {
        var offices = Pick(language, $"{trialOffices} trial offices against {controlOffices} control offices", $"{trialOffices} forsøkskontorer mot {controlOffices} kontrollkontorer");
        var verdict = clear
            ? Pick(language, "The interval excludes 0: the trial changed the outcome, as far as parallel trends hold.", "Intervallet utelukker 0: forsøket endret utfallet, så langt forutsetningen om parallelle trender holder.")
            : Pick(language, "The interval includes 0: the data do not show that the trial changed the outcome.", "Intervallet inkluderer 0: dataene viser ikke at forsøket endret utfallet.");
        return Pick(
            language,
            $"Headline ({offices}): the trial changed the risk-adjusted outcome by {effect} ({level} % interval {lower} to {upper}, p = {pValue}). {verdict}",
            $"Hovedresultat ({offices}): forsøket endret det risikojusterte utfallet med {effect} ({level} % intervall {lower} til {upper}, p = {pValue}). {verdict}");
    }

    public static string TrialStaggered(ReportLanguage language, string cohorts) => Pick(
        language,
        $"The offices started in different months ({cohorts}). The headline compares each start cohort only with offices not yet or never in the trial (Sun and Abraham 2021), so it is free of the bias of two-way fixed effects with staggered starts; the two-way row is shown for comparison only.",
        $"Kontorene startet i ulike måneder ({cohorts}). Hovedresultatet sammenligner hver startkohort bare med kontorer som ennå ikke er eller aldri blir med i forsøket (Sun og Abraham 2021), og har derfor ikke skjevheten toveis faste effekter får ved forskjøvet start; raden med toveis faste effekter vises bare til sammenligning.");

    public static string TrialOneStart(ReportLanguage language, string start) => Pick(
        language,
        $"All trial offices started in {start}: the two estimators answer the same question with different person-month weights.",
        $"Alle forsøkskontorene startet i {start}: de to estimatorene svarer på samme spørsmål med ulike vekter på personmånedene.");

    public static string TrialNotCausal(ReportLanguage language) => Pick(
        language,
        "The effects are causal only if the trial offices would have moved in parallel with their controls without the trial, and did not change before the start; the placebo test can contradict this but never prove it.",
        "Effektene er årsakseffekter bare dersom forsøkskontorene ville ha utviklet seg parallelt med kontrollkontorene uten forsøket, og ikke endret seg før start; placebotesten kan motsi dette, men aldri bevise det.");

    public static string TrialExcluded(ReportLanguage language, string rows) => Pick(
        language,
        $"{rows} person-months were left out for a missing office, month or person.",
        $"{rows} personmåneder ble utelatt fordi kontor, måned eller person manglet.");

    public static string TrialRelativeMonth(ReportLanguage language) => Pick(language, "Months since the start", "Måneder siden start");

    public static string TrialRelativeLabel(ReportLanguage language, int month, bool binned, bool reference)
    {
        var text = month.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (reference)
        {
            return Pick(language, $"{text} (reference)", $"{text} (referanse)");
        }

        if (!binned)
        {
            return text;
        }

        return month < 0 ? Pick(language, $"{text} or earlier", $"{text} eller tidligere") : Pick(language, $"{text} or later", $"{text} eller senere");
    }

    public static string TrialEventStudyDescription(ReportLanguage language) => Pick(
        language,
        "The effect at each month since the start (0 = the start month) against the month before the start (-1, the reference, 0 by definition), averaged over the start cohorts with their person-months as weights (Sun and Abraham 2021). Months before the start should lie near 0. The first and last points pool all months at or beyond them. Intervals clustered by office. A point with fewer trial person-months than the suppression threshold is suppressed.",
        "Effekten i hver måned siden start (0 = startmåneden) mot måneden før start (-1, referansen, 0 per definisjon), gjennomsnitt over startkohortene med personmånedene som vekter (Sun og Abraham 2021). Månedene før start bør ligge nær 0. Første og siste punkt samler alle måneder fra og med dem. Intervaller gruppert på kontor. Et punkt med færre personmåneder i forsøkskontorene enn prikkegrensen er prikket.");

    public static string TrialEffectSeries(ReportLanguage language) => Pick(language, "Trial effect", "Effekt av forsøket");

    public static string TrialNoEffect(ReportLanguage language) => Pick(language, "No effect (0)", "Ingen effekt (0)");

    public static string TrialEffectAxis(ReportLanguage language, string unit) => Pick(language, $"Effect ({unit})", $"Effekt ({unit})");

    public static string TrialTrialPersonMonths(ReportLanguage language) => Pick(language, "Trial person-months", "Personmåneder i forsøkskontorene");

    public static string TrialPlaceboDescription(ReportLanguage language) => Pick(
        language,
        "Joint F test that all months before the start (except the reference) have effect 0. A small p-value says the trial offices had already moved away from their controls before the start, which casts doubt on the effects. A large p-value is no proof of parallel trends: with few offices the test has little power (Roth 2022).",
        "Felles F-test av at alle månedene før start (unntatt referansen) har effekt 0. En liten p-verdi sier at forsøkskontorene allerede hadde beveget seg bort fra kontrollkontorene før start, noe som sår tvil om effektene. En stor p-verdi beviser ikke parallelle trender: med få kontorer har testen lav styrke (Roth 2022).");

    public static string TrialLeadsTested(ReportLanguage language) => Pick(language, "Months before the start tested", "Måneder før start testet");

    public static string TrialFStatistic(ReportLanguage language) => Pick(language, "F statistic", "F-verdi");

    public static string TrialDenominatorDf(ReportLanguage language) => Pick(language, "Degrees of freedom (denominator)", "Frihetsgrader (nevner)");

    public static string TrialReadingColumn(ReportLanguage language) => Pick(language, "Reading", "Tolkning");

    public static string TrialPlaceboReading(ReportLanguage language, double pValue, string note)
    {
        if (!double.IsFinite(pValue))
        {
            return note.Length > 0 ? note : Pick(language, "Not computed.", "Ikke beregnet.");
        }

        return pValue < 0.05
            ? Pick(language, "Trial offices moved away from their controls before the start (p < 0.05): treat the effects with caution.", "Forsøkskontorene beveget seg bort fra kontrollkontorene før start (p < 0,05): tolk effektene med forsiktighet.")
            : Pick(language, "No sign of different trends before the start (p >= 0.05); this does not prove there were none.", "Ingen tegn til ulike trender før start (p >= 0,05); det beviser ikke at det ikke fantes noen.");
    }

    public static string TrialOffice(ReportLanguage language) => Pick(language, "Trial office", "Forsøkskontor");

    public static string TrialStart(ReportLanguage language) => Pick(language, "Start", "Start");

    public static string TrialControls(ReportLanguage language) => Pick(language, "Control offices", "Kontrollkontorer");

    public static string TrialVerdictHeader(ReportLanguage language) => Pick(language, "Verdict", "Vurdering");

    public static string TrialVerdictText(ReportLanguage language, Evaluation.TrialVerdict verdict) => verdict switch
    {
        Evaluation.TrialVerdict.Better => Pick(language, "Better than its controls", "Bedre enn kontrollkontorene"),
        Evaluation.TrialVerdict.Worse => Pick(language, "Worse than its controls", "Dårligere enn kontrollkontorene"),
        _ => Pick(language, "As good as its controls", "Like god som kontrollkontorene"),
    };

    public static string TrialOfficesDescription(ReportLanguage language, string level) => Pick(
        language,
        $"Each trial office against its own controls: difference-in-differences with office and month effects on the office's and its controls' person-months. The interval rests on the office's own months (office x month cells, which share the month's local shocks): it holds the noise of the office's users and months, not lasting shocks to the office itself, for which one office gives no estimate. Verdict from the {level} % interval: better if it lies above 0, worse if below, else as good as its controls (which includes a real difference too small for these data to show).",
        $"Hvert forsøkskontor mot sine egne kontrollkontorer: forskjeller-i-forskjeller med kontor- og månedseffekter på personmånedene til kontoret og kontrollkontorene. Intervallet bygger på kontorets egne måneder (celler av kontor x måned, som deler månedens lokale sjokk): det fanger støyen fra kontorets brukere og måneder, ikke varige sjokk i selve kontoret, som ett kontor ikke gir noe anslag for. Vurdering ut fra {level} % intervallet: bedre om det ligger over 0, dårligere om under, ellers like god som kontrollkontorene (som også omfatter en reell forskjell som er for liten til at disse dataene kan vise den).");

    /// <summary>The count of offices per verdict, as in the AFI evaluation's "three as good as their controls, two better".</summary>
    public static string TrialOfficesSummary(ReportLanguage language, int offices, int same, int better, int worse, string level) => Pick(
        language,
        $"Of {offices} trial offices, {same} were as good as their controls, {better} better and {worse} worse ({level} % intervals; the intervals in the table show how sure each verdict is).",
        $"Av {offices} forsøkskontorer var {same} like gode som kontrollkontorene, {better} bedre og {worse} dårligere ({level} % intervaller; intervallene i tabellen viser hvor sikker hver vurdering er).");

    public static string TrialControlOffice(ReportLanguage language) => Pick(language, "Control office", "Kontrollkontor");

    public static string TrialDistance(ReportLanguage language) => Pick(language, "Distance", "Avstand");

    public static string TrialLevel(ReportLanguage language) => Pick(language, "Pre-trial level", "Nivå før start");

    public static string TrialTrend(ReportLanguage language) => Pick(language, "Pre-trial trend per month", "Trend før start per måned");

    public static string TrialSize(ReportLanguage language) => Pick(language, "Person-months per month", "Personmåneder per måned");

    public static string TrialMatchedDescription(ReportLanguage language, int perOffice, int months) => Pick(
        language,
        $"Chosen by the library: for each trial office the {perOffice} nearest offices not in the trial, on the level and the trend of the risk-adjusted outcome over the {months} months before its start and on its size (log person-months per month), each feature divided by its standard deviation over the candidates; Euclidean distance. Trial offices choose in order of start month, then name, and an office is a control only once. The same data give the same controls. Matching on a noisy pre-trial level invites regression to the mean (Daw and Hatfield 2018): look at the placebo test. A size below the suppression threshold is suppressed.",
        $"Valgt av biblioteket: for hvert forsøkskontor de {perOffice} nærmeste kontorene som ikke er med i forsøket, på nivå og trend i risikojustert utfall de {months} månedene før start og på størrelse (log personmåneder per måned), hvert kjennetegn delt på standardavviket blant kandidatene; euklidsk avstand. Forsøkskontorene velger i rekkefølge etter startmåned og så navn, og et kontor er kontroll bare én gang. Samme data gir samme kontrollkontorer. Matching på et støyende nivå før start inviterer til regresjon mot gjennomsnittet (Daw og Hatfield 2018): se placebotesten. En størrelse under prikkegrensen er prikket.");

    public static string TrialGivenDescription(ReportLanguage language) => Pick(
        language,
        "Given by the user: every trial office is compared with all of them, so there is no distance and no matching feature.",
        "Gitt av brukeren: hvert forsøkskontor sammenlignes med alle, så det finnes ingen avstand og ingen matchingkjennetegn.");
}
