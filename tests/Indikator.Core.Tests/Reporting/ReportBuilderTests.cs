using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Charts;

namespace Indikator.Core.Tests.Reporting;

public class ReportBuilderTests
{
    [Fact]
    public void Build_keeps_the_given_time_and_the_order_of_notes_charts_and_tables()
    {
        var chart = new BarChart("Bars", [new BarChartItem("A", 1)]);
        var first = ReportSamples.Small();
        var second = new ReportTableBuilder("Second").AddColumn("x", "X", ReportColumnKind.Text).Build();

        var report = new ReportBuilder("R", ReportSamples.GeneratedAt)
            .AddNote("n1").AddTable(first).AddChart(chart).AddNote("n2").AddTable(second)
            .Build();

        Assert.Equal(ReportSamples.GeneratedAt, report.GeneratedAt);
        Assert.Equal(["n1", "n2"], report.Notes);
        Assert.Same(chart, Assert.Single(report.Charts));
        Assert.Equal([first, second], report.Tables);
        Assert.Equal("R (1 charts, 2 tables)", report.ToString());
    }

    [Fact]
    public void Null_and_empty_arguments_are_rejected()
    {
        var builder = new ReportBuilder("R", ReportSamples.GeneratedAt);

        Assert.Throws<ArgumentException>(() => new ReportBuilder("", ReportSamples.GeneratedAt));
        Assert.Throws<ArgumentNullException>(() => builder.AddTable(null!));
        Assert.Throws<ArgumentNullException>(() => builder.AddChart(null!));
        Assert.Throws<ArgumentException>(() => builder.AddNote(" "));
    }
}
