using Indikator.Core.Data;

namespace Indikator.Core.Benchmarks.Outcomes;

/// <summary>Seeded synthetic stocks, employment and status records for the outcome benchmarks.</summary>
internal static class OutcomeBenchmarkData
{
    public static readonly YearMonth FirstMonth = new(2021, 1);

    /// <summary>
    /// A stock of <paramref name="rows"/> person-months (24 consecutive months per person from January 2021) and
    /// about one employment record per person-month over the stock months and the 12 months after.
    /// </summary>
    public static (PersonMonthPanel Stock, EmploymentRecords Jobs) WorkVolume(int rows, int seed)
    {
        const int monthsPerPerson = 24;
        var random = new Random(seed);
        var keys = new long[rows];
        var periods = new YearMonth[rows];
        for (var row = 0; row < rows; row++)
        {
            keys[row] = 10_000_000_000L + (row / monthsPerPerson);
            periods[row] = FirstMonth.AddMonths(row % monthsPerPerson);
        }

        var persons = (rows + monthsPerPerson - 1) / monthsPerPerson;
        var capacity = rows + (rows / 2);
        var jobKeys = new List<long>(capacity);
        var jobMonths = new List<YearMonth>(capacity);
        var hours = new List<double>(capacity);
        var earnings = new List<double>(capacity);
        for (var p = 0; p < persons; p++)
        {
            // About 2/3 of the months (36 months per person) have a job and some of those a second one:
            // 36 * (2/3) * 1.1 ~ 26 records per 24 stock rows.
            for (var m = 1; m <= monthsPerPerson + 12; m++)
            {
                if (random.NextDouble() < 2.0 / 3)
                {
                    var jobs = random.NextDouble() < 0.1 ? 2 : 1;
                    for (var j = 0; j < jobs; j++)
                    {
                        jobKeys.Add(10_000_000_000L + p);
                        jobMonths.Add(FirstMonth.AddMonths(m));
                        var h = Math.Round(random.NextDouble() * 45, 1);
                        hours.Add(h);
                        earnings.Add(Math.Round(h * 4.33 * 250));
                    }
                }
            }
        }

        var stock = new PersonMonthPanelBuilder().WithPersonKeys(keys).WithPeriods(periods).Build();
        return (stock, new EmploymentRecords([.. jobKeys], [.. jobMonths], [.. hours], [.. earnings]));
    }

    /// <summary>
    /// Status histories for <paramref name="persons"/> persons from 2023 to 2024 (spells of job seeker, reduced work
    /// capacity and programmes with gaps), a stock row with age and office for every registered month, and
    /// about one employment record per person-month.
    /// </summary>
    public static (PersonMonthPanel Stock, StatusRecords Status, EmploymentRecords Jobs) Legacy(int persons, int seed)
    {
        var random = new Random(seed);
        // Follow-up runs to December 2024, so exit months end in June 2024; spells start from January 2023 so that
        // the five-month look-back has history, and most exits fall in July 2023 - June 2024.
        var first = new YearMonth(2023, 7);
        var last = new YearMonth(2024, 12);
        var keys = new List<long>();
        var months = new List<YearMonth>();
        var statuses = new List<RegisterStatus>();
        var programmes = new List<int>();
        var benefit = new List<bool>();
        var ages = new List<double>();
        var offices = new List<int>();
        var jobKeys = new List<long>();
        var jobMonths = new List<YearMonth>();
        var hours = new List<double>();
        for (var p = 0; p < persons; p++)
        {
            var key = 20_000_000_000L + p;
            var age = random.Next(18, 70);
            var office = random.Next(0, 300);
            var month = first.AddMonths(-random.Next(0, 7));
            while (month <= last)
            {
                var status = random.NextDouble() < 0.6 ? RegisterStatus.JobSeeker : RegisterStatus.ReducedWorkCapacity;
                var programme = random.NextDouble() < 0.3 ? random.Next(0, 6) : StatusRecords.NoProgramme;
                var length = random.Next(1, 9);
                for (var m = 0; m < length && month <= last; m++, month = month.AddMonths(1))
                {
                    keys.Add(key);
                    months.Add(month);
                    statuses.Add(status);
                    programmes.Add(programme);
                    benefit.Add(random.NextDouble() < 0.7);
                    ages.Add(age);
                    offices.Add(office);
                }

                month = month.AddMonths(random.Next(0, 5));
            }

            for (var m = first.AddMonths(-6); m <= last; m = m.AddMonths(1))
            {
                if (random.NextDouble() < 0.5)
                {
                    jobKeys.Add(key);
                    jobMonths.Add(m);
                    hours.Add(Math.Round(random.NextDouble() * 40, 1));
                }
            }
        }

        var officeLevels = Enumerable.Range(0, 300).Select(o => "office" + o.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var stock = new PersonMonthPanelBuilder()
            .WithPersonKeys([.. keys])
            .WithPeriods([.. months])
            .AddNumeric("age", [.. ages])
            .AddCategorical("office", [.. offices], officeLevels)
            .Build();
        var records = new StatusRecords([.. keys], [.. months], [.. statuses], [.. programmes], ["Avklaring", "AB", "VTA", "TiA", "APS", "KiA"], [.. benefit]);
        return (stock, records, new EmploymentRecords([.. jobKeys], [.. jobMonths], [.. hours]));
    }
}
