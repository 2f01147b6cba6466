using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Spreadsheet;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Writers;

namespace Indikator.Core.Tests.Reporting;

public class XlsxReportWriterTests
{
    [Fact]
    public void Report_round_trips_with_sheet_names_number_formats_and_suppression_symbols()
    {
        var odd = new ReportTableBuilder("Scorecard: VTA/TiA [2025] providers with a very long title")
            .AddColumn("provider", "Provider", ReportColumnKind.Text)
            .AddColumn("hours", "Hours", ReportColumnKind.Hours)
            .AddColumn("share", "Share", ReportColumnKind.Share)
            .AddColumn("difference", "Difference", ReportColumnKind.PercentagePoints)
            .AddRow(ReportCell.FromText("A"), ReportCell.FromNumber(31.25), ReportCell.FromNumber(0.25), ReportCell.FromNumber(-0.0125))
            .Build();
        var report = new ReportBuilder("R", ReportSamples.GeneratedAt).AddTable(ReportSamples.Small()).AddTable(odd).Build();
        using var stream = new MemoryStream();

        XlsxReportWriter.Write(report, stream);

        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToArray();
        Assert.Equal(["About", "Work indicator by office", "Scorecard VTATiA 2025 providers"], sheets.Select(s => s.Name!.Value));

        var small = Rows(workbook, sheets[1]);
        Assert.Equal("Work indicator by office", Text(small[1]["A"]));
        Assert.Equal("jobb3, measurement month 2026-06", Text(small[2]["A"]));
        Assert.Equal(["Office", "Persons", "Actual", "Contribution"], small[3].Values.Select(Text));
        Assert.Equal("1234", small[4]["B"].CellValue!.Text);
        Assert.Equal("#,##0", Format(workbook, small[4]["B"]));
        Assert.Equal("0.4521", small[4]["C"].CellValue!.Text);
        Assert.Equal("0.0 %", Format(workbook, small[4]["C"]));
        Assert.Equal("#,##0.000", Format(workbook, small[4]["D"]));
        Assert.Equal([":", ":", ":"], new[] { "B", "C", "D" }.Select(c => Text(small[5][c])));
        Assert.Equal("..", Text(small[6]["D"]));
        Assert.Contains(small.Values, r => r.TryGetValue("A", out var c) && Text(c) == ": suppressed: fewer than 5 persons");

        var header = small[3]["A"];
        var font = workbook.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)Style(workbook, header).FontId!.Value);
        Assert.NotNull(font.Bold);

        var pane = Worksheet(workbook, sheets[1]).Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A4", pane.TopLeftCell!.Value);
        Assert.Equal(4, Worksheet(workbook, sheets[1]).Descendants<Column>().Count());

        var scorecard = Rows(workbook, sheets[2]);
        Assert.Equal("0.0", Format(workbook, scorecard[3]["B"]));
        Assert.Equal("0.000", Format(workbook, scorecard[3]["C"]));

        // Excel scales by 100 only with a percent sign, so percentage points are stored multiplied by 100.
        Assert.Equal("-1.25", scorecard[3]["D"].CellValue!.Text);
        Assert.Equal("0.0\" pp\"", Format(workbook, scorecard[3]["D"]));
    }

    [Fact]
    public void A_single_table_gets_a_single_sheet_and_Norwegian_footnotes()
    {
        using var stream = new MemoryStream();

        XlsxReportWriter.Write(ReportSamples.Small(), stream, ReportLanguage.Norwegian);

        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheet = Assert.Single(document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>());
        var texts = Rows(document.WorkbookPart, sheet).Values.SelectMany(r => r.Values).Select(Text).ToArray();
        Assert.Contains(": prikket: færre enn 5 personer", texts);
        Assert.DoesNotContain(texts, t => t == "0");
    }

    [Fact]
    public void The_workbook_passes_Open_XML_schema_validation()
    {
        using var stream = new MemoryStream();
        XlsxReportWriter.Write(ReportSamples.Example(), stream);

        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToArray();

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("Plain", "Plain")]
    [InlineData("a/b\\c?d*e[f]g:h", "abcdefgh")]
    [InlineData("'quoted'", "quoted")]
    [InlineData("::", "Sheet")]
    [InlineData("0123456789012345678901234567890123456789", "0123456789012345678901234567890")]
    public void Sheet_names_are_valid_for_Excel(string title, string expected)
        => Assert.Equal(expected, XlsxReportWriter.SheetName(title, new HashSet<string>()));

    [Fact]
    public void Sheet_names_are_made_unique_within_31_characters()
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var title = new string('x', 40);

        var names = Enumerable.Range(0, 3).Select(_ => XlsxReportWriter.SheetName(title, used)).ToArray();

        Assert.Equal(3, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.True(n.Length <= 31));
        Assert.EndsWith(" (3)", names[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "A1")]
    [InlineData(25, "Z1")]
    [InlineData(26, "AA1")]
    [InlineData(701, "ZZ1")]
    [InlineData(702, "AAA1")]
    public void Cell_references_use_bijective_base_26_letters(int column, string expected)
        => Assert.Equal(expected, XlsxReportWriter.Reference(column, 1));

    private static Worksheet Worksheet(WorkbookPart workbook, Sheet sheet)
        => ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;

    private static Dictionary<uint, Dictionary<string, Cell>> Rows(WorkbookPart workbook, Sheet sheet)
        => Worksheet(workbook, sheet).Descendants<Row>().ToDictionary(
            r => r.RowIndex!.Value,
            r => r.Elements<Cell>().ToDictionary(c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()), c => c));

    private static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;

    private static CellFormat Style(WorkbookPart workbook, Cell cell)
        => workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);

    private static string Format(WorkbookPart workbook, Cell cell)
    {
        var id = Style(workbook, cell).NumberFormatId!.Value;
        return workbook.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == id).FormatCode!.Value!;
    }
}
