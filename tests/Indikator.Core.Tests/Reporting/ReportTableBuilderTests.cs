using Indikator.Core.Reporting;

namespace Indikator.Core.Tests.Reporting;

public class ReportTableBuilderTests
{
    private static ReportTableBuilder TwoColumns() => new ReportTableBuilder("T")
        .AddColumn("office", "Office", ReportColumnKind.Text)
        .AddColumn("persons", "Persons", ReportColumnKind.WholeNumber);

    [Fact]
    public void Build_copies_rows_so_later_changes_to_the_input_do_not_leak_in()
    {
        var cells = new[] { ReportCell.FromText("Alna"), ReportCell.FromNumber(10) };
        var builder = TwoColumns().AddRow(cells);
        var table = builder.Build();
        cells[1] = ReportCell.FromNumber(99);
        builder.AddRow(ReportCell.FromText("Asker"), ReportCell.FromNumber(20));

        Assert.Equal(10, table[0, 1].Number);
        Assert.Single(table.Rows);
        Assert.Equal(2, builder.Build().Rows.Count);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_names_the_row()
    {
        var builder = TwoColumns().AddRow(ReportCell.FromText("A"), ReportCell.FromNumber(1));

        var error = Assert.Throws<ArgumentException>(() => builder.AddRow(ReportCell.FromText("B")));

        Assert.Contains("Row 1 has 1 cells", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_must_fit_their_column_kind()
    {
        var textInNumber = Assert.Throws<ArgumentException>(() => TwoColumns().AddRow(ReportCell.FromText("A"), ReportCell.FromText("12")));
        var numberInText = Assert.Throws<ArgumentException>(() => TwoColumns().AddRow(ReportCell.FromNumber(1), ReportCell.FromNumber(12)));

        Assert.Contains("column 'persons'", textInNumber.Message, StringComparison.Ordinal);
        Assert.Contains("column 'office'", numberInText.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Suppressed_and_missing_cells_fit_any_column()
    {
        var table = TwoColumns()
            .WithSuppressionThreshold(5)
            .AddRow(ReportCell.Suppressed, ReportCell.Suppressed)
            .AddRow(ReportCell.NotAvailable, ReportCell.NotAvailable)
            .Build();

        Assert.Equal(2, table.SuppressedCellCount);
    }

    [Fact]
    public void Suppressed_cells_need_a_threshold_for_the_footnote()
    {
        var builder = TwoColumns().AddRow(ReportCell.FromText("A"), ReportCell.Suppressed);

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains("WithSuppressionThreshold", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, builder.WithSuppressionThreshold(5).Build().SuppressionThreshold);
    }

    [Fact]
    public void Columns_are_unique_and_come_before_rows()
    {
        Assert.Throws<ArgumentException>(() => TwoColumns().AddColumn("office", "Again", ReportColumnKind.Text));
        var withRow = TwoColumns().AddRow(ReportCell.FromText("A"), ReportCell.FromNumber(1));
        Assert.Throws<InvalidOperationException>(() => withRow.AddColumn("late", "Late", ReportColumnKind.Text));
        Assert.Throws<InvalidOperationException>(() => new ReportTableBuilder("Empty").Build());
    }

    [Fact]
    public void Description_and_notes_are_kept_and_blank_descriptions_dropped()
    {
        var table = TwoColumns().WithDescription("  ").AddNote("First").AddNote("Second").Build();

        Assert.Null(table.Description);
        Assert.Equal(["First", "Second"], table.Notes);
        Assert.Equal("D", TwoColumns().WithDescription("D").Build().Description);
    }
}
