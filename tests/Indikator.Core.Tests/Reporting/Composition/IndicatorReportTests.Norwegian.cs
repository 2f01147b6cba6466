using System.IO.Compression;
using System.Text.RegularExpressions;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Charts;
using Indikator.Core.Reporting.Composition;
using Indikator.Core.Reporting.Writers;

namespace Indikator.Core.Tests.Reporting.Composition;

/// <summary>A report composed in Norwegian is Norwegian throughout: titles, headers, notes, chart labels, sheet and file names.</summary>
public sealed partial class IndicatorReportTests
{
    /// <summary>English words the composed report uses; none may appear as a word in a Norwegian report.</summary>
    internal static readonly Regex EnglishWord = new(
        @"\b(the|and|with|of|contribution|office|offices|persons|expected|actual|lower|upper|shrunken|shrunk|reliability|national|month|months|" +
        @"scorecard|legacy|funnel|interval|average|suppressed|need|category|categories|work|outcome|rank|provider|providers|basis|result|" +
        @"previous|inside|outside|limits|limit|notes|contents|charts|tables|figure|table|generated|hours|points|percentage|raw|about|variant's|regions)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static Report NorwegianReport() => IndicatorReport.Compose(
        CompositionFixture.Data.Work,
        CompositionFixture.Data.Legacy,
        CompositionFixture.Options with { Language = ReportLanguage.Norwegian, DataSource = "Syntetiske data; ingen virkelig person er beskrevet." });

    [Fact]
    public void A_norwegian_report_has_no_english_in_titles_headers_notes_and_chart_labels()
    {
        var report = NorwegianReport();
        var texts = new List<string> { report.Title };
        texts.AddRange(report.Notes);
        foreach (var table in report.Tables)
        {
            texts.Add(table.Title);
            texts.Add(table.Description ?? string.Empty);
            texts.AddRange(table.Notes);
            texts.AddRange(table.Columns.Select(c => c.Header));
            texts.AddRange(table.Columns.Select(c => c.Name.Replace('_', ' ')));
        }

        foreach (var chart in report.Charts)
        {
            texts.Add(chart.Title);
            switch (chart)
            {
                case LineChart line:
                    texts.Add(line.YAxisTitle ?? string.Empty);
                    texts.AddRange(line.Series.Select(s => s.Name));
                    break;
                case FunnelPlot funnel:
                    texts.Add(funnel.XAxisTitle ?? string.Empty);
                    texts.Add(funnel.YAxisTitle ?? string.Empty);
                    texts.Add(funnel.CentreLabel ?? string.Empty);
                    texts.AddRange(funnel.Limits.Select(l => l.Label));
                    break;
                case BarChart bar:
                    texts.Add(bar.ReferenceLabel ?? string.Empty);
                    texts.Add(bar.ValueAxisTitle ?? string.Empty);
                    break;
            }
        }

        Assert.Equal("Arbeidsindikatoren: rapport", report.Title);
        Assert.DoesNotContain(texts, t => EnglishWord.IsMatch(t));
        Assert.Equal("Landets bidrag per måned: jobb3: I jobb 3 måneder etter", report.Tables[0].Title);
        Assert.StartsWith("Landets NAV-bidrag per måned", report.Charts[0].Title, StringComparison.Ordinal);
        Assert.Contains(((FunnelPlot)report.Charts[1]).Limits, l => l.Label == "99,8 %");

        // The visible text of the HTML (without the style sheet and the tags) is Norwegian too, legends included.
        var html = HtmlReportWriter.ToHtml(report, new HtmlReportOptions { Language = ReportLanguage.Norwegian });
        var visible = Regex.Replace(Regex.Replace(html, "<style.*?</style>", " ", RegexOptions.Singleline), "<[^>]*>", " ");
        Assert.DoesNotMatch(EnglishWord, visible);
    }

    [Fact]
    public void A_norwegian_report_names_the_office_column_kontor_in_every_table()
    {
        var report = NorwegianReport();
        var withOffice = report.Tables.Where(t => t.Columns.Any(c => c.Header == "Kontor")).ToArray();
        Assert.True(withOffice.Length >= 3, "the office, office x need category and legacy office tables");
        Assert.All(withOffice, t => Assert.Equal("kontor", t.Columns.Single(c => c.Header == "Kontor").Name));
        Assert.DoesNotContain(report.Tables.SelectMany(t => t.Columns), c => c.Name is "office" or "need_category" or "contribution");
    }

    [Fact]
    public void A_norwegian_report_writes_norwegian_file_and_sheet_names()
    {
        var report = NorwegianReport();
        var directory = Path.Combine(Path.GetTempPath(), "indikator-rapport-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = IndicatorReport.WriteFolder(report, directory, ReportLanguage.Norwegian).Select(Path.GetFileName).ToArray();
            Assert.Equal(["rapport.html", "rapport.xlsx", "rapport.json"], files.Take(3));
            Assert.Contains("kontorer-jobb3-i-jobb-3-maneder-etter.csv", files);
            Assert.Contains("landets-bidrag-per-maned-jobb3-i-jobb-3-maneder-etter.csv", files);
            Assert.DoesNotContain(files, f => EnglishWord.IsMatch(Path.GetFileNameWithoutExtension(f)!.Replace('-', ' ')));

            using var zip = ZipFile.OpenRead(Path.Combine(directory, "rapport.xlsx"));
            using var reader = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open());
            var sheets = Regex.Matches(reader.ReadToEnd(), "<(?:\\w+:)?sheet\\b[^>]*\\bname=\"([^\"]*)\"").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToArray();
            Assert.Equal("Om rapporten", sheets[0]);
            Assert.StartsWith("Landets bidrag per måned jobb3", sheets[1], StringComparison.Ordinal);
            Assert.DoesNotContain(sheets, s => EnglishWord.IsMatch(s));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
