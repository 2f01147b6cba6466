using Indikator.Core.Indicators.Disclosure;

namespace Indikator.Core.Tests.Indicators.Disclosure;

public partial class DisclosureControlTests
{
    private static CountTable OneWay(bool withTotal, params (string Category, int Count)[] counts)
        => CountTable.OneWay(counts.Select(c => KeyValuePair.Create(c.Category, c.Count)), withTotal);

    private static SuppressionStatus Status(SuppressedTable table, string column) => table.Cell(string.Empty, column).Status;

    [Fact]
    public void One_way_table_with_total_suppresses_the_next_smallest_cell()
    {
        var table = DisclosureControl.Suppress(OneWay(true, ("A", 3), ("B", 10), ("C", 7), ("D", 20)));
        Assert.Equal(SuppressionStatus.PrimarySuppressed, Status(table, "A"));
        Assert.Equal(SuppressionStatus.SecondarySuppressed, Status(table, "C"));
        Assert.Equal(SuppressionStatus.Published, Status(table, "B"));
        Assert.Equal(SuppressionStatus.Published, Status(table, "D"));
        Assert.Equal(new SuppressedCell(SuppressionStatus.Published, 40), table.RowTotal(string.Empty));
        Assert.Null(table.Cell(string.Empty, "A").Value);
        Assert.Equal((1, 1), (table.PrimaryCount, table.SecondaryCount));
        Assert.Equal([":", "10", ":", "20", "40"], new[] { "A", "B", "C", "D" }.Select(c => table.Render(string.Empty, c)).Append(table.RowTotal(string.Empty).Render()));
    }

    [Fact]
    public void One_way_table_without_total_needs_only_primary_suppression()
    {
        var table = DisclosureControl.Suppress(OneWay(false, ("A", 3), ("B", 10)));
        Assert.Equal(SuppressionStatus.PrimarySuppressed, Status(table, "A"));
        Assert.Equal(SuppressionStatus.Published, Status(table, "B"));
        Assert.Throws<InvalidOperationException>(() => table.RowTotal(string.Empty));
    }

    [Fact]
    public void Two_primary_cells_in_a_line_need_no_secondary_cell()
    {
        var table = DisclosureControl.Suppress(OneWay(true, ("A", 3), ("B", 1), ("C", 7)));
        Assert.Equal((2, 0), (table.PrimaryCount, table.SecondaryCount));
        Assert.Equal(SuppressionStatus.Published, Status(table, "C"));
    }

    [Fact]
    public void Ties_for_the_secondary_cell_go_to_the_first_label_in_ordinal_order()
    {
        var table = DisclosureControl.Suppress(OneWay(true, ("c", 7), ("b", 7), ("a", 4), ("B", 7)));
        Assert.Equal(SuppressionStatus.SecondarySuppressed, Status(table, "B"));
        Assert.Equal(SuppressionStatus.Published, Status(table, "b"));
        Assert.Equal(SuppressionStatus.Published, Status(table, "c"));
    }

    [Fact]
    public void Zeros_are_published_by_default_and_positive_cells_are_preferred_as_secondary_cells()
    {
        var table = DisclosureControl.Suppress(OneWay(true, ("A", 2), ("B", 0), ("C", 9), ("D", 30)));
        Assert.Equal(new SuppressedCell(SuppressionStatus.Published, 0), table.Cell(string.Empty, "B"));
        Assert.Equal("0", table.Render(string.Empty, "B"));
        Assert.Equal(SuppressionStatus.SecondarySuppressed, Status(table, "C"));

        // The only other positive cell is the total (2 persons), which is primary itself: the zero stays published.
        var smallTotal = DisclosureControl.Suppress(OneWay(true, ("A", 2), ("B", 0)));
        Assert.Equal(SuppressionStatus.PrimarySuppressed, smallTotal.RowTotal(string.Empty).Status);
        Assert.Equal(SuppressionStatus.Published, Status(smallTotal, "B"));
    }

    [Fact]
    public void Zeros_can_be_suppressed_as_an_option()
    {
        var table = DisclosureControl.Suppress(OneWay(true, ("A", 2), ("B", 0), ("C", 9), ("D", 30)), new SuppressionOptions { SuppressZeros = true });
        Assert.Equal(SuppressionStatus.PrimarySuppressed, Status(table, "B"));
        Assert.Equal(SuppressionStatus.Published, Status(table, "C"));
    }

