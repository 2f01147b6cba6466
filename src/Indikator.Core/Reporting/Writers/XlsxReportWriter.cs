using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Indikator.Core.Internal;

namespace Indikator.Core.Reporting.Writers;

/// <summary>Writes tables and reports as an Excel workbook (.xlsx) with DocumentFormat.OpenXml.</summary>
/// <remarks>
/// <para>
/// Each table gets its own sheet, named after its title (shortened to Excel's 31 characters and made
/// unique). A sheet starts with the title in bold and the description, then the header row in bold
/// with the panes frozen below it, then the rows and the footnotes. Numbers are stored as numbers with
/// formats per column kind: integers <c>#,##0</c>, percent <c>0.0 %</c> (the stored value is the fraction),
/// share <c>0.000</c>, hours <c>0.0</c>, other numbers <c>#,##0.00</c> with the column's decimals.
/// Suppressed cells hold the text ":" (right-aligned), cells without a value "..": neither is ever a
/// zero. A report adds a first sheet with the title, generation time and notes.
/// </para>
/// <para>The type is stateless and thread-safe.</para>
/// </remarks>
public static class XlsxReportWriter
{
    private const int MaxSheetName = 31;

    /// <summary>Writes one table as a workbook with one sheet; the stream is left open.</summary>
    /// <param name="table">The table.</param>
    /// <param name="stream">The destination.</param>
    /// <param name="language">The language of the footnotes the writer adds.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="stream"/> is null.</exception>
    public static void Write(ReportTable table, Stream stream, ReportLanguage language = ReportLanguage.English)
    {
        Guard.NotNull(table);
        Guard.NotNull(stream);
        WriteWorkbook(stream, null, [table], language, CancellationToken.None);
    }

    /// <summary>Writes a report as a workbook: an overview sheet, then one sheet per table; the stream is left open.</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">The destination.</param>
    /// <param name="language">The language of the texts the writer adds.</param>
    /// <param name="cancellationToken">Cancels the writing between sheets; nothing is written to the stream then.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The writing was cancelled.</exception>
    /// <remarks>Charts are not written; the HTML report has them.</remarks>
    public static void Write(Report report, Stream stream, ReportLanguage language = ReportLanguage.English, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(report);
        Guard.NotNull(stream);
        WriteWorkbook(stream, report, report.Tables, language, cancellationToken);
    }

    /// <summary>Makes a valid, unique sheet name: no <c>[]:*?/\</c>, at most 31 characters, not empty.</summary>
    internal static string SheetName(string title, ISet<string> used, ReportLanguage language = ReportLanguage.English)
    {
        var chars = title.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\') && !char.IsControl(c)).ToArray();
        var name = new string(chars).Trim().Trim('\'');
        if (name.Length == 0)
        {
            name = language == ReportLanguage.Norwegian ? "Ark" : "Sheet";
        }

        var candidate = name.Length > MaxSheetName ? name[..MaxSheetName] : name;
        for (var i = 2; !used.Add(candidate); i++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $" ({i})");
            candidate = (name.Length + suffix.Length > MaxSheetName ? name[..(MaxSheetName - suffix.Length)] : name) + suffix;
        }

