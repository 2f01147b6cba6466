using System.Globalization;
using Indikator.Core.Data;

namespace Indikator.Core.Tests.Outcomes;

/// <summary>Small hand-made inputs and a seeded random generator for the outcome tests.</summary>
internal static class OutcomeData
{
    /// <summary>A person key that must never show up in a message.</summary>
    public const long SecretKey = 987654321012L;

    public static YearMonth M(string month) => YearMonth.Parse(month, CultureInfo.InvariantCulture);

    public static PersonMonthPanel Stock(params (long Person, string Month)[] rows)
        => new PersonMonthPanelBuilder()
            .WithPersonKeys(rows.Select(r => r.Person).ToArray())
            .WithPeriods(rows.Select(r => M(r.Month)).ToArray())
            .Build();

    public static PersonMonthPanel Stock(params (long Person, string Month, double Age, string Office)[] rows)
        => new PersonMonthPanelBuilder()
            .WithPersonKeys(rows.Select(r => r.Person).ToArray())
            .WithPeriods(rows.Select(r => M(r.Month)).ToArray())
            .AddNumeric("age", rows.Select(r => r.Age).ToArray())
            .AddCategorical("office", rows.Select(r => (string?)r.Office).ToArray())
            .Build();

    public static EmploymentRecords Jobs(params (long Person, string Month, double Hours)[] rows)
        => new(rows.Select(r => r.Person).ToArray(), rows.Select(r => M(r.Month)).ToArray(), rows.Select(r => r.Hours).ToArray());

    public static EmploymentRecords Jobs(params (long Person, string Month, double Hours, double Earnings)[] rows)
        => new(
            rows.Select(r => r.Person).ToArray(),
            rows.Select(r => M(r.Month)).ToArray(),
            rows.Select(r => r.Hours).ToArray(),
            rows.Select(r => r.Earnings).ToArray());

    public static StatusRecords Statuses(IReadOnlyList<string> programmes, params (long Person, string Month, RegisterStatus Status, int Programme, bool Benefit)[] rows)
        => new(
            rows.Select(r => r.Person).ToArray(),
            rows.Select(r => M(r.Month)).ToArray(),
            rows.Select(r => r.Status).ToArray(),
            rows.Select(r => r.Programme).ToArray(),
            programmes,
            rows.Select(r => r.Benefit).ToArray());

    /// <summary>Months from <paramref name="from"/> to <paramref name="to"/> inclusive, as text.</summary>
    public static IEnumerable<string> Months(string from, string to)
    {
        for (var m = M(from); m <= M(to); m = m.AddMonths(1))
        {
            yield return m.ToString();
        }
    }

    /// <summary>
    /// A seeded random stock (unique person-months) and employment records (about one per stock row, some of
    /// persons outside the stock, some before or after the stock months, several jobs per month).
    /// </summary>
    /// <param name="seed">The seed.</param>
    /// <param name="hourStep">Hours are multiples of this step (0.5 makes all sums exact), or 0 for arbitrary fractions.</param>
    public static (PersonMonthPanel Stock, EmploymentRecords Jobs) Random(int seed, double hourStep, int persons = 8, int months = 18)
    {
        var random = new Random(seed);
        var first = M("2023-01");
        var keys = new List<long>();
        var periods = new List<YearMonth>();
        for (var p = 0; p < persons; p++)
        {
            for (var m = 0; m < months; m++)
            {
                if (random.NextDouble() < 0.5)
                {
                    keys.Add(1000 + p);
                    periods.Add(first.AddMonths(m));
                }
            }
        }

        var jobKeys = new List<long>();
        var jobMonths = new List<YearMonth>();
        var hours = new List<double>();
        var earnings = new List<double>();
        var records = random.Next(0, persons * months);
        for (var r = 0; r < records; r++)
        {
            jobKeys.Add(1000 + random.Next(0, persons + 2));
            jobMonths.Add(first.AddMonths(random.Next(-2, months + 14)));
            var h = hourStep > 0 ? Math.Round(random.NextDouble() * 50 / hourStep) * hourStep : random.NextDouble() * 50;
            hours.Add(random.NextDouble() < 0.1 ? 0 : h);
            earnings.Add(Math.Round(random.NextDouble() * 60000));
        }

        var stock = new PersonMonthPanelBuilder().WithPersonKeys([.. keys]).WithPeriods([.. periods]).Build();
        return (stock, new EmploymentRecords([.. jobKeys], [.. jobMonths], [.. hours], [.. earnings]));
    }

    /// <summary>Returns the records in the order given by <paramref name="permutation"/>.</summary>
    public static EmploymentRecords Permute(EmploymentRecords jobs, int[] permutation)
    {
        var keys = jobs.PersonKeys.ToArray();
        var months = jobs.Months.ToArray();
        var hours = jobs.WeeklyHours.ToArray();
        var earnings = jobs.Earnings.ToArray();
        return new EmploymentRecords(
            permutation.Select(i => keys[i]).ToArray(),
            permutation.Select(i => months[i]).ToArray(),
            permutation.Select(i => hours[i]).ToArray(),
            jobs.HasEarnings ? permutation.Select(i => earnings[i]).ToArray() : null);
    }

    public static int[] Shuffled(int count, int seed)
    {
        var permutation = Enumerable.Range(0, count).ToArray();
        new Random(seed).Shuffle(permutation);
        return permutation;
    }
}
