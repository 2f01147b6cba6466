using System.Text;
using System.Xml.Linq;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Writers;

namespace Indikator.Core.Tests.Reporting;

/// <summary>
/// Checks the example report end to end. With INDIKATOR_SAMPLE_REPORT_DIR set, also writes it there
/// (HTML in English and Norwegian, XLSX, JSON, CSV) for scripts/render-report.sh.
/// </summary>
public class SampleReportTests
{
    [Theory]
    [InlineData(ReportLanguage.English)]
    [InlineData(ReportLanguage.Norwegian)]
    public void Example_report_renders_with_every_chart_well_formed(ReportLanguage language)
    {
        var report = ReportSamples.Example(language);
        var html = HtmlReportWriter.ToHtml(report, new HtmlReportOptions { Language = language });

        var svgs = HtmlChecks.SvgElements(html);
        Assert.Equal(3, svgs.Count);
        foreach (var svg in svgs)
        {
            var doc = XDocument.Parse(svg);
            Assert.NotNull(doc.Root!.Element(HtmlChecks.Svg + "title"));
        }

        var directory = Environment.GetEnvironmentVariable("INDIKATOR_SAMPLE_REPORT_DIR");
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
            var suffix = language == ReportLanguage.Norwegian ? "-nb" : "-en";
            File.WriteAllText(Path.Combine(directory, "example" + suffix + ".html"), html, new UTF8Encoding(false));
            using (var xlsx = File.Create(Path.Combine(directory, "example" + suffix + ".xlsx")))
            {
                XlsxReportWriter.Write(report, xlsx, language);
            }

            File.WriteAllText(Path.Combine(directory, "example" + suffix + ".json"), JsonReportWriter.ToJson(report, indented: true), new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(directory, "example" + suffix + ".csv"), CsvReportWriter.ToCsv(report.Tables[0]), new UTF8Encoding(false));
        }
    }
}
