using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Data;
using Indikator.Core.Indicators;
using Indikator.Core.Indicators.Work;
using Indikator.Core.RiskAdjustment;
using Indikator.Core.Synthetic;

namespace Indikator.Core.Tests.Indicators.Work;

/// <summary>
/// ModelSource keeps the model's rows in person order: a panel already in that order is shared, not copied; any other
/// panel's rows are taken in that order, each table row is the panel row <see cref="ModelSource.PanelRow"/> names, and
/// errors name the panel's row.
/// </summary>
public class ModelSourceTests
{
    private static readonly WorkIndicatorOptions Options = new() { Outcomes = ["jobb3", "atid3"] };

    [Fact]
    public void A_panel_grouped_by_person_is_shared_not_copied()
    {
        var panel = WorkFixtures.SmallPanel;
        var source = ModelSource.Build(panel, Options);

        Assert.Null(source.PanelRow);
        Assert.Same(panel.Numeric("jobb3").Array, source.Table.Numeric("jobb3").Array);
        AssertGroupedByPerson(source);
    }

    [Fact]
    public void Property_any_row_order_is_taken_in_person_order_and_maps_back_to_the_panel()
        => Prop.ForAll(Gen.Choose(1, 1_000_000).ToArbitrary(), seed =>
        {
            var panel = WorkIndicatorsTests.ShuffledPanel(WorkFixtures.SmallPanel, new Random(seed));
            var source = ModelSource.Build(panel, Options);
            var panelRow = source.PanelRow!;
            AssertGroupedByPerson(source);

            // A permutation of the panel's rows, with the rows of a person ascending in the panel's order.
            Assert.Equal(Enumerable.Range(0, panel.RowCount), panelRow.Order());
            var keys = panel.PersonKeys.Span;
            var periods = panel.Periods.Span;
            var person = source.Table.Categorical(ModelSource.PersonColumn).CodeArray;
            var office = source.Table.Categorical(ColumnNames.Office);
            var panelOffice = panel.Categorical(ColumnNames.Office);
            var jobb3 = source.Table.Numeric("jobb3").Array;
            var panelJobb3 = panel.Numeric("jobb3").Array;
            for (var j = 0; j < panelRow.Length; j++)
            {
                var row = panelRow[j];
                Assert.Equal(panelJobb3[row], jobb3[j]);
                Assert.Equal(panelOffice.LabelAt(row), office.LabelAt(j));
                Assert.Equal(periods[row], source.Months[source.PeriodCodes[j]]);
                if (j > 0 && person[j] == person[j - 1])
                {
                    Assert.Equal(keys[panelRow[j - 1]], keys[row]);
                    Assert.True(panelRow[j - 1] < row);
                }
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(10));

    [Fact]
    public void An_infinite_outcome_in_a_panel_not_grouped_by_person_is_refused_naming_the_panel_row()
    {
        var shuffled = WorkIndicatorsTests.ShuffledPanel(WorkFixtures.SmallPanel, new Random(5));
        var numeric = shuffled.NumericColumns
            .Select(c => c.Name == "jobb3" ? new NumericColumn(c.Name, [.. c.Array.Select((v, i) => i == 4321 ? double.PositiveInfinity : v)]) : c)
            .ToArray();
        var panel = new PersonMonthPanel(shuffled.PersonKeys.ToArray(), shuffled.Periods.ToArray(), null, new ColumnTable(shuffled.RowCount, numeric, [.. shuffled.CategoricalColumns]));

        InputDataException ex = Assert.Throws<NonFiniteValueException>(() => ModelSource.Build(panel, Options));

        Assert.Equal(("jobb3", 4321L), (ex.ColumnName, ex.Row));
    }

    /// <summary>Person codes ascend with the rows, <see cref="ModelSource.PersonStart"/> holds each person's first row,
    /// and the person levels sort as their codes do (so the column keeps the codes as they are).</summary>
    private static void AssertGroupedByPerson(ModelSource source)
    {
        var column = source.Table.Categorical(ModelSource.PersonColumn);
        var codes = column.CodeArray;
        var start = source.PersonStart;
        Assert.Equal(codes.Length, start[^1]);
        for (var p = 0; p < source.PersonCount; p++)
        {
            Assert.True(start[p] < start[p + 1], string.Create(CultureInfo.InvariantCulture, $"person {p} has no rows"));
            for (var j = start[p]; j < start[p + 1]; j++)
            {
                Assert.Equal(p, codes[j]);
            }
        }

        Assert.True(CategoricalColumn.InOrdinalOrder([.. column.Levels]));
    }
}
