using Indikator.Core.Reporting;

namespace Indikator.Core.Tests.Reporting;

public class ReportTableTests
{
    [Fact]
    public void Indexer_and_IndexOf_find_cells_by_position_and_name()
    {
        var table = ReportSamples.Small();

        Assert.Equal(2, table.IndexOf("actual"));
        Assert.Equal(-1, table.IndexOf("Actual"));
        Assert.Equal(0.4521, table[0, table.IndexOf("actual")].Number);
        Assert.Equal(CellStatus.Suppressed, table[1, 1].Status);
        Assert.Throws<ArgumentOutOfRangeException>(() => table[3, 0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => table[0, -1]);
    }

    [Fact]
    public void Counts_suppressed_cells_and_describes_itself()
    {
        var table = ReportSamples.Small();

        Assert.Equal(3, table.SuppressedCellCount);
        Assert.Equal("Work indicator by office (3 rows x 4 columns)", table.ToString());
    }
}
