using Indikator.Core.Indicators;
using Indikator.Core.Data;
using Indikator.Core.Indicators.Work;
using Indikator.Core.RiskAdjustment;
using Indikator.Core.Synthetic;

namespace Indikator.Core.Tests.Indicators.Work;

/// <summary>Bad and awkward stock data in <see cref="WorkIndicators"/>: rows left out are counted, infinite ages are
/// refused, a single office gets tables but no funnel limits, and fits must converge.</summary>
public sealed partial class WorkIndicatorsTests
{
    private static WorkIndicatorOptions OneOutcome => WorkFixtures.SmallOptions with { Outcomes = ["jobb3"], FixedEffectLevels = [] };

    [Fact]
    public void Rows_left_out_are_counted_by_outcome_reason_and_column()
    {
        var panel = WithNumeric(WorkFixtures.SmallPanel, ColumnNames.Age, (row, age) => row % 97 == 0 ? double.NaN : age);
        var jobb3 = panel.Numeric("jobb3").Values.Span;
        var censored = 0;
        var missingAge = 0;
        for (var row = 0; row < jobb3.Length; row++)
        {
            censored += double.IsNaN(jobb3[row]) ? 1 : 0;
            missingAge += !double.IsNaN(jobb3[row]) && row % 97 == 0 ? 1 : 0;
        }

        var result = WorkIndicators.Compute(panel, OneOutcome);

        Assert.Contains(new RowExclusion("jobb3", RowExclusionReason.CovariateMissing, ColumnNames.Age, missingAge), result.Exclusions);
        Assert.Equal(censored > 0, result.Exclusions.Any(e => e.Reason == RowExclusionReason.OutcomeMissing));
        Assert.Equal(missingAge + censored, result.Exclusions.Sum(e => e.Rows));
        var used = result.Model("jobb3").ObservationCount;
        Assert.Equal(panel.RowCount - missingAge - censored, used);
    }

    [Fact]
    public void An_infinite_age_is_refused_naming_the_column_and_row()
    {
        var panel = WithNumeric(WorkFixtures.SmallPanel, ColumnNames.Age, (row, age) => row == 123 ? double.PositiveInfinity : age);
        InputDataException ex = Assert.Throws<NonFiniteValueException>(() => WorkIndicators.Compute(panel, OneOutcome));
        Assert.Equal((ColumnNames.Age, 123L), (ex.ColumnName, ex.Row));
    }

    [Fact]
    public void A_single_office_gets_its_tables_but_no_funnel_limits()
    {
        var source = WorkFixtures.SmallPanel;
        var office = source.Categorical(ColumnNames.Office);
        var categorical = source.CategoricalColumns
            .Select(c => c.Name == ColumnNames.Office ? new CategoricalColumn(c.Name, new int[source.RowCount], ["Oslo"]) : c)
            .ToArray();
        var panel = new PersonMonthPanel(source.PersonKeys.ToArray(), source.Periods.ToArray(), null, new ColumnTable(source.RowCount, [.. source.NumericColumns], categorical));
        Assert.True(office.LevelCount > 1);

        var result = WorkIndicators.Compute(panel, OneOutcome);

        Assert.Equal(["Oslo"], result.Table("jobb3", "office").Rows.Select(r => r.Unit).Distinct());
        var comparison = result.Comparison("jobb3", "office");
        Assert.Empty(comparison.FunnelCurve);
        Assert.All(comparison.Rows, r => Assert.Null(r.Upper95));
        Assert.NotEmpty(result.Comparison("jobb3", "region").FunnelCurve);
    }

    [Fact]
    public void The_risk_models_must_converge()
        => Assert.True(WorkIndicators.FitOptionsFor(OneOutcome).RequireConvergence);

    private static PersonMonthPanel WithNumeric(PersonMonthPanel panel, string name, Func<int, double, double> change)
    {
        var numeric = panel.NumericColumns
            .Select(c => c.Name == name ? new NumericColumn(name, [.. c.Array.Select((v, i) => change(i, v))]) : c)
            .ToArray();
        return new PersonMonthPanel(panel.PersonKeys.ToArray(), panel.Periods.ToArray(), null, new ColumnTable(panel.RowCount, numeric, [.. panel.CategoricalColumns]));
    }
}
