using System.Text.Json;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Charts;
using Indikator.Core.Reporting.Writers;

namespace Indikator.Core.Tests.Reporting;

public class JsonReportWriterTests
{
    private static readonly string SmallJson = """
        {"title":"Work indicator by office","description":"jobb3, measurement month 2026-06","suppressionThreshold":5,
        "columns":[{"name":"office","header":"Office","kind":"text","decimals":0},{"name":"persons","header":"Persons","kind":"wholeNumber","decimals":0},
        {"name":"actual","header":"Actual","kind":"percent","decimals":1},{"name":"contribution","header":"Contribution","kind":"number","decimals":3}],
        "rows":[[{"value":"Alna","status":"published"},{"value":1234,"status":"published"},{"value":0.4521,"status":"published"},{"value":0.0123,"status":"published"}],
        [{"value":"Frogn","status":"published"},{"value":null,"status":"suppressed"},{"value":null,"status":"suppressed"},{"value":null,"status":"suppressed"}],
        [{"value":"Ås, \u0022sør\u0022","status":"published"},{"value":87,"status":"published"},{"value":0.5,"status":"published"},{"value":null,"status":"notAvailable"}]],
        "notes":["Example data."]}
        """.ReplaceLineEndings(string.Empty);

    [Fact]
    public void Writes_camel_case_with_statuses_and_null_for_hidden_values()
        => Assert.Equal(SmallJson, JsonReportWriter.ToJson(ReportSamples.Small()));

    [Theory]
    [InlineData("de-DE")]
    [InlineData("nb-NO")]
    public void Output_does_not_depend_on_the_current_culture(string culture)
    {
        using var scope = new CultureScope(culture);
        Assert.Equal(",", System.Globalization.CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator);

        Assert.Equal(SmallJson, JsonReportWriter.ToJson(ReportSamples.Small()));
    }

    [Theory]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(1e-7, "1E-07")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(123456789012, "123456789012")]
    public void Numbers_are_written_in_the_shortest_form_that_reads_back_exactly(double value, string expected)
    {
        var table = new ReportTableBuilder("T").AddColumn("v", "V", ReportColumnKind.Number).AddRow(ReportCell.FromNumber(value)).Build();

        var json = JsonReportWriter.ToJson(table);

        Assert.Contains("\"value\":" + expected + ",", json, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(value, doc.RootElement.GetProperty("rows")[0][0].GetProperty("value").GetDouble());
    }

    [Fact]
    public void A_report_has_its_time_notes_chart_types_and_tables()
    {
        var report = new ReportBuilder("R", ReportSamples.GeneratedAt)
            .AddNote("The NAV contribution is not a causal effect.")
            .AddChart(new BarChart("Bars", [new BarChartItem("A", 1)]))
            .AddChart(new FunnelPlot("Funnel", [new FunnelChartPoint("A", 10, 0.1)], 0))
            .AddTable(ReportSamples.Small())
            .Build();

        using var doc = JsonDocument.Parse(JsonReportWriter.ToJson(report, indented: true));
        var root = doc.RootElement;

        Assert.Equal("2026-11-02T06:30:00+00:00", root.GetProperty("generatedAt").GetString());
        Assert.Equal("The NAV contribution is not a causal effect.", root.GetProperty("notes")[0].GetString());
        Assert.Equal(["barChart", "funnelPlot"], root.GetProperty("charts").EnumerateArray().Select(c => c.GetProperty("type").GetString()));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("tables")[0].GetProperty("rows")[1][1].GetProperty("value").ValueKind);
    }
}
