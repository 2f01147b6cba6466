namespace Indikator.Core.Indicators.Catalogue;

public static partial class IndicatorCatalogue
{
    private const string ReportTitle =
        "Benchmarking av tiltaksarrangører, sluttrapport fra arbeidsgruppen (Arbeids- og velferdsdirektoratet, ASVL, Attføringsbedriftene)";

    private const string LeaversPopulation =
        "Participants who ended the programme at the provider in the year (exit date in the year).";

    private static IEnumerable<IndicatorDefinition> ProviderDefinitions()
    {
        yield return Provider(
            1, "tilfredshet_nav", "NAV-undersøkelse", "NAV staff satisfaction survey",
            "Mean answer of NAV staff who have referred participants to, or otherwise deal with, the provider, to nine questions on the provider's services on the scale 1-6 without a neutral midpoint. Only this survey offers 7 = don't know / not relevant, which is left out of the mean.",
            IndicatorUnit.Score1To6, IndicatorDirection.HigherIsBetter,
            "Answers from NAV staff (counsellors and unit managers) about the provider in the year.",
            ReportingLevel.Provider, AllProgrammes(),
            AggregationRule.MeanOfAnswers,
            "Mean over all answers 1-6 to all questions; answers 7 (don't know / not relevant) are excluded from numerator and denominator.",
            "4.1 and 4.1.1");
        yield return Provider(
            2, "tilfredshet_deltaker", "Brukerundersøkelse", "Participant satisfaction survey",
            "Mean answer of participants to questions 1-8 on the scale 1-6, reported separately for each programme. Question 9 (overall satisfied, yes/no) cannot enter a 1-6 mean and is reported beside it as the percent answering yes.",
            IndicatorUnit.Score1To6, IndicatorDirection.HigherIsBetter,
            "Participants in the programme at the provider, asked when they leave or, on long programmes, in December.",
            ReportingLevel.ProviderProgramme, AllProgrammes(),
            AggregationRule.MeanOfAnswers,
            "Mean over all answers 1-6 to questions 1-8; no don't-know option (a 7 is an error); question 9 separately: percent yes.",
            "4.1, 4.1.2 and 4.14");
        yield return Provider(
            3, "tilfredshet_ansatte", "Bedriftsundersøkelse", "Provider employee survey",
            "Mean answer of the provider's own employees involved in the rehabilitation work to nine questions on the provider's services on the scale 1-6; anonymous.",
            IndicatorUnit.Score1To6, IndicatorDirection.HigherIsBetter,
            "Employees with an employment relationship with the provider who take part in the rehabilitation work.",
            ReportingLevel.Provider, AllProgrammes(),
            AggregationRule.MeanOfAnswers,
            "Mean over all answers 1-6 to all questions; no don't-know option (a 7 is an error).",
            "4.1 and 4.1.3");
        yield return Provider(
            4, "kompetanseutvikling", "Kompetanseutvikling", "Competence development",
            "Training days per staff member per year. Paid working hours spent on training (courses, seminars, longer education, internal or external, and studies in own time paid by the employer) are measured in hours and reported in days of 7.5 hours: 15 hours = 2 days.",
            IndicatorUnit.Days, IndicatorDirection.HigherIsBetter,
            "Staff whose task is to contribute to the rehabilitation process (counsellors, supervisors, support workers, including persons on rehabilitation); ordinary production staff are not counted.",
            ReportingLevel.Provider, AllProgrammes(),
            AggregationRule.MeanPerStaffMember,
            "Days = (sum of training hours of counted staff / 7.5) / number of counted staff.",
            "4.2");
        yield return Provider(
            5, "hospiteringspartnere", "Hospiteringspartnere/samarbeidsavtaler med arbeidslivet", "Work-placement partners",
            "Number of active work-placement partners: firms or arenas with a formal written agreement on placements that has been used for a placement in the last 12 months.",
            IndicatorUnit.Count, IndicatorDirection.HigherIsBetter,
            "The provider's work-placement partners (firms, not persons).",
            ReportingLevel.Provider, AllProgrammes(),
            AggregationRule.Count,
            "Count of partners with a written agreement and a placement in the 12 months of the reporting year; an integer, no decimals.",
            "4.3 and 4.12 (example scorecard)");
        yield return Provider(
            6, "hospiteringsdeltakere", "Hospiteringsdeltakere", "Work-placement participants",
            "Percent of the programme's participants who use external work placements with follow-up from the provider, reported separately for each programme.",
            IndicatorUnit.Percent, IndicatorDirection.HigherIsBetter,
            "Participants in the programme at the provider in the year.",
            ReportingLevel.ProviderProgramme, AllProgrammes(),
            AggregationRule.PercentOfParticipants,
            "Percent = 100 * participants with an external placement / participants.",
            "4.4",
            notNormativeForVtaTia: true);
        yield return Provider(
            7, "helsefokus", "Psykisk og fysisk helse", "Health focus",
            "Six yes/no questions: external cooperation on nutrition or physical activity (1) and on mental health (2); staff with formal competence in nutrition or physical activity (3) and in mental health (4); nutrition (5) and physical activity (6) as part of the programme. Questions 5 and 6 are answered separately for each programme.",
            IndicatorUnit.Percent, IndicatorDirection.HigherIsBetter,
            "The provider (questions 1-4) and each of its programmes (questions 5-6).",
            ReportingLevel.ProviderProgramme, AllProgrammes(),
            AggregationRule.PercentOfYesAnswers,
            "Percent = 100 * (yes among the provider's questions 1-4 + yes among the programme's questions 5-6) / 6.",
            "4.5");
        yield return Provider(
            8, "formidling_arbeid", "Formidling til arbeid", "Placement into work",
            "Percent of leavers who go to work: work without subsidy, with wage subsidy, with open-ended wage subsidy (TULT), combined with disability pension, with disability pension and bonus pay, or temporary jobs of up to six months. Each exit reason is also presented separately.",
            IndicatorUnit.Percent, IndicatorDirection.HigherIsBetter,
            LeaversPopulation,
            ReportingLevel.ProviderProgramme, NotVtaTia(),
            AggregationRule.PercentOfLeavers,
            "Percent = 100 * leavers with a placement exit reason / all leavers.",
            "4.6 and table «Forslag til indikatorer per tiltak»");
        yield return Provider(
            9, "aktive_losninger", "Overgang til aktive løsninger", "Transition to active solutions",
            "Percent of leavers who go to self-financed education, to another programme approved by NAV before the move (also at another provider), or to medical treatment approved by NAV.",
            IndicatorUnit.Percent, IndicatorDirection.HigherIsBetter,
            LeaversPopulation,
            ReportingLevel.ProviderProgramme, NotVtaTia(),
            AggregationRule.PercentOfLeavers,
            "Percent = 100 * leavers with an active-solution exit reason / all leavers.",
            "4.7 and table «Forslag til indikatorer per tiltak»");
        yield return Provider(
            10, "oppholdstid", "Oppholdstid", "Length of stay",
            "Mean number of weeks in the programme at exit, per programme. The report warns that a stay can be too short to benefit and too long to serve its purpose, so the indicator has no better direction and is read together with indicators 8 and 9.",
            IndicatorUnit.Weeks, IndicatorDirection.NotNormative,
            LeaversPopulation,
            ReportingLevel.ProviderProgramme, NotVtaTia(),
            AggregationRule.MeanOverLeavers,
            "Weeks = mean over leavers of (exit date - start date in days) / 7.",
            "2 and 4.8");
        yield return Provider(
            11, "formell_kvalifisering", "Formell kvalifisering", "Formal qualification",
            "Percent of KiA leavers who obtained a formal qualification: trade certificate, modules or partial goals within vocational training, apprentice candidacy, or certification.",
            IndicatorUnit.Percent, IndicatorDirection.HigherIsBetter,
            "Participants who ended KiA at the provider in the year.",
            ReportingLevel.ProviderProgramme, Programmes(Programme.Kia),
            AggregationRule.PercentOfLeavers,
            "Percent = 100 * KiA leavers with a formal qualification / all KiA leavers.",
            "4.9");
        yield return Provider(
            12, "tid_oppstart_arbeid", "Tid før oppstart i arbeidslivet", "Time to first workday",
            "Mean number of weeks from the start in AB to the first day in working life (work or work practice).",
            IndicatorUnit.Weeks, IndicatorDirection.LowerIsBetter,
            "Participants who ended AB at the provider in the year and had started in working life.",
            ReportingLevel.ProviderProgramme, Programmes(Programme.Ab),
            AggregationRule.MeanOverLeavers,
            "Weeks = mean over AB leavers with a first workday of (first workday - start date in days) / 7.",
            "4.10");
        yield return Provider(
            13, "tid_formidling", "Tid før formidling", "Time to placement",
            "Mean number of weeks from the start in AB until the participant is employed.",
            IndicatorUnit.Weeks, IndicatorDirection.LowerIsBetter,
            "Participants who ended AB at the provider in the year and were employed.",
            ReportingLevel.ProviderProgramme, Programmes(Programme.Ab),
            AggregationRule.MeanOverLeavers,
            "Weeks = mean over AB leavers with an employment date of (employment date - start date in days) / 7.",
            "4.11");
    }

