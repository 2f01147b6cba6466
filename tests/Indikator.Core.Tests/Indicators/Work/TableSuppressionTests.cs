using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Indicators.Disclosure;
using Indikator.Core.Indicators.Work;

namespace Indikator.Core.Tests.Indicators.Work;

public sealed class TableSuppressionTests
{
    [Fact]
    public void A_pooled_row_with_few_persons_recurring_over_months_is_suppressed_with_a_partner()
    {
        // Office "b": 3 persons in each of 3 months (9 person-months, 3 persons). Its cells are primary suppressed,
        // and its pooled row too, because only 3 distinct persons stand behind it.
        string[] units = ["a", "b", "c"];
        string[] months = ["2024-01", "2024-02", "2024-03"];
        int[] monthly = [50, 60, 70, 3, 3, 3, 40, 45, 30];
        int[] pooled = [80, 3, 60];
        var (cells, rows) = TableSuppression.Apply(units, months, monthly, pooled, 5);
        Assert.Equal([SuppressionStatus.PrimarySuppressed, SuppressionStatus.PrimarySuppressed, SuppressionStatus.PrimarySuppressed], cells[3..6]);
        Assert.Equal(SuppressionStatus.PrimarySuppressed, rows[1]);
        Assert.Equal(SuppressionStatus.SecondarySuppressed, rows[2]);
        Assert.Equal(SuppressionStatus.Published, rows[0]);

        // Each month's column then has three hidden cells or none: the national total does not reveal b's cell.
        for (var t = 0; t < 3; t++)
        {
            Assert.NotEqual(1, Enumerable.Range(0, 3).Count(u => cells[(u * 3) + t] != SuppressionStatus.Published));
        }
    }

    [Fact]
    public void Tables_without_small_cells_are_published_whole()
    {
        var (cells, rows) = TableSuppression.Apply(["a", "b"], ["m1", "m2"], [10, 12, 8, 9], [15, 11], 5);
        Assert.All(cells, s => Assert.Equal(SuppressionStatus.Published, s));
        Assert.All(rows, s => Assert.Equal(SuppressionStatus.Published, s));
    }

    [Fact]
    public void No_small_cell_or_pooled_row_is_published_and_no_pooled_row_is_hidden_alone()
    {
        var gen =
            from units in Gen.Choose(2, 6)
            from months in Gen.Choose(2, 5)
            from minimum in Gen.Choose(1, 7)
            from counts in Gen.Choose(0, 12).ArrayOf(units * months)
            from extra in Gen.Choose(0, 100).ArrayOf(units)
            select (units, months, minimum, counts, extra);
        Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (units, months, minimum, counts, extra) = input;
            var names = Enumerable.Range(0, units).Select(u => $"u{u}").ToArray();
            var labels = Enumerable.Range(0, months).Select(t => $"m{t}").ToArray();

            // Distinct persons of a unit over all months: between its largest month and its person-months.
            var pooled = new int[units];
            for (var u = 0; u < units; u++)
            {
                var row = counts.Skip(u * months).Take(months).ToArray();
                pooled[u] = row.Max() + ((row.Sum() - row.Max()) * extra[u] / 100);
            }

            var (cells, rows) = TableSuppression.Apply(names, labels, counts, pooled, minimum);
            var cellsOk = cells.Select((s, i) => s != SuppressionStatus.Published || counts[i] == 0 || counts[i] >= minimum).All(x => x);
            var rowsOk = rows.Select((s, u) => s != SuppressionStatus.Published || pooled[u] == 0 || pooled[u] >= minimum).All(x => x);
            var alone = counts.Sum() >= minimum && rows.Count(s => s != SuppressionStatus.Published) == 1;
            return cellsOk && rowsOk && !alone;
        }).QuickCheckThrowOnFailure();
    }
}
