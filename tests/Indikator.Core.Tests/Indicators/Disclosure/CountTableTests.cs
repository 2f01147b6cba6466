using Indikator.Core.Indicators.Disclosure;

namespace Indikator.Core.Tests.Indicators.Disclosure;

public class CountTableTests
{
    [Fact]
    public void Rows_and_columns_are_sorted_by_label_whatever_the_input_order()
    {
        var table = CountTable.Create([new("b", "y", 1), new("a", "y", 2), new("b", "x", 3), new("a", "x", 4)], TableMargins.Both);
        Assert.Equal(["a", "b"], table.Rows);
        Assert.Equal(["x", "y"], table.Columns);
        Assert.Equal(3, table.Count("b", "x"));
        Assert.Equal(TableMargins.Both, table.Margins);
        Assert.Throws<KeyNotFoundException>(() => table.Count("c", "x"));
    }

    [Fact]
    public void One_way_tables_have_one_row_with_an_empty_label()
    {
        var table = CountTable.OneWay([KeyValuePair.Create("b", 5), KeyValuePair.Create("a", 6)], withTotal: true);
        Assert.Equal([string.Empty], table.Rows);
        Assert.Equal(["a", "b"], table.Columns);
        Assert.Equal(TableMargins.RowTotals, table.Margins);
    }

    [Fact]
    public void Invalid_cells_are_reported_by_index_and_field()
    {
        Assert.Equal(
            "cells[2].Count: a count of persons cannot be negative.",
            Assert.Throws<TableDataException>(() => CountTable.Create([new("a", "x", 1), new("a", "y", 1), new("b", "x", -1)], TableMargins.None)).Message);
        var repeated = Assert.Throws<TableDataException>(() => CountTable.Create([new("a", "x", 1), new("a", "y", 1), new("a", "x", 2)], TableMargins.None));
        Assert.Equal("cells[2].Row: the cell repeats the row and column of cells[0].", repeated.Message);
        Assert.Equal((2, "Row"), (repeated.CellIndex, repeated.Field));
        Assert.Equal(
            "cells: no cell for row 'b' and column 'y'; give every combination (0 for empty cells).",
            Assert.Throws<TableDataException>(() => CountTable.Create([new("a", "x", 1), new("a", "y", 1), new("b", "x", 2)], TableMargins.None)).Message);
        Assert.Equal("cells: the table has no cells.", Assert.Throws<TableDataException>(() => CountTable.Create([], TableMargins.None)).Message);
        Assert.Equal("cells[0].Row: the label is null.", Assert.Throws<TableDataException>(() => CountTable.Create([new(null!, "x", 1)], TableMargins.None)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => CountTable.Create([new("a", "x", 1)], (TableMargins)4));
        Assert.Throws<ArgumentNullException>(() => CountTable.Create(null!, TableMargins.None));
    }
}
