using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Indikator.Core.Reporting.Writers;

/// <summary>The workbook's stylesheet and the cell-format index for each column kind.</summary>
internal static class XlsxStyles
{
    public const uint Default = 0;
    public const uint Header = 1;
    public const uint Integer = 2;
    public const uint Percent = 3;
    public const uint Share = 4;
    public const uint Hours = 5;
    public const uint Symbol = 6;
    public const uint Title = 7;
    public const uint Note = 8;
    public const uint PercentagePoints = 9;
    private const uint FirstNumber = 10;

    public const string PercentFormat = "0.0 %";
    public const string ShareFormat = "0.000";
    public const string HoursFormat = "0.0";
    public const string IntegerFormat = "#,##0";

    // Excel can scale a value by 100 only with a percent sign, so percentage points are written multiplied by 100.
    public const string PercentagePointsFormat = "0.0\" pp\"";

    public static uint For(ReportColumn column) => column.Kind switch
    {
        ReportColumnKind.WholeNumber => Integer,
        ReportColumnKind.Percent => Percent,
        ReportColumnKind.Share => Share,
        ReportColumnKind.Hours => Hours,
        ReportColumnKind.PercentagePoints => PercentagePoints,
        ReportColumnKind.Number => FirstNumber + (uint)column.Decimals,
        _ => Default,
    };

    public static string NumberFormat(int decimals) => decimals == 0 ? IntegerFormat : "#,##0." + new string('0', decimals);

    public static Stylesheet Create()
    {
        var formats = new NumberingFormats();
        formats.Append(new NumberingFormat { NumberFormatId = 164, FormatCode = PercentFormat });
        formats.Append(new NumberingFormat { NumberFormatId = 165, FormatCode = ShareFormat });
        formats.Append(new NumberingFormat { NumberFormatId = 166, FormatCode = HoursFormat });
        formats.Append(new NumberingFormat { NumberFormatId = 167, FormatCode = IntegerFormat });
        formats.Append(new NumberingFormat { NumberFormatId = 168, FormatCode = PercentagePointsFormat });
        for (var d = 0; d <= ReportColumn.MaxDecimals; d++)
        {
            formats.Append(new NumberingFormat { NumberFormatId = (uint)(169 + d), FormatCode = NumberFormat(d) });
        }

        formats.Count = (uint)formats.ChildElements.Count;

        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" }),
            new Font(new Italic(), new FontSize { Val = 10 }, new Color { Rgb = "FF595959" }, new FontName { Val = "Calibri" }))
        { Count = 4 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(new Color { Rgb = "FF262626" }) { Style = BorderStyleValues.Medium }, new DiagonalBorder()))
        { Count = 2 };
        var styleFormats = new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 };

        var cellFormats = new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Bottom }) { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 1, FormatId = 0, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true },
            Numeric(167),
            Numeric(164),
            Numeric(165),
            Numeric(166),
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Right }) { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = 0, FontId = 3, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            Numeric(168));
        for (var d = 0; d <= ReportColumn.MaxDecimals; d++)
        {
            cellFormats.Append(Numeric((uint)(169 + d)));
        }

        cellFormats.Count = (uint)cellFormats.ChildElements.Count;
        return new Stylesheet(formats, fonts, fills, borders, styleFormats, cellFormats);
    }

    private static CellFormat Numeric(uint formatId)
        => new() { NumberFormatId = formatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = BooleanValue.FromBoolean(true) };
}
