using Indikator.Core.Indicators.Work;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Composition;

namespace Indikator.Core.Tests.Reporting.Composition;

public sealed class ModelComparisonSectionTests
{
    [Fact]
    public void The_report_gets_the_section_only_when_asked_in_its_language()
    {
        var run = CompositionFixture.Data;
        Assert.DoesNotContain(run.Report.Tables, t => t.Title.StartsWith("Risk models compared", StringComparison.Ordinal));

        var comparison = WorkModelComparison.Create(run.Work);
        var report = IndicatorReport.Compose(run.Work, null, CompositionFixture.Options with { ModelComparison = comparison, Providers = null });
        var table = report.Tables.Single(t => t.Title.StartsWith("Risk models compared: jobb3", StringComparison.Ordinal));
        Assert.Equal(comparison.ModelNames, table.Columns.Skip(1).Select(c => c.Header));
        Assert.Contains("same model without the labour-market deciles", table.Description, StringComparison.Ordinal);

        var norwegian = WorkModelComparison.Create(run.Work, language: ReportLanguage.Norwegian);
        var rapport = IndicatorReport.Compose(run.Work, null, CompositionFixture.Options with { ModelComparison = norwegian, Providers = null, Language = ReportLanguage.Norwegian });
        var tabell = rapport.Tables.Single(t => t.Title.StartsWith("Risikomodeller sammenlignet: jobb3", StringComparison.Ordinal));
        Assert.Equal("Ledd", tabell.Columns[0].Header);
        Assert.Contains("uten arbeidsmarkedsdesilene", tabell.Description, StringComparison.Ordinal);
    }
}
