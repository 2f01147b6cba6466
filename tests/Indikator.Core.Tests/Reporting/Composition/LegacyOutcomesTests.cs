using System.Globalization;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Composition;
using Indikator.Core.Tests.Outcomes;
using Indikator.Core.Data;

namespace Indikator.Core.Tests.Reporting.Composition;

public sealed class LegacyOutcomesTests
{
    private const RegisterStatus JS = RegisterStatus.JobSeeker;
    private const RegisterStatus RWC = RegisterStatus.ReducedWorkCapacity;

    [Fact]
    public void Navs_eight_categories_by_status_left_are_suppressed_with_both_margins()
    {
        // Exits in January 2024, status at the end of July. From job seeker: 6 only employed (a job in July),
        // 3 still job seekers, 5 unknown. From reduced work capacity: 2 disability, 7 still reduced work capacity.
        // (The July registrations are exits too, but their t+6 is after December 2024: censored, not in the table.)
        var scenario = new LegacyScenario();
        long person = 0;
        for (var i = 0; i < 6; i++)
        {
            scenario.Registered(++person, "2024-01", "2024-01", JS).Job(person, "2024-07", 20);
        }

        for (var i = 0; i < 3; i++)
        {
            scenario.Registered(++person, "2024-01", "2024-01", JS).Registered(person, "2024-07", "2024-07", JS);
        }

        for (var i = 0; i < 5; i++)
        {
            scenario.Registered(++person, "2024-01", "2024-01", JS);
        }

        for (var i = 0; i < 2; i++)
        {
            scenario.Registered(++person, "2024-01", "2024-01", RWC).Registered(person, "2024-07", "2024-07", RegisterStatus.Disability);
        }

        for (var i = 0; i < 7; i++)
        {
            scenario.Registered(++person, "2024-01", "2024-01", RWC).Registered(person, "2024-07", "2024-07", RWC);
        }

        var table = LegacyOutcomes.Table(scenario.Run(), minimum: 5)!;

        // Suppression by hand (minimum 5; rows = categories, columns = JS, RWC, all):
        // primary: job seeker/JS 3 and its row total 3; disability/RWC 2 and its row total 2.
        // The JS column then has one hidden cell: the smallest other positive one, unknown/JS 5, is hidden; the unknown
        // row then has one: its total 5 is hidden. The RWC column has one (2): RWC/RWC 7 is hidden, then its row
        // total 7. Column totals 14, 9 and the grand total 23 stay published. Percent = count / column total.
        string[][] expected =
        [
            ["Only employed", "6", P(6, 14), "0", "0", "6", P(6, 23)],
            ["Employed with disability benefit", "0", "0", "0", "0", "0", "0"],
            ["Employed with other benefit or follow-up", "0", "0", "0", "0", "0", "0"],
            ["Disability benefit", "0", "0", ":", ":", ":", ":"],
            ["Other benefit", "0", "0", "0", "0", "0", "0"],
            ["Reduced work capacity", "0", "0", ":", ":", ":", ":"],
            ["Job seeker", ":", ":", "0", "0", ":", ":"],
            ["Unknown", ":", ":", "0", "0", ":", ":"],
            ["Total", "14", "1", "9", "1", "23", "1"],
        ];
        Assert.Equal(
            ["status6", "exits_JobSeeker", "percent_JobSeeker", "exits_ReducedWorkCapacity", "percent_ReducedWorkCapacity", "exits_all", "percent_all"],
            table.Columns.Select(c => c.Name));
        Assert.Equal(expected.Length, table.Rows.Count);
        for (var r = 0; r < expected.Length; r++)
        {
            Assert.Equal(expected[r], table.Rows[r].Select(Show).ToArray());
        }
    }

    private static string P(int part, int whole) => ((double)part / whole).ToString("R", CultureInfo.InvariantCulture);

    private static string Show(ReportCell cell)
        => cell.Text ?? (cell.Number is { } n ? n.ToString("R", CultureInfo.InvariantCulture) : cell.Status == CellStatus.Suppressed ? ":" : "..");
}