    private static System.Collections.ObjectModel.ReadOnlyCollection<Programme> NotVtaTia()
        => Programmes(Programme.Avklaring, Programme.Aps, Programme.Kia, Programme.Ab);

    private static IndicatorDefinition Provider(
        int number,
        string id,
        string norwegian,
        string english,
        string description,
        IndicatorUnit unit,
        IndicatorDirection direction,
        string population,
        ReportingLevel level,
        IReadOnlyList<Programme> programmes,
        AggregationRule aggregation,
        string aggregationText,
        string section,
        bool notNormativeForVtaTia = false) => new()
        {
            Id = id,
            Group = IndicatorGroup.ProviderQuality,
            ProviderNumber = number,
            NorwegianName = norwegian,
            EnglishName = english,
            Description = description,
            Unit = unit,
            Direction = direction,
            Population = population,
            Level = level,
            ApplicableProgrammes = programmes,
            NotNormativeFor = notNormativeForVtaTia ? Programmes(Programme.Vta, Programme.Tia) : [],
            NormativeNote = direction == IndicatorDirection.NotNormative
                ? "The report warns that both too short and too long values can be bad; the indicator describes and has no better direction."
                : notNormativeForVtaTia ? VtaTiaNote : null,
            Aggregation = aggregation,
            AggregationText = aggregationText,
            Source = new IndicatorSource(ReportTitle, "section " + section),
        };
}
