using Indikator.Core.Reporting;

namespace Indikator.Core.Tests.Reporting;

public class ReportCellTests
{
    [Fact]
    public void A_suppressed_cell_carries_no_value_at_all()
    {
        var cell = ReportCell.Suppressed;

        Assert.Equal(CellStatus.Suppressed, cell.Status);
        Assert.Null(cell.Number);
        Assert.Null(cell.Text);
        Assert.Equal(":", cell.ToString());
    }

    [Fact]
    public void The_default_cell_is_not_available_rather_than_zero()
    {
        var cell = default(ReportCell);

        Assert.Equal(CellStatus.NotAvailable, cell.Status);
        Assert.Null(cell.Number);
        Assert.Equal("..", cell.ToString());
        Assert.Equal(ReportCell.NotAvailable, cell);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void FromNumber_rejects_non_finite_values(double value)
        => Assert.Throws<ArgumentOutOfRangeException>(() => ReportCell.FromNumber(value));

    [Fact]
    public void FromOptional_maps_null_and_NaN_to_not_available()
    {
        Assert.Equal(CellStatus.NotAvailable, ReportCell.FromOptional(null).Status);
        Assert.Equal(CellStatus.NotAvailable, ReportCell.FromOptional(double.NaN).Status);
        Assert.Equal(0.25, ReportCell.FromOptional(0.25).Number);
    }

    [Fact]
    public void FromNumber_with_persons_suppresses_cells_below_the_threshold()
    {
        Assert.Equal(CellStatus.Suppressed, ReportCell.FromNumber(0.5, persons: 4, minimumPersons: 5).Status);
        Assert.Equal(0.5, ReportCell.FromNumber(0.5, persons: 5, minimumPersons: 5).Number);
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportCell.FromNumber(0.5, 10, 0));
    }

    [Fact]
    public void Text_and_number_cells_expose_only_their_own_value()
    {
        var text = ReportCell.FromText("NAV Alna");
        var number = ReportCell.FromNumber(-0.125);

        Assert.Equal(("NAV Alna", (double?)null), (text.Text, text.Number));
        Assert.Equal(((string?)null, -0.125), (number.Text, number.Number));
        Assert.Equal(CellStatus.Published, text.Status);
        Assert.Equal("-0.125", number.ToString());
        Assert.Throws<ArgumentNullException>(() => ReportCell.FromText(null!));
    }
}
