using Indikator.Core.Data;

namespace Indikator.Core.Tests.Data;

public class PersonMonthPanelTests
{
    [Fact]
    public void Periods_are_available_as_a_categorical_column_in_calendar_order()
    {
        var panel = new PersonMonthPanelBuilder()
            .WithPersonKeys([1, 2, 3, 4])
            .WithPeriods([new YearMonth(2024, 3), new YearMonth(2023, 12), new YearMonth(2024, 3), new YearMonth(2024, 1)])
            .AddNumeric("y", [1, 2, 3, 4])
            .Build();

        var period = panel.Categorical(PersonMonthPanel.PeriodColumnName);

        Assert.Equal(["2023-12", "2024-01", "2024-03"], period.Levels);
        Assert.Equal([2, 0, 2, 1], period.Codes.ToArray());
        Assert.DoesNotContain(panel.CategoricalColumns, c => c.Name == PersonMonthPanel.PeriodColumnName);
    }

    [Fact]
    public void A_real_column_named_period_takes_precedence()
    {
        var panel = new PersonMonthPanelBuilder()
            .WithPersonKeys([1, 2])
            .WithPeriods([new YearMonth(2024, 3), new YearMonth(2024, 4)])
            .AddCategorical("period", ["a", "b"])
            .Build();

        Assert.Equal(["a", "b"], panel.Categorical("period").Levels);
    }

    [Fact]
    public void Unknown_categorical_column_lists_the_existing_ones()
    {
        var panel = new PersonMonthPanelBuilder()
            .WithPersonKeys([1])
            .WithPeriods([new YearMonth(2024, 3)])
            .AddCategorical("office", ["Oslo"])
            .Build();

        var ex = Assert.Throws<KeyNotFoundException>(() => panel.Categorical("kontor"));
        Assert.Contains("office", ex.Message, StringComparison.Ordinal);
    }
}
