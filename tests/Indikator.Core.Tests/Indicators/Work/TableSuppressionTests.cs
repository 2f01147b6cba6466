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
        Assert.Equal([CellStatus.PrimarySuppressed, CellStatus.PrimarySuppressed, CellStatus.PrimarySuppressed], cells[3..6]);
        Assert.Equal(CellStatus.PrimarySuppressed, rows[1]);
        Assert.Equal(CellStatus.SecondarySuppressed, rows[2]);
        Assert.Equal(CellStatus.Published, rows[0]);

        // Each month's column then has three hidden cells or none: the national total does not reveal b's cell.
        for (var t = 0; t < 3; t++)
        {
            Assert.NotEqual(1, Enumerable.Range(0, 3).Count(u => cells[(u * 3) + t] != CellStatus.Published));
        }
    }

    [Fact]
    public void Tables_without_small_cells_are_published_whole()
    {
        var (cells, rows) = TableSuppression.Apply(["a", "b"], ["m1", "m2"], [10, 12, 8, 9], [15, 11], 5);
        Assert.All(cells, s => Assert.Equal(CellStatus.Published, s));
        Assert.All(rows, s => Assert.Equal(CellStatus.Published, s));
    }
}
