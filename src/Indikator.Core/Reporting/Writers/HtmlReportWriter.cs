using System.Globalization;
using Indikator.Core.Internal;
using Indikator.Core.Reporting.Charts;

namespace Indikator.Core.Reporting.Writers;

/// <summary>
/// Writes a self-contained HTML report: inline CSS and inline SVG charts, no scripts and no network
/// access, readable by screen readers and printable.
/// </summary>
/// <remarks>
/// <para>
/// The page has a header (title and generation time), a table of contents, the notes, the charts as
/// <c>&lt;figure&gt;</c> elements and the tables with captions, <c>scope</c> attributes on header cells,
/// and footnotes. A suppressed cell shows ":" with the footnote "suppressed: fewer than N persons"; a
/// cell without a value shows "..". All text is escaped. A <c>@media print</c> block keeps figures and
/// tables on one page where possible and repeats table headers.
/// </para>
/// <para>The type is stateless and thread-safe.</para>
/// </remarks>
public static class HtmlReportWriter
{
    /// <summary>Writes a full HTML document.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">The destination.</param>
    /// <param name="options">Language and layout options; <see cref="HtmlReportOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the writing between charts and tables; what was written stays written.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The writing was cancelled.</exception>
    public static void Write(Report report, TextWriter writer, HtmlReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(report);
        Guard.NotNull(writer);
        options ??= HtmlReportOptions.Default;
        var language = options.Language;
        writer.Write("<!DOCTYPE html>\n<html lang=\"");
        writer.Write(language == ReportLanguage.Norwegian ? "nb" : "en");
        writer.Write("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"Indikator.Core\">\n<title>");
        writer.Write(Markup.Escape(report.Title));
        writer.Write("</title>\n<style>\n");
        writer.Write(HtmlStyles.Css);
        writer.Write("</style>\n</head>\n<body>\n");
        WriteReportBody(report, writer, options, "main", string.Empty, cancellationToken);
        writer.Write("</body>\n</html>\n");
    }