        return candidate;
    }

    private static void WriteWorkbook(Stream stream, Report? report, IReadOnlyList<ReportTable> tables, ReportLanguage language, CancellationToken cancellationToken)
    {
        // The packaging layer needs a seekable stream; build in memory so any destination works.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Create();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (report is not null)
            {
                var name = SheetName(language == ReportLanguage.Norwegian ? "Om rapporten" : "About", used);
                AddSheet(workbookPart, sheets, name, OverviewSheet(report, language));
            }

            foreach (var table in tables)
            {
                cancellationToken.ThrowIfCancellationRequested();
                AddSheet(workbookPart, sheets, SheetName(table.Title, used, language), TableSheet(table, language));
            }
        }

        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, string name, Worksheet worksheet)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        part.Worksheet = worksheet;
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = name });
    }

    private static Worksheet OverviewSheet(Report report, ReportLanguage language)
    {
        var data = new SheetData();
        uint r = 1;
        data.Append(TextRow(r++, report.Title, XlsxStyles.Title));
        data.Append(TextRow(r++, ReportText.Generated(language) + ": " + report.GeneratedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC", XlsxStyles.Default));
        r++;
        if (report.Notes.Count > 0)
        {
            data.Append(TextRow(r++, ReportText.Notes(language), XlsxStyles.Header));
            foreach (var note in report.Notes)
            {
                data.Append(TextRow(r++, note, XlsxStyles.Default));
            }

            r++;
        }

        if (report.Tables.Count > 0)
        {
            data.Append(TextRow(r++, ReportText.Tables(language), XlsxStyles.Header));
            foreach (var table in report.Tables)
            {
                data.Append(TextRow(r++, table.Title, XlsxStyles.Default));
            }
        }

        return new Worksheet(new Columns(new Column { Min = 1, Max = 1, Width = 100, CustomWidth = true }), data);
    }

    private static Worksheet TableSheet(ReportTable table, ReportLanguage language)
    {
        var data = new SheetData();
        uint r = 1;
        data.Append(TextRow(r++, table.Title, XlsxStyles.Title));
        if (table.Description is not null)
        {
            data.Append(TextRow(r++, table.Description, XlsxStyles.Default));
        }

        var headerRow = r++;
        var header = new Row { RowIndex = headerRow };
        for (var c = 0; c < table.Columns.Count; c++)
        {
            header.Append(TextCell(c, headerRow, table.Columns[c].Header, XlsxStyles.Header));
        }

        data.Append(header);
        var widths = table.Columns.Select(c => Math.Min(c.Header.Length, 30) + 2.0).ToArray();
        var anyMissing = false;
        foreach (var cells in table.Rows)
        {
            var row = new Row { RowIndex = r };
            for (var c = 0; c < cells.Count; c++)
            {
                var column = table.Columns[c];
                var cell = cells[c];
                switch (cell.Status)
                {
                    case CellStatus.Suppressed:
                        row.Append(TextCell(c, r, ":", XlsxStyles.Symbol));
                        break;
                    case CellStatus.NotAvailable:
                        anyMissing = true;
                        row.Append(TextCell(c, r, "..", XlsxStyles.Symbol));
                        break;
                    default:
                        if (cell.Number is { } number)
                        {
                            row.Append(new Cell
                            {
                                CellReference = Reference(c, r),
                                StyleIndex = XlsxStyles.For(column),
                                CellValue = new CellValue(NumberText.RoundTrip(column.Kind == ReportColumnKind.PercentagePoints ? number * 100 : number)),
                            });
                            widths[c] = Math.Max(widths[c], NumberText.Format(number, column.Kind, column.Decimals, ReportLanguage.English).Length + 3);
                        }
                        else
                        {
                            row.Append(TextCell(c, r, cell.Text!, XlsxStyles.Default));
                            widths[c] = Math.Max(widths[c], cell.Text!.Length + 2);
                        }

                        break;
                }
            }

            data.Append(row);
            r++;
        }

        r++;
        if (table.SuppressedCellCount > 0)
        {
            data.Append(TextRow(r++, ReportText.Suppressed(language, table.SuppressionThreshold), XlsxStyles.Note));
        }

        if (anyMissing)
        {
            data.Append(TextRow(r++, ReportText.NotAvailable(language), XlsxStyles.Note));
        }

        foreach (var note in table.Notes)
        {
            data.Append(TextRow(r++, note, XlsxStyles.Note));
        }

        var columns = new Columns();
        for (var c = 0; c < widths.Length; c++)
        {
            columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = Math.Clamp(widths[c], 8, 60), CustomWidth = true });
        }

        var topLeft = Reference(0, headerRow + 1);
        var pane = new Pane
        {
            VerticalSplit = headerRow,
            TopLeftCell = topLeft,
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        };
        var selection = new Selection
        {
            Pane = PaneValues.BottomLeft,
            ActiveCell = topLeft,
            SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft },
        };
        var views = new SheetViews(new SheetView(pane, selection) { WorkbookViewId = 0U });
        return new Worksheet(views, columns, data);
    }

    private static Row TextRow(uint rowIndex, string text, uint style)
        => new(TextCell(0, rowIndex, text, style)) { RowIndex = rowIndex };

    private static Cell TextCell(int column, uint row, string text, uint style) => new()
    {
        CellReference = Reference(column, row),
        DataType = CellValues.InlineString,
        StyleIndex = style,
        InlineString = new InlineString(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static string XmlSafe(string text)
        => text.Any(c => c < ' ' && c is not ('\t' or '\n' or '\r')) ? new string(text.Select(c => c < ' ' && c is not ('\t' or '\n' or '\r') ? '\uFFFD' : c).ToArray()) : text;

    internal static string Reference(int column, uint row)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }
}
