using System.Text;
using Indikator.Core.Internal;

namespace Indikator.Core.Reporting.Writers;

/// <summary>Writes a <see cref="ReportTable"/> as CSV for machines: RFC 4180, UTF-8 without BOM, invariant numbers.</summary>
/// <remarks>
/// <para>
/// The header row holds the columns' machine names. Fields are separated by commas, records end with
/// CRLF, and a field is quoted (with inner quotes doubled) when it contains a comma, a quote, a line
/// break or leading/trailing spaces. Numbers are written in the shortest form that reads back to the
/// same double, with '.' as decimal separator whatever the current culture; percent and share
/// columns hold the fraction (0.452, not 45.2).
/// </para>
/// <para>
/// A suppressed cell is written as <c>:</c> (never as zero and never as an empty field, so it cannot be
/// mistaken for a missing value); a cell without a value is an empty field. Readers that parse numbers
/// should treat <c>:</c> as missing, for example <c>na=c("", ":")</c> in R or
/// <c>na_values=[":"]</c> in pandas.
/// </para>
/// <para>The type is stateless and thread-safe.</para>
/// </remarks>
public static class CsvReportWriter
{
    /// <summary>The text written for a suppressed cell.</summary>
    public const string SuppressedSymbol = ":";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes a table to a text writer.</summary>
    /// <param name="table">The table.</param>
    /// <param name="writer">The destination.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ReportTable table, TextWriter writer)
    {
        Guard.NotNull(table);
        Guard.NotNull(writer);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            if (c > 0)
            {
                writer.Write(',');
            }

            WriteField(writer, table.Columns[c].Name);
        }

        writer.Write("\r\n");
        foreach (var row in table.Rows)
        {
            for (var c = 0; c < row.Count; c++)
            {
                if (c > 0)
                {
                    writer.Write(',');
                }

                var cell = row[c];
                switch (cell.Status)
                {
                    case CellStatus.Suppressed:
                        writer.Write(SuppressedSymbol);
                        break;
                    case CellStatus.Published when cell.Number is { } number:
                        writer.Write(NumberText.RoundTrip(number));
                        break;
                    case CellStatus.Published:
                        WriteField(writer, cell.Text!);
                        break;
                    default:
                        break;
                }
            }

            writer.Write("\r\n");
        }
    }

    /// <summary>Writes a table to a stream as UTF-8 without a byte order mark; the stream is left open.</summary>
    /// <param name="table">The table.</param>
    /// <param name="stream">The destination.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ReportTable table, Stream stream)
    {
        Guard.NotNull(stream);
        using var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 16 * 1024, leaveOpen: true);
        Write(table, writer);
    }

    /// <summary>Returns a table as CSV text.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static string ToCsv(ReportTable table)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(table, writer);
        return writer.ToString();
    }

    private static void WriteField(TextWriter writer, string text)
    {
        var quote = text.Length > 0 && (text[0] == ' ' || text[^1] == ' ' || text.AsSpan().IndexOfAny(",\"\r\n") >= 0);
        if (!quote)
        {
            writer.Write(text);
            return;
        }

        writer.Write('"');
        writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
