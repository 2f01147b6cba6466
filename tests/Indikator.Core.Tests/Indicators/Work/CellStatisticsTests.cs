using Indikator.Core.Indicators;
using Indikator.Core.Indicators.Work;
using Indikator.Core.RiskAdjustment;
using Indikator.Core.Synthetic;

namespace Indikator.Core.Tests.Indicators.Work;

/// <summary>
/// CellStatistics.ComputeAll: several layouts in one pass give each layout what a pass of its own gives (the same bits),
/// and design and score sums added up from a finer layout (region from office) equal the sums over the rows to rounding,
/// 1e-12 relative to the largest absolute sum of the same kind.
/// </summary>
public class CellStatisticsTests
{
    [Fact]
    public void One_pass_for_many_layouts_and_sums_from_a_finer_layout_agree_with_separate_passes()
    {
        var options = new WorkIndicatorOptions { Outcomes = ["jobb3"] };
        var source = ModelSource.Build(WorkFixtures.SmallPanel, options);
        var office = LevelCodes.Build(new WorkUnitLevel(ColumnNames.Office, ColumnNames.Office), source);
        var region = LevelCodes.Build(new WorkUnitLevel(ColumnNames.Region, ColumnNames.Region), source);
        var fit = LinearModel.Fit(source.Table, source.Spec("jobb3", periodEffects: false, null), new FitOptions { Covariance = CovarianceSpec.Cluster(ModelSource.PersonColumn) });
        var used = fit.UsedRows.ToArray();
        var residuals = fit.Residuals.ToArray();
        var y = source.Table.Numeric("jobb3").Array;
        var map = DesignMap.Build(fit, source.Table);
        var months = source.Months.Length;
        var officeCells = office.Units.Length * months;
        var regionCells = region.Units.Length * months;

        var alone = CellStatistics.ComputeAll([new CellRequest(region.UnitOfRow, regionCells, true, true, ByMonth: true)], used, residuals, y, map, source)[0];
        var together = CellStatistics.ComputeAll(
            [new CellRequest(office.UnitOfRow, officeCells, true, true, ByMonth: true), new CellRequest(region.UnitOfRow, regionCells, true, true, SumsFromFiner: true, ByMonth: true)],
            used, residuals, y, map, source);
        var officeAlone = CellStatistics.ComputeAll([new CellRequest(office.UnitOfRow, officeCells, true, true, ByMonth: true)], used, residuals, y, map, source)[0];
        together[1].AddFinerSums(together[0], office.MapTo(region)!, months);

        // The office layout is summed over the rows in both runs: the same bits.
        Assert.Equal(officeAlone.Design, together[0].Design);
        Assert.Equal(officeAlone.Scores, together[0].Scores);
        Assert.Equal(officeAlone.SumEE, together[0].SumEE);

        // The region's row and person sums come from the rows; its design and score sums from the offices.
        Assert.Equal(alone.Rows, together[1].Rows);
        Assert.Equal(alone.Persons, together[1].Persons);
        Assert.Equal(alone.SumEE, together[1].SumEE);
        Close(alone.Design, together[1].Design);
        Close(alone.Scores!, together[1].Scores!);
        Assert.Contains(alone.Scores!, v => v != 0);
    }

    /// <summary>
    /// The one pass (rows person by person, person sums flushed when the next person begins) against a plain computation
    /// from its definition, grouping the used rows by (person, cell) with a dictionary, on a panel in random row order
    /// (so the model's rows are a permutation of the panel's). Counts are equal; sums agree to 1e-12 relative to the
    /// largest absolute sum of the same kind (the same terms added in another order).
    /// </summary>
    [Fact]
    public void The_one_pass_equals_the_person_sums_from_their_definition()
    {
        var panel = WorkIndicatorsTests.ShuffledPanel(WorkFixtures.SmallPanel, new Random(11));
        var source = ModelSource.Build(panel, new WorkIndicatorOptions { Outcomes = ["jobb3"] });
        Assert.NotNull(source.PanelRow);
        var office = LevelCodes.Build(new WorkUnitLevel(ColumnNames.Office, ColumnNames.Office), source);
        var fit = LinearModel.Fit(source.Table, source.Spec("jobb3", periodEffects: false, null), new FitOptions { Covariance = CovarianceSpec.Cluster(ModelSource.PersonColumn) });
        var used = fit.UsedRows.ToArray();
        var residuals = fit.Residuals.ToArray();
        var y = source.Table.Numeric("jobb3").Array;
        var cells = office.Units.Length * source.Months.Length;

        var stats = CellStatistics.ComputeAll([new CellRequest(office.UnitOfRow, cells, false, false, ByMonth: true)], used, residuals, y, null, source)[0];

        var person = source.Table.Categorical(ModelSource.PersonColumn).CodeArray;
        var byPersonCell = new Dictionary<(int Person, int Cell), (int N, double E)>();
        var rows = new int[cells];
        var sumY = new double[cells];
        for (var i = 0; i < used.Length; i++)
        {
            var unit = office.UnitOfRow[used[i]];
            if (unit < 0)
            {
                continue;
            }

            var cell = (unit * source.Months.Length) + source.PeriodCodes[used[i]];

            rows[cell]++;
            sumY[cell] += y[used[i]];
            var key = (person[used[i]], cell);
            var (n, e) = byPersonCell.GetValueOrDefault(key);
            byPersonCell[key] = (n + 1, e + residuals[i]);
        }

        var persons = new int[cells];
        var sumEE = new double[cells];
        var sumNE = new double[cells];
        var sumNN = new double[cells];
        foreach (var ((_, cell), (n, e)) in byPersonCell)
        {
            persons[cell]++;
            sumEE[cell] += e * e;
            sumNE[cell] += n * e;
            sumNN[cell] += (double)n * n;
        }

        Assert.Equal(rows, stats.Rows);
        Assert.Equal(persons, stats.Persons);
        Assert.Equal(sumNN, stats.SumNN);
        Close(sumY, stats.SumY);
        Close(sumEE, stats.SumEE);
        Close(sumNE, stats.SumNE);
        Assert.Contains(persons, p => p > 1);
    }

