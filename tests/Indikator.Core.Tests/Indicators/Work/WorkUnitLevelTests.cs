using Indikator.Core.Indicators.Work;

namespace Indikator.Core.Tests.Indicators.Work;

public sealed class WorkUnitLevelTests
{
    [Fact]
    public void A_crossed_level_keeps_its_columns_in_order_with_the_first_as_unit_column()
    {
        var level = WorkUnitLevel.Crossed("office_need", "office", "need");
        Assert.Equal(["office", "need"], level.Columns);
        Assert.Equal("office", level.Column);
        Assert.True(level.IsCrossed);
        Assert.False(level.IsCountry);
        Assert.Equal(WorkUnitLevel.Crossed("office_need", "office", "need"), level);
        Assert.Equal(WorkUnitLevel.Crossed("office_need", "office", "need").GetHashCode(), level.GetHashCode());
        Assert.NotEqual(WorkUnitLevel.Crossed("office_need", "need", "office"), level);
        Assert.Equal("WorkUnitLevel { Name = office_need, Columns = [office, need] }", level.ToString());
        var single = level with { Column = "region" };
        Assert.Equal(["region"], single.Columns);
        Assert.False(single.IsCrossed);
    }

    [Fact]
    public void Single_levels_and_the_country_behave_as_before()
    {
        var office = new WorkUnitLevel("office", "office");
        var (name, column) = office;
        Assert.Equal(("office", "office"), (name, column));
        Assert.Equal(new WorkUnitLevel("office", "office"), office);
        Assert.True(WorkUnitLevel.Country.IsCountry);
        Assert.Null(WorkUnitLevel.Country.Column);
        Assert.Empty(WorkUnitLevel.Country.Columns);
    }

    [Fact]
    public void The_default_levels_include_region_and_office_by_need_category()
    {
        var levels = WorkUnitLevel.ForColumns(WorkIndicatorColumns.Default with { Office = "enhet" });
        Assert.Equal(["country", "office", "region", "need_category", "region_need_category", "office_need_category"], levels.Select(l => l.Name));
        Assert.Equal(["enhet", "need_category"], levels[^1].Columns);
    }

    [Fact]
    public void Bad_crossings_are_refused_with_the_level_named()
    {
        Assert.Contains("at least two", Assert.Throws<ArgumentException>(() => WorkUnitLevel.Crossed("x", "office")).Message, StringComparison.Ordinal);
        Assert.Contains("'office' is repeated", Assert.Throws<ArgumentException>(() => WorkUnitLevel.Crossed("x", "office", "office")).Message, StringComparison.Ordinal);
        Assert.Contains("columns[1]", Assert.Throws<ArgumentException>(() => WorkUnitLevel.Crossed("x", "office", "")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => WorkUnitLevel.Crossed("", "office", "need"));
        Assert.Throws<ArgumentNullException>(() => WorkUnitLevel.Crossed("x", null!));
        Assert.Throws<ArgumentException>(() => new WorkUnitLevel("office", ""));
    }

    [Fact]
    public void A_crossed_level_whose_first_column_is_a_covariate_cannot_have_a_fixed_effect()
    {
        var options = new WorkIndicatorOptions
        {
            Units = [.. WorkUnitLevel.ForColumns(WorkIndicatorColumns.Default), WorkUnitLevel.Crossed("need_office", "need_category", "office")],
            FixedEffectLevels = ["need_office"],
        };
        var error = Assert.Throws<ArgumentException>(() => WorkIndicators.Compute(WorkFixtures.SmallPanel, options));
        Assert.Contains("need_office", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_priority_group_level_has_groups_and_no_column()
    {
        var under30 = new PriorityGroup("under 30", GroupCondition.Compare("age", GroupOperator.LessThan, 30));
        var level = WorkUnitLevel.PriorityGroups("priority_group", under30);
        Assert.True(level.IsPriorityGroups);
        Assert.False(level.IsCountry);
        Assert.Null(level.Column);
        Assert.Equal([under30], level.Groups);
        Assert.Equal(level, WorkUnitLevel.PriorityGroups("priority_group", new PriorityGroup("under 30", GroupCondition.Compare("age", GroupOperator.LessThan, 30))));
        Assert.NotEqual(level, WorkUnitLevel.PriorityGroups("priority_group", new PriorityGroup("under 30", GroupCondition.Compare("age", GroupOperator.LessThan, 25))));
        Assert.Contains("'under 30' is repeated", Assert.Throws<ArgumentException>(() => WorkUnitLevel.PriorityGroups("g", under30, under30)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => WorkUnitLevel.PriorityGroups("g"));

        // Setting a column makes a single-column level.
        var single = level with { Column = "office" };
        Assert.False(single.IsPriorityGroups);
        Assert.Empty(single.Groups);
    }

    [Fact]
    public void For_panel_adds_county_and_programme_when_the_panel_has_them()
    {
        var names = WorkUnitLevel.ForPanel(WorkFixtures.SmallPanel).Select(l => l.Name);
        Assert.Equal(["country", "office", "region", "county", "need_category", "programme", "region_need_category", "office_need_category"], names);
        Assert.Equal(WorkUnitLevel.ForColumns(WorkIndicatorColumns.Default).Select(l => l.Name), WorkUnitLevel.ForPanel(
            new Core.Data.PersonMonthPanelBuilder().WithPersonKeys([1]).WithPeriods([new Core.Data.YearMonth(2024, 1)]).Build()).Select(l => l.Name));
    }
}
