using Indikator.Core.Indicators;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Composition;
using Indikator.Core.Synthetic;
using Indikator.Core.Tests.Indicators.Work;

namespace Indikator.Core.Tests.Reporting.Composition;

/// <summary>The county, programme and priority-group tables of the composed report.</summary>
public class BreakdownTablesTests
{
    private static readonly PriorityGroup Under30 = new("Under 30", GroupCondition.Compare(ColumnNames.Age, GroupOperator.LessThan, 30));
    private static readonly PriorityGroup ReducedCapacity = new("Reduced work capacity", GroupCondition.OneOf(ColumnNames.Status, "nedsatt_arbeidsevne"));

    private static readonly Lazy<(WorkIndicatorResult Work, Report Report)> Run = new(() =>
    {
        var panel = WorkFixtures.SmallPanel;
        var work = WorkIndicators.Compute(panel, new WorkIndicatorOptions
        {
            Outcomes = ["jobb3"],
            Units = [.. WorkUnitLevel.ForPanel(panel), WorkUnitLevel.PriorityGroups("priority_group", Under30, ReducedCapacity)],
            FixedEffectLevels = [],
        });
        return (work, IndicatorReport.Compose(work, null, CompositionFixture.Options with { Providers = null }));
    });

    [Fact]
    public void The_report_has_county_programme_and_priority_group_tables_after_the_other_breakdowns()
    {
        var titles = Run.Value.Report.Tables.Select(t => t.Title).ToArray();
        var offices = Array.IndexOf(titles, "Offices by need category: jobb3: In work 3 months later");
        Assert.Equal("Counties: jobb3: In work 3 months later", titles[offices + 1]);
        Assert.Equal("Programmes: jobb3: In work 3 months later", titles[offices + 2]);
        Assert.Equal("Priority groups: jobb3: In work 3 months later", titles[offices + 3]);
        var counties = Run.Value.Report.Tables[offices + 1];
        Assert.Equal(SyntheticColumns.CountyLevels.Count, counties.Rows.Count);
    }

    [Fact]
    public void Each_group_row_shows_its_definition_and_the_values_of_the_indicator_table()
    {
        var (work, report) = Run.Value;
        var table = report.Tables.Single(t => t.Title.StartsWith("Priority groups", StringComparison.Ordinal));
        var source = work.Table("jobb3", "priority_group");
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("Under 30", table[0, table.IndexOf("group")].Text);
        Assert.Equal("age < 30", table[0, table.IndexOf("definition")].Text);
        Assert.Equal("status in [nedsatt_arbeidsevne]", table[1, table.IndexOf("definition")].Text);
        var reduced = source.Find("Reduced work capacity", null)!;
        Assert.Equal(reduced.Contribution, table[1, table.IndexOf("contribution")].Number);
        Assert.Equal(reduced.Persons, table[1, table.IndexOf("persons")].Number);
        Assert.DoesNotContain(table.Columns, c => c.Name == "shrunken");

        // Age enters the default model in bands with a cut at 30: under 30 is a union of bands, zero by construction.
        Assert.Contains(table.Notes, n => n.Contains("The groups Under 30 are made of levels of a characteristic", StringComparison.Ordinal));
        Assert.Equal(0, source.Find("Under 30", null)!.Contribution!.Value, 9);
    }

    [Fact]
    public void The_fixed_texts_have_a_norwegian_version()
    {
        Assert.Equal("Prioriterte grupper", ReportText.PriorityGroups(ReportLanguage.Norwegian));
        Assert.Equal("Fylker", ReportText.LevelTitle(ReportLanguage.Norwegian, "county"));
        Assert.StartsWith("Prikking:", ReportText.PriorityGroupsSuppression(ReportLanguage.Norwegian), StringComparison.Ordinal);
        Assert.NotEqual(ReportText.PriorityGroupsDescription(ReportLanguage.English), ReportText.PriorityGroupsDescription(ReportLanguage.Norwegian));
    }
}
