namespace Indikator.Core.Indicators.Providers;

public sealed partial class ProviderIndicatorCalculator
{
    /// <summary>Evaluates one indicator for every group, or for one group when <paramref name="only"/> is set.</summary>
    private IEnumerable<ProviderIndicatorResult> Evaluate(ProviderIndicator indicator, GroupKey? only) => indicator switch
    {
        ProviderIndicator.NavSurvey => Groups(indicator, _data.NavSurvey, r => new GroupKey(r.ProviderId, null, r.Year), only, g => Survey(g.Select(r => (r.Question, r.Score)))),
        ProviderIndicator.ParticipantSurvey => Groups(indicator, _data.ParticipantSurvey, r => new GroupKey(r.ProviderId, r.Programme, r.Year), only, g => Survey(g.Select(r => (r.Question, r.Score)))),
        ProviderIndicator.EmployeeSurvey => Groups(indicator, _data.EmployeeSurvey, r => new GroupKey(r.ProviderId, null, r.Year), only, g => Survey(g.Select(r => (r.Question, r.Score)))),
        ProviderIndicator.CompetenceDevelopment => Groups(indicator, _data.StaffTraining, r => new GroupKey(r.ProviderId, null, r.Year), only, Competence),
        ProviderIndicator.PlacementPartners => Groups(indicator, _data.PlacementPartners, r => new GroupKey(r.ProviderId, null, r.Year), only, Partners),
        ProviderIndicator.PlacementParticipants => Groups(indicator, _data.Participants, r => new GroupKey(r.ProviderId, r.Programme, r.Year), only, PlacementUse),
        ProviderIndicator.HealthFocus => Groups(indicator, _data.ProgrammeHealth, r => new GroupKey(r.ProviderId, r.Programme, r.Year), only, Health),
        ProviderIndicator.PlacementIntoWork => Groups(indicator, _data.Exits, ExitKey, only, g => Share(g, e => ExitReasons.IsPlacementIntoWork(e.Reason))),
        ProviderIndicator.ActiveSolutions => Groups(indicator, _data.Exits, ExitKey, only, g => Share(g, e => ExitReasons.IsActiveSolution(e.Reason))),
        ProviderIndicator.LengthOfStay => Groups(indicator, _data.Exits, ExitKey, only, g => MeanWeeks(g, e => e.ExitDate)),
        ProviderIndicator.FormalQualification => Groups(indicator, _data.Exits, ExitKey, only, g => Share(g, e => e.Qualification != FormalQualification.None)),
        ProviderIndicator.TimeToFirstWorkday => Groups(indicator, _data.Exits, ExitKey, only, g => MeanWeeks(g, e => e.FirstWorkday)),
        ProviderIndicator.TimeToPlacement => Groups(indicator, _data.Exits, ExitKey, only, g => MeanWeeks(g, e => e.EmploymentDate)),
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, "The value is not one of the thirteen provider indicators."),
    };

    private static GroupKey ExitKey(ParticipantExit exit) => new(exit.ProviderId, exit.Programme, exit.Year);

    private IEnumerable<ParticipantExit> Exits(GroupKey key) => _data.Exits.Where(e => ExitKey(e) == key);

    private static IEnumerable<ProviderIndicatorResult> Groups<T>(
        ProviderIndicator indicator, IReadOnlyList<T> records, Func<T, GroupKey> keyOf, GroupKey? only, Func<IReadOnlyList<T>, Measure?> measure)
    {
        var groups = only is { } key
            ? [new KeyValuePair<GroupKey, IReadOnlyList<T>>(key, [.. records.Where(r => keyOf(r) == key)])]
            : records.GroupBy(keyOf).Select(g => new KeyValuePair<GroupKey, IReadOnlyList<T>>(g.Key, [.. g]));
        foreach (var (groupKey, members) in groups)
        {
            if (members.Count > 0 && measure(members) is { } m)
            {
                yield return new ProviderIndicatorResult(indicator, groupKey.ProviderId, groupKey.Programme, groupKey.Year, m.Value, m.Basis, m.Excluded)
                {
                    Persons = m.Persons,
                };
            }
        }
    }

    /// <summary>Indicators 1-3: mean of answers 1-6; a 7 (NAV survey only, validated) is excluded.</summary>
    /// <remarks>Answers are anonymous, but each respondent answers a question at most once, so the largest number of
    /// answers (7s included) to one question is a lower bound on the respondents: the persons count for disclosure control.</remarks>
    private static Measure? Survey(IEnumerable<(int Question, int Score)> answers)
    {
        long sum = 0;
        var counted = 0;
        var excluded = 0;
        var perQuestion = new Dictionary<int, int>();
        foreach (var (question, score) in answers)
        {
            perQuestion[question] = perQuestion.GetValueOrDefault(question) + 1;
            if (score == 7)
            {
                excluded++;
                continue;
            }

            sum += score;
            counted++;
        }

        return counted == 0 ? null : new Measure((double)sum / counted, counted, excluded, perQuestion.Values.Max());
    }

    /// <summary>Indicator 4: (training hours of counted staff / 7.5) / counted staff.</summary>
    private static Measure? Competence(IReadOnlyList<StaffTraining> staff)
    {
        var hours = 0.0;
        var counted = 0;
        foreach (var member in staff)
        {
            if (member.TakesPartInRehabilitation)
            {
                hours += member.TrainingHours;
                counted++;
            }
        }

        return counted == 0 ? null : new Measure(hours / HoursPerTrainingDay / counted, counted, staff.Count - counted, Persons: null);
    }

    /// <summary>Indicator 5: partners with a written agreement used in the reporting year.</summary>
    private static Measure? Partners(IReadOnlyList<PlacementPartner> partners)
    {
        var active = partners.Count(p => p.HasWrittenAgreement && p.LastUsed is { } used && used.Year == p.Year);
        return new Measure(active, partners.Count, partners.Count - active, Persons: null);
    }

    /// <summary>Indicator 6: percent of participants with an external placement.</summary>
    private static Measure? PlacementUse(IReadOnlyList<ParticipantPlacementUse> participants)
        => new Measure(Percent(participants.Count(p => p.UsedExternalPlacement), participants.Count), participants.Count, 0, participants.Count);

    /// <summary>Indicator 7: percent yes of the provider's questions 1-4 and the programme's questions 5-6.</summary>
    private Measure? Health(IReadOnlyList<ProgrammeHealthFocus> programmeAnswers)
    {
        var programme = programmeAnswers[0];
        var provider = _data.ProviderHealth.FirstOrDefault(h => h.Year == programme.Year && string.Equals(h.ProviderId, programme.ProviderId, StringComparison.Ordinal));
        return provider is null ? null : new Measure(Percent(provider.YesCount + programme.YesCount, 6), 6, 0, Persons: null);
    }

    /// <summary>Indicators 8, 9 and 11: percent of leavers meeting the condition.</summary>
    private static Measure? Share(IReadOnlyList<ParticipantExit> leavers, Func<ParticipantExit, bool> condition)
        => new Measure(Percent(leavers.Count(condition), leavers.Count), leavers.Count, 0, leavers.Count);

    /// <summary>Indicators 10, 12 and 13: mean weeks from the start date to a date; leavers without the date are excluded and counted.</summary>
    private static Measure? MeanWeeks(IReadOnlyList<ParticipantExit> leavers, Func<ParticipantExit, DateOnly?> end)
    {
        var weeks = 0.0;
        var counted = 0;
        foreach (var leaver in leavers)
        {
            if (end(leaver) is { } date)
            {
                weeks += Weeks(leaver.StartDate, date);
                counted++;
            }
        }

        return counted == 0 ? null : new Measure(weeks / counted, counted, leavers.Count - counted, counted);
    }

    private readonly record struct Measure(double Value, int Basis, int Excluded, int? Persons);
}