    /// <summary>Returns a full HTML document as a string.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">Language and layout options; <see cref="HtmlReportOptions.Default"/> when null.</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string ToHtml(Report report, HtmlReportOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(report, writer, options);
        return writer.ToString();
    }

    /// <summary>Writes a report as an HTML fragment (with its scoped CSS) for embedding, such as in a notebook.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">The destination.</param>
    /// <param name="options">Language and layout options; <see cref="HtmlReportOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="writer"/> is null.</exception>
    public static void WriteFragment(Report report, TextWriter writer, HtmlReportOptions? options = null)
    {
        Guard.NotNull(report);
        Guard.NotNull(writer);
        writer.Write("<style>\n");
        writer.Write(HtmlStyles.Css);
        writer.Write("</style>\n");
        WriteReportBody(report, writer, (options ?? HtmlReportOptions.Default) with { IncludeContents = false }, "div", FragmentPrefix(report), CancellationToken.None);
    }

    /// <summary>Writes one table as an HTML fragment (with its scoped CSS) for embedding, such as in a notebook.</summary>
    /// <param name="table">The table.</param>
    /// <param name="writer">The destination.</param>
    /// <param name="options">Language options; <see cref="HtmlReportOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="writer"/> is null.</exception>
    public static void WriteFragment(ReportTable table, TextWriter writer, HtmlReportOptions? options = null)
    {
        Guard.NotNull(table);
        Guard.NotNull(writer);
        writer.Write("<style>\n");
        writer.Write(HtmlStyles.Css);
        writer.Write("</style>\n<div class=\"indikator-report\">\n");
        WriteTable(table, writer, (options ?? HtmlReportOptions.Default).Language, null, null);
        writer.Write("</div>\n");
    }

    /// <summary>Returns one table as an HTML fragment.</summary>
    /// <param name="table">The table.</param>
    /// <param name="options">Language options; <see cref="HtmlReportOptions.Default"/> when null.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static string ToHtmlFragment(ReportTable table, HtmlReportOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteFragment(table, writer, options);
        return writer.ToString();
    }

    private static void WriteReportBody(Report report, TextWriter w, HtmlReportOptions options, string element, string prefix, CancellationToken cancellationToken)
    {
        var language = options.Language;
        w.Write($"<{element} class=\"indikator-report\">\n<header>\n<h1>");
        w.Write(Markup.Escape(report.Title));
        var utc = report.GeneratedAt.ToUniversalTime();
        w.Write("</h1>\n<p class=\"generated\">");
        w.Write(ReportText.Generated(language));
        w.Write(": <time datetime=\"");
        w.Write(report.GeneratedAt.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
        w.Write("\">");
        w.Write(utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        w.Write(" UTC</time></p>\n</header>\n");

        if (options.IncludeContents && report.Charts.Count + report.Tables.Count > 1)
        {
            WriteContents(report, w, language);
        }

        if (report.Notes.Count > 0)
        {
            w.Write("<section class=\"notes\" aria-labelledby=\"" + prefix + "notes-heading\">\n<h2 id=\"" + prefix + "notes-heading\">");
            w.Write(ReportText.Notes(language));
            w.Write("</h2>\n<ul>\n");
            foreach (var note in report.Notes)
            {
                w.Write("<li>");
                w.Write(Markup.Escape(note));
                w.Write("</li>\n");
            }

            w.Write("</ul>\n</section>\n");
        }

        if (report.Charts.Count > 0)
        {
            w.Write("<section aria-labelledby=\"" + prefix + "charts-heading\">\n<h2 id=\"" + prefix + "charts-heading\">");
            w.Write(ReportText.Charts(language));
            w.Write("</h2>\n");
            for (var i = 0; i < report.Charts.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                WriteFigure(report.Charts[i], w, language, i + 1, prefix);
            }

            w.Write("</section>\n");
        }

        if (report.Tables.Count > 0)
        {
            w.Write("<section aria-labelledby=\"" + prefix + "tables-heading\">\n<h2 id=\"" + prefix + "tables-heading\">");
            w.Write(ReportText.Tables(language));
            w.Write("</h2>\n");
            for (var i = 0; i < report.Tables.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                WriteTable(report.Tables[i], w, language, prefix + "table-" + (i + 1).ToString(CultureInfo.InvariantCulture), i + 1);
            }

            w.Write("</section>\n");
        }

        w.Write($"</{element}>\n");
    }

    /// <summary>
    /// A deterministic id prefix for fragments, so two reports shown on one notebook page do not share
    /// element ids (the funnel plot's clip path is referenced by id).
    /// </summary>
    internal static string FragmentPrefix(Report report)
    {
        var hash = 2166136261u;
        foreach (var ch in report.Title + "|" + report.GeneratedAt.UtcTicks.ToString(CultureInfo.InvariantCulture) + "|" + report.Charts.Count.ToString(CultureInfo.InvariantCulture))
        {
            hash = (hash ^ ch) * 16777619u;
        }

        return "ik" + hash.ToString("x8", CultureInfo.InvariantCulture) + "-";
    }

    private static void WriteContents(Report report, TextWriter w, ReportLanguage language)
    {
        w.Write("<nav aria-labelledby=\"contents-heading\">\n<h2 id=\"contents-heading\">");
        w.Write(ReportText.Contents(language));
        w.Write("</h2>\n<ol>\n");
        for (var i = 0; i < report.Charts.Count; i++)
        {
            w.Write(string.Create(CultureInfo.InvariantCulture, $"<li><a href=\"#figure-{i + 1}\">{FigureLabel(language, i + 1)} "));
            w.Write(Markup.Escape(report.Charts[i].Title));
            w.Write("</a></li>\n");
        }

        for (var i = 0; i < report.Tables.Count; i++)
        {
            w.Write(string.Create(CultureInfo.InvariantCulture, $"<li><a href=\"#table-{i + 1}\">{TableLabel(language, i + 1)} "));
            w.Write(Markup.Escape(report.Tables[i].Title));
            w.Write("</a></li>\n");
        }

        w.Write("</ol>\n</nav>\n");
    }

    private static string FigureLabel(ReportLanguage language, int number)
        => string.Create(CultureInfo.InvariantCulture, $"{(language == ReportLanguage.Norwegian ? "Figur" : "Figure")} {number}.");

    private static string TableLabel(ReportLanguage language, int number)
        => string.Create(CultureInfo.InvariantCulture, $"{(language == ReportLanguage.Norwegian ? "Tabell" : "Table")} {number}.");

    internal static void WriteFigure(ReportChart chart, TextWriter w, ReportLanguage language, int number, string prefix)
    {
        var n = number.ToString(CultureInfo.InvariantCulture);
        w.Write("<figure id=\"" + prefix + "figure-" + n + "\">\n<figcaption>");
        w.Write(FigureLabel(language, number));
        w.Write(' ');
        w.Write(Markup.Escape(chart.Title));
        if (chart.Description is not null)
        {
            w.Write("<span class=\"description\">");
            w.Write(Markup.Escape(chart.Description));
            w.Write("</span>");
        }

        w.Write("</figcaption>\n");
        w.Write(chart.Render(language, prefix + "chart-" + n));
        w.Write("</figure>\n");
    }

    internal static void WriteTable(ReportTable table, TextWriter w, ReportLanguage language, string? id, int? number)
    {
        w.Write(id is null ? "<div class=\"table-wrap\">\n<table>\n<caption>" : "<div class=\"table-wrap\" id=\"" + id + "\">\n<table>\n<caption>");
        if (number is { } n)
        {
            w.Write(TableLabel(language, n));
            w.Write(' ');
        }

        w.Write(Markup.Escape(table.Title));
        if (table.Description is not null)
        {
            w.Write("<span class=\"description\">");
            w.Write(Markup.Escape(table.Description));
            w.Write("</span>");
        }

        w.Write("</caption>\n<thead>\n<tr>");
        foreach (var column in table.Columns)
        {
            w.Write(column.IsNumeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">");
            w.Write(Markup.Escape(column.Header));
            w.Write("</th>");
        }

        w.Write("</tr>\n</thead>\n<tbody>\n");
        var suppressedNote = ReportText.Suppressed(language, table.SuppressionThreshold);
        var rowHeader = table.Columns[0].Kind == ReportColumnKind.Text;
        var anyMissing = false;
        foreach (var row in table.Rows)
        {
            w.Write("<tr>");
            for (var c = 0; c < row.Count; c++)
            {
                var column = table.Columns[c];
                var cell = row[c];
                var isRowHeader = c == 0 && rowHeader;
                var open = isRowHeader ? "<th scope=\"row\"" : "<td";
                var close = isRowHeader ? "</th>" : "</td>";
                var numeric = column.IsNumeric ? "num " : string.Empty;
                switch (cell.Status)
                {
                    case CellStatus.Suppressed:
                        w.Write(open + " class=\"" + numeric + "suppressed\"><abbr title=\"" + Markup.Escape(suppressedNote.TrimStart(':', ' ')) + "\">:</abbr>" + close);
                        break;
                    case CellStatus.NotAvailable:
                        anyMissing = true;
                        w.Write(open + " class=\"" + numeric + "not-available\">.." + close);
                        break;
                    default:
                        w.Write(column.IsNumeric ? open + " class=\"num\">" : open + ">");
                        w.Write(cell.Number is { } value
                            ? Markup.Escape(NumberText.Format(value, column.Kind, column.Decimals, language))
                            : Markup.Escape(cell.Text!));
                        w.Write(close);
                        break;
                }
            }

            w.Write("</tr>\n");
        }

        w.Write("</tbody>\n</table>\n");
        var footnotes = new List<string>();
        if (table.SuppressedCellCount > 0)
        {
            footnotes.Add(suppressedNote);
        }

        if (anyMissing)
        {
            footnotes.Add(ReportText.NotAvailable(language));
        }

        footnotes.AddRange(table.Notes);
        if (footnotes.Count > 0)
        {
            w.Write("<ul class=\"footnotes\">\n");
            foreach (var note in footnotes)
            {
                w.Write("<li>");
                w.Write(Markup.Escape(note));
                w.Write("</li>\n");
            }

            w.Write("</ul>\n");
        }

        w.Write("</div>\n");
    }
}
