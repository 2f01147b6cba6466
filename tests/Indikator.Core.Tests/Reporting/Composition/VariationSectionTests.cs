using Indikator.Core.Indicators.Disclosure;
using Indikator.Core.Indicators.Variation;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Composition;
using Indikator.Core.Reporting.Notebooks;

namespace Indikator.Core.Tests.Reporting.Composition;

public sealed class VariationSectionTests
{
    private static readonly Lazy<VarianceDecompositionResult> Variation = new(() => VarianceDecomposition.Compute(CompositionFixture.Data.Work));

    [Fact]
    public void The_report_gets_the_section_only_when_asked()
    {
        var run = CompositionFixture.Data;
        Assert.DoesNotContain(run.Report.Tables, t => t.Title.StartsWith("How much of the office variation is real", StringComparison.Ordinal));
        var report = IndicatorReport.Compose(run.Work, null, CompositionFixture.Options with { Variation = Variation.Value, Providers = null });
        var summary = report.Tables.Single(t => t.Title.StartsWith("How much of the office variation is real", StringComparison.Ordinal));
        Assert.Equal(2, summary.Rows.Count);
        Assert.Contains(summary.Notes, n => n.Contains("of the real between-office variance of the raw outcome", StringComparison.Ordinal) || n.Contains("the offices differ more than before", StringComparison.Ordinal));
        Assert.Contains(report.Tables, t => t.Title.StartsWith("Reliability and rank uncertainty of offices", StringComparison.Ordinal));
    }

    [Fact]
    public void Suppressed_offices_show_no_value()
    {
        // The fixture's threshold of 40 persons suppresses some offices (primary or secondary).
        var result = Variation.Value;
        var table = VariationSection.Units(result, OutcomeFormat.For(result.Outcome), ReportLanguage.English);
        var suppressed = result.Rows.Select((r, i) => (r, i)).Where(p => p.r.Status != SuppressionStatus.Published).ToArray();
        Assert.NotEmpty(suppressed);
        foreach (var (_, i) in suppressed)
        {
            Assert.All(table.Rows[i].Skip(1), c => Assert.Equal(Indikator.Core.Reporting.CellStatus.Suppressed, c.Status));
        }
    }

    [Fact]
    public void Norwegian_texts_are_norwegian()
    {
        var result = Variation.Value;
        var format = OutcomeFormat.For(result.Outcome);
        var summary = VariationSection.Summary(result, format, ReportLanguage.Norwegian);
        Assert.StartsWith("Hvor mye av forskjellene mellom kontorene er reelle", summary.Title, StringComparison.Ordinal);
        Assert.Contains(summary.Notes, n => n.StartsWith("Risikojusteringen forklarte", StringComparison.Ordinal) || n.StartsWith("Etter risikojustering", StringComparison.Ordinal));
        Assert.Equal("Rått utfall", summary.Rows[0][0].Text);
        Assert.NotEqual(summary.Description, VariationSection.Summary(result, format, ReportLanguage.English).Description);
    }

    [Fact]
    public void The_notebook_shows_the_summary_and_the_offices()
    {
        using var writer = new StringWriter();
        Assert.True(NotebookViews.TryWrite(Variation.Value, writer));
        Assert.Contains("How much of the office variation is real", writer.ToString(), StringComparison.Ordinal);
        Assert.Contains(typeof(VarianceDecompositionResult), NotebookFormatterSource.FormattedTypes);
    }
}
