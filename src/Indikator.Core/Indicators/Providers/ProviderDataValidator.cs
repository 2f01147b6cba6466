using System.Globalization;

namespace Indikator.Core.Indicators.Providers;

/// <summary>Checks every record of <see cref="ProviderData"/> once, at the public edge.</summary>
internal static class ProviderDataValidator
{
    public static void Validate(ProviderData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Each(data.NavSurvey, nameof(data.NavSurvey), (r, i, c) =>
        {
            Key(r.ProviderId, r.Year, null, c, i);
            Question(r.Question, int.MaxValue, c, i);
            if (r.Score is < 1 or > 7)
            {
                Fail(c, i, nameof(r.Score), $"{Text(r.Score)} is outside the scale 1-6 and is not 7 (don't know / not relevant).");
            }
        });
        Each(data.ParticipantSurvey, nameof(data.ParticipantSurvey), (r, i, c) =>
        {
            Key(r.ProviderId, r.Year, r.Programme, c, i);
            if (r.Question == 9)
            {
                Fail(c, i, nameof(r.Question), "question 9 is the yes/no question; put its answers in OverallSatisfaction.");
            }

            Question(r.Question, 8, c, i);
            Score(r.Score, c, i, "the participant survey");
        });
        Each(data.OverallSatisfaction, nameof(data.OverallSatisfaction), (r, i, c) => Key(r.ProviderId, r.Year, r.Programme, c, i));
        Each(data.EmployeeSurvey, nameof(data.EmployeeSurvey), (r, i, c) =>
        {
            Key(r.ProviderId, r.Year, null, c, i);
            Question(r.Question, int.MaxValue, c, i);
            Score(r.Score, c, i, "the employee survey");
        });
        Each(data.StaffTraining, nameof(data.StaffTraining), (r, i, c) =>
        {
            Key(r.ProviderId, r.Year, null, c, i);
            if (!double.IsFinite(r.TrainingHours) || r.TrainingHours < 0)
            {
                Fail(c, i, nameof(r.TrainingHours), $"{Text(r.TrainingHours)} hours; training hours must be a finite number of 0 or more.");
            }
        });
        Each(data.PlacementPartners, nameof(data.PlacementPartners), (r, i, c) =>
        {
            Key(r.ProviderId, r.Year, null, c, i);
            if (r.LastUsed is { } used && used.Year > r.Year)
            {
                Fail(c, i, nameof(r.LastUsed), $"{used} lies after the reporting year {Text(r.Year)}.");
            }
        });
        Each(data.Participants, nameof(data.Participants), (r, i, c) => Key(r.ProviderId, r.Year, r.Programme, c, i));
        Each(data.ProviderHealth, nameof(data.ProviderHealth), (r, i, c) => Key(r.ProviderId, r.Year, null, c, i));
        Each(data.ProgrammeHealth, nameof(data.ProgrammeHealth), (r, i, c) => Key(r.ProviderId, r.Year, r.Programme, c, i));
        Unique(data.ProviderHealth, nameof(data.ProviderHealth), r => (r.ProviderId, (Programme?)null, r.Year));
        Unique(data.ProgrammeHealth, nameof(data.ProgrammeHealth), r => (r.ProviderId, (Programme?)r.Programme, r.Year));
        Each(data.Exits, nameof(data.Exits), Exit);
    }

    private static void Exit(ParticipantExit r, int i, string c)
    {
        Key(r.ProviderId, r.ExitDate.Year, r.Programme, c, i);
        if (r.ExitDate < r.StartDate)
        {
            Fail(c, i, nameof(r.ExitDate), "the exit date is before the start date.");
        }

        if (r.Reason == ExitReason.None || !Enum.IsDefined(r.Reason))
        {
            Fail(c, i, nameof(r.Reason), "the exit reason is not set to a defined value.");
        }

        if (!Enum.IsDefined(r.Qualification))
        {
            Fail(c, i, nameof(r.Qualification), "the qualification is not a defined value.");
        }

        if (r.Qualification != FormalQualification.None && r.Programme != Programme.Kia)
        {
            Fail(c, i, nameof(r.Qualification), $"a formal qualification is recorded only for KiA, not {ProgrammeNames.Code(r.Programme)}.");
        }

        if (r.FirstWorkday is { } first)
        {
            AbOnly(r, i, c, nameof(r.FirstWorkday));
            if (first < r.StartDate || first > r.ExitDate)
            {
                Fail(c, i, nameof(r.FirstWorkday), "the first workday lies outside the stay (before the start date or after the exit date).");
            }
        }

        if (r.EmploymentDate is { } employed)
        {
            AbOnly(r, i, c, nameof(r.EmploymentDate));
            if (employed < r.StartDate)
            {
                Fail(c, i, nameof(r.EmploymentDate), "the employment date is before the start date.");
            }
        }
    }

    private static void AbOnly(ParticipantExit r, int i, string c, string field)
    {
        if (r.Programme != Programme.Ab)
        {
            Fail(c, i, field, $"this date is recorded only for AB, not {ProgrammeNames.Code(r.Programme)}.");
        }
    }

    private static void Each<T>(IReadOnlyList<T> records, string collection, Action<T, int, string> check)
        where T : class
    {
        if (records is null)
        {
            throw new ArgumentNullException(collection, $"ProviderData.{collection} is null; leave it empty instead.");
        }

        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i] ?? throw new ProviderDataException(collection, i, "(record)", "the record is null.");
            check(record, i, collection);
        }
    }

    private static void Unique<T>(IReadOnlyList<T> records, string collection, Func<T, (string, Programme?, int)> key)
    {
        var seen = new HashSet<(string, Programme?, int)>();
        for (var i = 0; i < records.Count; i++)
        {
            if (!seen.Add(key(records[i])))
            {
                Fail(collection, i, "ProviderId", "a second record for the same provider, programme and year; give one record each.");
            }
        }
    }

    private static void Key(string providerId, int year, Programme? programme, string c, int i)
    {
        if (string.IsNullOrWhiteSpace(providerId))
        {
            Fail(c, i, "ProviderId", "the provider id must not be empty.");
        }

        if (year is < 1 or > 9999)
        {
            Fail(c, i, "Year", $"{Text(year)} is not a year between 1 and 9999.");
        }

        if (programme is { } p && !Enum.IsDefined(p))
        {
            Fail(c, i, "Programme", $"{Text((int)p)} is not a defined programme.");
        }
    }

    private static void Question(int question, int max, string c, int i)
    {
        if (question < 1 || question > max)
        {
            Fail(c, i, "Question", max == int.MaxValue
                ? $"{Text(question)} is not a question number (1 or more)."
                : $"{Text(question)} is not a question number between 1 and {Text(max)}.");
        }
    }

    private static void Score(int score, string c, int i, string survey)
    {
        if (score == 7)
        {
            Fail(c, i, "Score", $"7 (don't know / not relevant) is allowed only in the NAV survey, not in {survey}.");
        }

        if (score is < 1 or > 6)
        {
            Fail(c, i, "Score", $"{Text(score)} is outside the scale 1-6.");
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static void Fail(string collection, int index, string field, string problem)
        => throw new ProviderDataException(collection, index, field, problem);
}
