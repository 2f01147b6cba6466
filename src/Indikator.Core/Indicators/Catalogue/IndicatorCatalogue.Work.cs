namespace Indikator.Core.Indicators.Catalogue;

public static partial class IndicatorCatalogue
{
    private const string VtaTiaNote =
        "VTA and TiA do not aim at placement into work; reading this indicator as a norm for them is the misuse the working-group report warns against (section 5).";

    // A property, not a field: static field initialisers in partial files run in an unspecified order.
    private static IndicatorSource WorkSource =>
        new("Meld. St. 33 (2023–2024), kapittel 7", "boks 7.2; NAV's published description of arbeidsindikatoren (2025)");

    private const string StockPopulation =
        "Everyone registered with work-oriented follow-up (arbeidsrettet oppfølging) in the measurement month t (the stock); a programme breakdown uses the stock's participants in the programme.";

    private const string WorkAggregation =
        "Unit value = mean over the unit's person-months in month t; NAV contribution = mean actual - mean expected, expected predicted from user and labour-market characteristics.";

    private static IEnumerable<IndicatorDefinition> WorkDefinitions()
    {
        yield return Work(
            "jobb3", "I jobb 3 måneder etter", "In work 3 months later", IndicatorUnit.Share,
            "Whether the person is in work, defined as more than 19 hours a week, 3 months after the measurement month t; the unit value is the share in work.");
        yield return Work(
            "atid3", "Arbeidstid neste 3 måneder", "Working hours over the next 3 months", IndicatorUnit.HoursPerWeek,
            "Average weekly working hours over the 3 months after the measurement month t, counting both whether and how much the person works.");
        yield return Work(
            "jobb12", "I jobb 12 måneder etter", "In work 12 months later", IndicatorUnit.Share,
            "Whether the person is in work, defined as more than 19 hours a week, 12 months after the measurement month t; the unit value is the share in work.");
        yield return Work(
            "atid12", "Arbeidstid neste 12 måneder", "Working hours over the next 12 months", IndicatorUnit.HoursPerWeek,
            "Average weekly working hours over the 12 months after the measurement month t, counting both whether and how much the person works.");
        yield return new IndicatorDefinition
        {
            Id = "arbeid6mnd",
            Group = IndicatorGroup.LegacyTransition,
            NorwegianName = "I arbeid 6 måneder etter avgang",
            EnglishName = "In work six months after exit",
            Description = "Legacy measure (overgang til arbeid og stønad): among persons who exit the status in month t (registered in t and in neither of the two following months; moves between the statuses or between programmes count as exits), the share employed with or without benefit at the end of month t+6.",
            Unit = IndicatorUnit.Share,
            Direction = IndicatorDirection.HigherIsBetter,
            Population = "Persons aged 20-66 registered as job seekers or with reduced work capacity who exit in month t; the programme variant uses programme participants who exit.",
            Level = ReportingLevel.NavUnit,
            ApplicableProgrammes = AllProgrammes(),
            NotNormativeFor = Programmes(Programme.Vta, Programme.Tia),
            NormativeNote = VtaTiaNote,
            Aggregation = AggregationRule.ShareOfExitCohort,
            AggregationText = "Share = persons employed (only employed, or employed with benefit) at the end of t+6 / persons in the exit cohort of month t; no adjustment for user characteristics or the labour market.",
            Source = new IndicatorSource("NAV, statistikk «Overgang til arbeid og stønad»", "definition of exit and of status six months after exit"),
        };
    }

    private static IndicatorDefinition Work(string id, string norwegian, string english, IndicatorUnit unit, string description) => new()
    {
        Id = id,
        Group = IndicatorGroup.WorkIndicator,
        NorwegianName = norwegian,
        EnglishName = english,
        Description = description + " Actual is compared with expected (risk-adjusted); the difference is the NAV contribution, relative to the average over the observation period and not a causal effect.",
        Unit = unit,
        Direction = IndicatorDirection.HigherIsBetter,
        Population = StockPopulation,
        Level = ReportingLevel.NavUnit,
        ApplicableProgrammes = AllProgrammes(),
        NotNormativeFor = Programmes(Programme.Vta, Programme.Tia),
        NormativeNote = VtaTiaNote,
        Aggregation = AggregationRule.MeanOverPersonMonths,
        AggregationText = WorkAggregation,
        Source = WorkSource,
    };
}