    /// <summary>
    /// Outcomes over the same rows summed in one pass (their counts and design sums shared, the layouts split between
    /// threads) give every level of the default options, priority groups included, the same bits as a pass per outcome
    /// on one thread, at 1, 2 and 3 threads.
    /// </summary>
    [Fact]
    public void One_pass_for_many_outcomes_gives_each_outcome_the_bits_of_its_own_pass_at_any_thread_count()
    {
        string[] outcomes = ["jobb3", "atid3"];
        var groups = WorkUnitLevel.PriorityGroups(
            "priority_group",
            new PriorityGroup("under 30", GroupCondition.Compare("age", GroupOperator.LessThan, 30)),
            new PriorityGroup("under 45", GroupCondition.Compare("age", GroupOperator.LessThan, 45)));
        var options = new WorkIndicatorOptions
        {
            Outcomes = outcomes,
            Model = new WorkRiskModelSpec { CompareWithinMonth = false },
            Units = [.. new WorkIndicatorOptions().Units, groups],
        };
        var source = ModelSource.Build(WorkFixtures.SmallPanel, options);
        LevelCodes[] levels = [.. options.Units.Select(l => LevelCodes.Build(l, source)), LevelCodes.Build(WorkUnitLevel.Country, source)];
        Assert.Contains(levels, l => l.Members is not null);
        var sources = WorkIndicators.FinerSources(levels);
        var fits = LinearModel.FitMany(source.Table, source.Spec(outcomes[0], periodEffects: false, null), outcomes, WorkIndicators.FitOptionsFor(options));
        Assert.Equal(fits[0].UsedRows.ToArray(), fits[1].UsedRows.ToArray());
        var one = new ParallelOptions { MaxDegreeOfParallelism = 1 };
        var contexts = Contexts();
        var alone = contexts.Select(c => OutcomeContext.Aggregate([c], levels, sources, one)[0]).ToArray();

        foreach (var threads in new[] { 1, 2, 3 })
        {
            var together = OutcomeContext.Aggregate(Contexts(), levels, sources, new ParallelOptions { MaxDegreeOfParallelism = threads });
            for (var o = 0; o < outcomes.Length; o++)
            {
                for (var l = 0; l < levels.Length; l++)
                {
                    Same(alone[o][l].Cells, together[o][l].Cells);
                    Same(alone[o][l].Pooled, together[o][l].Pooled);
                }
            }
        }

        Assert.NotEqual(alone[0][0].Cells.SumE, alone[1][0].Cells.SumE);
        Assert.Contains(alone[0][0].Cells.Scores!, v => v != 0);

        OutcomeContext[] Contexts() => [.. outcomes.Select((o, i) => new OutcomeContext(source, options, o, fits[i]))];

        static void Same(CellStatistics expected, CellStatistics actual)
        {
            Assert.Equal(expected.Rows, actual.Rows);
            Assert.Equal(expected.Persons, actual.Persons);
            Assert.Equal(expected.SumY, actual.SumY);
            Assert.Equal(expected.SumE, actual.SumE);
            Assert.Equal(expected.SumEE, actual.SumEE);
            Assert.Equal(expected.SumNE, actual.SumNE);
            Assert.Equal(expected.SumNN, actual.SumNN);
            Assert.Equal(expected.Design, actual.Design);
            Assert.Equal(expected.Scores, actual.Scores);
        }
    }

    private static void Close(double[] expected, double[] actual)
    {
        var scale = expected.Max(Math.Abs);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-12 * scale, $"element {i}: {expected[i]} vs {actual[i]}");
        }
    }
}