    [Fact]
    public void Minimum_and_symbol_are_options()
    {
        var options = new SuppressionOptions { MinimumCount = 3, SuppressedSymbol = "." };
        var table = DisclosureControl.Suppress(OneWay(false, ("A", 2), ("B", 3)), options);
        Assert.Equal(".", table.Render(string.Empty, "A"));
        Assert.Equal("3", table.Render(string.Empty, "B"));
        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureControl.Suppress(OneWay(false, ("A", 2)), new SuppressionOptions { MinimumCount = 0 }));
        Assert.Throws<ArgumentException>(() => DisclosureControl.Suppress(OneWay(false, ("A", 2)), new SuppressionOptions { SuppressedSymbol = null! }));
        Assert.Throws<ArgumentNullException>(() => DisclosureControl.Suppress(null!));
    }

    [Fact]
    public void Two_way_table_with_both_margins_suppresses_until_every_line_has_two()
    {
        //        c1  c2   c3 | total
        // r1      2  10   20 |   32
        // r2     12  15   30 |   57
        // r3     25  40   50 |  115
        // total  39  65  100 |  204
        // r1c1 is primary; row r1 then takes r1c2 (10); column c1 takes r2c1 (12); column c2 takes r2c2 (15).
        int[,] counts = { { 2, 10, 20 }, { 12, 15, 30 }, { 25, 40, 50 } };
        var cells = from i in Enumerable.Range(0, 3) from j in Enumerable.Range(0, 3) select new CountCell($"r{i + 1}", $"c{j + 1}", counts[i, j]);
        var table = DisclosureControl.Suppress(CountTable.Create(cells, TableMargins.Both));
        Assert.Equal(SuppressionStatus.PrimarySuppressed, table.Cell("r1", "c1").Status);
        Assert.Equal(SuppressionStatus.SecondarySuppressed, table.Cell("r1", "c2").Status);
        Assert.Equal(SuppressionStatus.SecondarySuppressed, table.Cell("r2", "c1").Status);
        Assert.Equal(SuppressionStatus.SecondarySuppressed, table.Cell("r2", "c2").Status);
        Assert.Equal((1, 3), (table.PrimaryCount, table.SecondaryCount));
        Assert.Equal(204, table.GrandTotal().Value);
        Assert.Equal(32, table.RowTotal("r1").Value);
        Assert.Equal(39, table.ColumnTotal("c1").Value);
    }

    [Fact]
    public void A_small_total_is_itself_suppressed_and_counts_as_a_suppressed_cell_of_its_line()
    {
        // Row r1 = 1 + 2 = 3 persons: both cells and the row total are primary; column lines then need partners.
        var table = DisclosureControl.Suppress(CountTable.Create(
            [new("r1", "a", 1), new("r1", "b", 2), new("r2", "a", 20), new("r2", "b", 30)], TableMargins.Both));
        Assert.Equal(SuppressionStatus.PrimarySuppressed, table.RowTotal("r1").Status);
        Assert.Equal(SuppressionStatus.SecondarySuppressed, table.Cell("r2", "a").Status);
        Assert.Equal(SuppressionStatus.SecondarySuppressed, table.Cell("r2", "b").Status);
        Assert.Equal(SuppressionStatus.SecondarySuppressed, table.RowTotal("r2").Status);
        Assert.Equal(SuppressionStatus.Published, table.GrandTotal().Status);
    }

    [Fact]
    public void Secondary_suppression_can_be_turned_off()
    {
        var table = DisclosureControl.Suppress(OneWay(true, ("A", 3), ("B", 10)), new SuppressionOptions { ApplySecondarySuppression = false });
        Assert.Equal((1, 0), (table.PrimaryCount, table.SecondaryCount));
    }

    [Fact]
    public void Totals_that_the_table_does_not_show_cannot_be_read()
    {
        var table = DisclosureControl.Suppress(CountTable.Create([new("r", "c", 9)], TableMargins.ColumnTotals));
        Assert.Equal(9, table.ColumnTotal("c").Value);
        Assert.Throws<InvalidOperationException>(() => table.RowTotal("r"));
        Assert.Throws<InvalidOperationException>(() => table.GrandTotal());
        Assert.Throws<KeyNotFoundException>(() => table.Cell("x", "c"));
    }
}
