using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Indikator.Core.Internal;
using Indikator.Core.Reporting.Charts;

namespace Indikator.Core.Reporting.Writers;

/// <summary>Writes tables and reports as JSON with System.Text.Json: camelCase names, shortest round-trip numbers, UTF-8.</summary>
/// <remarks>
/// <para>
/// A table is <c>{"title", "description", "suppressionThreshold", "columns": [{"name", "header", "kind",
/// "decimals"}], "rows": [[{"value", "status"}, ...]], "notes"}</c>. Each cell carries its status
/// (<c>"published"</c>, <c>"suppressed"</c> or <c>"notAvailable"</c>); a suppressed or missing cell has
/// <c>"value": null</c>, never zero. Percent and share values are fractions. A report adds
/// <c>"generatedAt"</c> (ISO 8601), its notes, the charts' types and titles, and its tables; chart data
/// are not repeated.
/// </para>
/// <para>The type is stateless and thread-safe.</para>
/// </remarks>
public static class JsonReportWriter
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>Writes a table to a stream as UTF-8 JSON; the stream is left open.</summary>
    /// <param name="table">The table.</param>
    /// <param name="stream">The destination.</param>
    /// <param name="indented">True to indent the output for people.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ReportTable table, Stream stream, bool indented = false)
    {
        Guard.NotNull(table);
        Guard.NotNull(stream);
        using var json = new Utf8JsonWriter(stream, Options(indented));
        WriteTable(json, table);
    }

    /// <summary>Writes a report to a stream as UTF-8 JSON; the stream is left open.</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">The destination.</param>
    /// <param name="indented">True to indent the output for people.</param>
    /// <param name="cancellationToken">Cancels the writing between tables; what was written stays written.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The writing was cancelled.</exception>
    public static void Write(Report report, Stream stream, bool indented = false, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(report);
        Guard.NotNull(stream);
        using var json = new Utf8JsonWriter(stream, Options(indented));
        json.WriteStartObject();
        json.WriteString("title", report.Title);
        json.WriteString("generatedAt", report.GeneratedAt);
        WriteStrings(json, "notes", report.Notes);
        json.WriteStartArray("charts");
        foreach (var chart in report.Charts)
        {
            json.WriteStartObject();
            json.WriteString("type", chart switch
            {
                FunnelPlot => "funnelPlot",
                BarChart => "barChart",
                LineChart => "lineChart",
                _ => "chart",
            });
            json.WriteString("title", chart.Title);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("tables");
        foreach (var table in report.Tables)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteTable(json, table);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Returns a table as JSON text.</summary>
    /// <param name="table">The table.</param>
    /// <param name="indented">True to indent the output for people.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static string ToJson(ReportTable table, bool indented = false)
    {
        using var stream = new MemoryStream();
        Write(table, stream, indented);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Returns a report as JSON text.</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">True to indent the output for people.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string ToJson(Report report, bool indented = false)
    {
        using var stream = new MemoryStream();
        Write(report, stream, indented);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static JsonWriterOptions Options(bool indented) => new() { Indented = indented, Encoder = Encoder };

    private static void WriteTable(Utf8JsonWriter json, ReportTable table)
    {
        json.WriteStartObject();
        json.WriteString("title", table.Title);
        if (table.Description is null)
        {
            json.WriteNull("description");
        }
        else
        {
            json.WriteString("description", table.Description);
        }

        if (table.SuppressionThreshold is { } threshold)
        {
            json.WriteNumber("suppressionThreshold", threshold);
        }
        else
        {
            json.WriteNull("suppressionThreshold");
        }

        json.WriteStartArray("columns");
        foreach (var column in table.Columns)
        {
            json.WriteStartObject();
            json.WriteString("name", column.Name);
            json.WriteString("header", column.Header);
            json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(column.Kind.ToString()));
            json.WriteNumber("decimals", column.Decimals);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            json.WriteStartArray();
            foreach (var cell in row)
            {
                json.WriteStartObject();
                if (cell.Number is { } number)
                {
                    json.WriteNumber("value", number);
                }
                else if (cell.Text is { } text)
                {
                    json.WriteString("value", text);
                }
                else
                {
                    json.WriteNull("value");
                }

                json.WriteString("status", JsonNamingPolicy.CamelCase.ConvertName(cell.Status.ToString()));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        WriteStrings(json, "notes", table.Notes);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
