using Indikator.Core.Data;
using Indikator.Core.Outcomes;

namespace Indikator.Core.Tests.Outcomes;

/// <summary>The per-person employment months are the same whatever the number of threads that sort the records.</summary>
public class MonthlyEmploymentTests
{
    [Fact]
    public void Records_sorted_by_person_in_parts_give_the_months_of_one_sequential_scatter()
    {
        var random = new Random(5);
        const int records = 300_000;
        var stockKeys = Enumerable.Range(0, 20_000).Select(i => 1_000L + (7L * i)).ToArray();
        var persons = PersonIndex.Build(stockKeys, out _);
        // Keys outside the stock, months outside the window, and several records per person and month, in any order.
        var keys = Enumerable.Range(0, records).Select(_ => 1_000L + (7L * random.Next(21_000))).ToArray();
        var months = Enumerable.Range(0, records).Select(_ => YearMonth.FromIndex(24_200 + random.Next(40))).ToArray();
        var hours = Enumerable.Range(0, records).Select(_ => Math.Round(random.NextDouble() * 40, 1)).ToArray();
        var earnings = Enumerable.Range(0, records).Select(_ => Math.Round(random.NextDouble() * 50_000)).ToArray();
        var data = new EmploymentRecords(keys, months, hours, earnings);

        var one = MonthlyEmployment.Build(data, persons, 24_205, 24_230, hoursCap: 60, withEarnings: true, maxDegreeOfParallelism: 1);
        foreach (var threads in new[] { 2, 3, -1 })
        {
            var many = MonthlyEmployment.Build(data, persons, 24_205, 24_230, hoursCap: 60, withEarnings: true, maxDegreeOfParallelism: threads);
            Assert.Equal(one.Start, many.Start);
            Assert.Equal(one.Length, many.Length);
            Assert.Equal(one.Months, many.Months);
            Assert.Equal(one.Hours, many.Hours);
            Assert.Equal(one.Earnings, many.Earnings);
            Assert.Equal(one.RecordsUsed, many.RecordsUsed);
            Assert.Equal(one.RecordsOfUnknownPersons, many.RecordsOfUnknownPersons);
        }

        Assert.True(one.RecordsOfUnknownPersons > 0 && one.RecordsBeforeFirstMonth > 0 && one.RecordsAfterLastMonth > 0);
    }
}
