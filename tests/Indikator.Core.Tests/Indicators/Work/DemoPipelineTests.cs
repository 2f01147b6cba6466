using Indikator.Cli;
using Spectre.Console;

namespace Indikator.Core.Tests.Indicators.Work;

/// <summary>The demo's indicator pipeline and its report seam (<see cref="DemoRunner"/>, <see cref="TableCsvWriter"/>).</summary>
public sealed class DemoPipelineTests
{
    [Fact]
    public void Demo_writes_the_indicator_tables_and_hands_them_to_every_writer()
    {
        var directory = Path.Combine(Path.GetTempPath(), "indikator-work-demo-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var text = new StringWriter();
            var spy = new SpyWriter();
            var exit = new DemoRunner(CreateConsole(text), [new TableCsvWriter(), spy])
                .Run(new DemoSettings(60_000, 12, 3, directory, WriteData: false));
            Assert.Equal(0, exit);
            var output = text.ToString();
            Assert.Contains("against the known truth", output, StringComparison.Ordinal);
            // The terminal ranks offices in the variant the report shows (the title may wrap, hence the whitespace).
            Assert.Contains("NAV's mean residual, as in the report", System.Text.RegularExpressions.Regex.Replace(output, @"\s+", " "), StringComparison.Ordinal);
            Assert.Contains("Risk models and indicators", output, StringComparison.Ordinal);

            Assert.NotNull(spy.Report);
            // Per outcome: country, office, region, county, need category, programme, region x need, office x need,
            // priority groups (a) and office (b).
            Assert.Equal(4 * 10, spy.Report!.Indicators.Tables.Count);
            foreach (var name in new[] { "jobb3_county_a.csv", "jobb3_programme_a.csv", "jobb3_priority_group_a.csv", "jobb3_office_need_category_a.csv", "jobb3_office_a.csv", "jobb3_office_b.csv", "atid12_region_a.csv", "jobb12_need_category_a.csv", "jobb3_office_b_comparison.csv", "jobb3_office_a_funnel.csv", "arbeid6mnd_office.csv", "truth_check.csv" })
            {
                Assert.True(File.Exists(Path.Combine(directory, name)), name);
            }

            Assert.False(File.Exists(Path.Combine(directory, "stock.csv")));
            var office = File.ReadAllLines(Path.Combine(directory, "jobb3_office_a.csv"));
            Assert.Equal("unit,month,status,persons,person_months,actual,expected,contribution,se,lower,upper,relative_contribution", office[0]);

            // Suppressed rows show the symbol, never a number; the header has no person column.
            var hidden = office.Where(l => l.Contains(",PrimarySuppressed,", StringComparison.Ordinal)).ToArray();
            Assert.NotEmpty(hidden);
            Assert.All(hidden, l => Assert.EndsWith("Suppressed,:,:,:,:,:,:,:,:,:", l, StringComparison.Ordinal));
            Assert.DoesNotContain("person,", office[0], StringComparison.Ordinal);

            // Crossed units keep each category in its own column, for filtering.
            var crossed = File.ReadAllLines(Path.Combine(directory, "jobb3_office_need_category_a.csv"));
            Assert.StartsWith("unit,office,need_category,month,status,", crossed[0], StringComparison.Ordinal);
            var first = crossed[1].Split(',');
            Assert.Equal(first[0], first[1] + " / " + first[2]);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public void Demo_in_norwegian_writes_the_composed_report_to_rapport()
    {
        var directory = Path.Combine(Path.GetTempPath(), "indikator-work-demo-nb-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var text = new StringWriter();
            var exit = new DemoRunner(CreateConsole(text), [new IndicatorReportWriter()])
                .Run(new DemoSettings(20_000, 6, 3, directory, WriteData: false, Language: Indikator.Core.Reporting.ReportLanguage.Norwegian));
            Assert.Equal(0, exit);
            Assert.False(Directory.Exists(Path.Combine(directory, "report")));
            var html = File.ReadAllText(Path.Combine(directory, "rapport", "rapport.html"));
            Assert.Contains("Arbeidsindikatoren: rapport", html, StringComparison.Ordinal);
            Assert.Contains("Syntetiske data (SyntheticNavData, frø 3)", html, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(directory, "rapport", "landets-bidrag-per-maned-jobb3-i-jobb-3-maneder-etter.csv")));
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private sealed class SpyWriter : IDemoReportWriter
    {
        public DemoReport? Report { get; private set; }

        public string Format => "spy";

        public IReadOnlyList<string> Write(DemoReport report, string directory)
        {
            Report = report;
            return [];
        }
    }

    private static IAnsiConsole CreateConsole(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
        Out = new AnsiConsoleOutput(writer),
    });
}
