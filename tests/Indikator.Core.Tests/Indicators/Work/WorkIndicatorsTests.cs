using Indikator.Core.Indicators;
using Indikator.Core.Data;
using Indikator.Core.Indicators.Disclosure;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Synthetic;

namespace Indikator.Core.Tests.Indicators.Work;

/// <summary>Behaviour of <see cref="WorkIndicators"/> on the small synthetic data set (60 000 person-months, 12 months).</summary>
public sealed partial class WorkIndicatorsTests
{
    [Fact]
    public void Without_covariates_the_contribution_is_the_office_mean_minus_the_national_mean()
    {
        var panel = WorkFixtures.SmallPanel;
        var options = new WorkIndicatorOptions
        {
            Outcomes = ["jobb3"],
            Model = new WorkRiskModelSpec(),
            FixedEffectLevels = [],
            MinimumPersons = 1,
        };
        var table = WorkIndicators.Compute(panel, options).Table("jobb3", "office");
        var y = panel.Numeric("jobb3").Values.Span;
        var office = panel.Categorical(ColumnNames.Office);
        var codes = office.Codes.Span;
        var sum = new double[office.LevelCount];
        var count = new int[office.LevelCount];
        var total = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            sum[codes[i]] += y[i];
            count[codes[i]]++;
            total += y[i];
        }

        var national = total / y.Length;
        var checkedRows = 0;
        for (var o = 0; o < office.LevelCount; o++)
        {
            if (count[o] == 0)
            {
                continue;
            }

            var row = table.Find(office.Levels[o], null)!;
            Assert.Equal((sum[o] / count[o]) - national, row.Contribution!.Value, 12);
            Assert.Equal(sum[o] / count[o], row.Actual!.Value, 12);
            Assert.Equal(national, row.Expected!.Value, 12);
            checkedRows++;
        }

        Assert.True(checkedRows > 200);
    }

    [Fact]
    public void The_national_contribution_is_zero_in_every_month_when_compared_within_the_month()
    {
        var options = WorkFixtures.SmallOptions with { Model = WorkRiskModelSpec.Default with { CompareWithinMonth = true }, Outcomes = ["jobb3"], FixedEffectLevels = [] };
        var table = WorkIndicators.Compute(WorkFixtures.SmallPanel, options).Table("jobb3", "country");
        Assert.Equal(13, table.Rows.Count);
        foreach (var row in table.Rows)
        {
            Assert.Equal(SuppressionStatus.Published, row.Status);
            Assert.Equal(0, row.Contribution!.Value, 10);
            Assert.Equal(0, row.StandardError!.Value);
            Assert.Equal(row.Actual!.Value, row.Expected!.Value, 10);
        }
    }

    [Fact]
    public void A_level_that_is_a_covariate_has_zero_pooled_contributions_without_error()
    {
        var pooled = WorkFixtures.SmallResult.Table("jobb3", "need_category").Rows.Where(r => r.Month is null).ToArray();
        Assert.Equal(4, pooled.Length);
        Assert.All(pooled, r =>
        {
            Assert.Equal(0, r.Contribution!.Value, 10);
            Assert.Equal(0, r.StandardError!.Value);
        });
        Assert.Contains(WorkFixtures.SmallResult.Table("jobb3", "need_category").Rows, r => r.Month is not null && Math.Abs(r.Contribution!.Value) > 1e-6);
    }

    [Fact]
    public void Fixed_effect_contributions_have_a_person_month_weighted_mean_of_zero()
    {
        var options = WorkFixtures.SmallOptions with { Outcomes = ["atid3"], MinimumPersons = 1 };
        var result = WorkIndicators.Compute(WorkFixtures.SmallPanel, options);
        foreach (var level in new[] { "office", "region" })
        {
            var rows = result.Table("atid3", level, ContributionVariant.FixedEffect).Rows;
            Assert.All(rows, r => Assert.Null(r.Month));
            var weighted = rows.Sum(r => r.PersonMonths!.Value * r.Contribution!.Value) / rows.Sum(r => r.PersonMonths!.Value);
            Assert.Equal(0, weighted, 10);
        }
    }

    [Fact]
    public void Mean_residuals_of_the_units_of_a_level_add_up_to_zero_and_intervals_are_symmetric()
    {
        var table = WorkFixtures.SmallResult.Table("jobb3", "region");
        var pooled = table.Rows.Where(r => r.Month is null).ToArray();
        Assert.Equal(12, pooled.Length);
        Assert.Equal(0, pooled.Sum(r => r.PersonMonths!.Value * r.Contribution!.Value), 8);
        foreach (var row in table.Rows)
        {
            Assert.True(row.StandardError > 0);
            Assert.Equal(row.Contribution!.Value - row.Lower!.Value, row.Upper!.Value - row.Contribution.Value, 12);
            Assert.Equal(1.959963984540054 * row.StandardError!.Value, row.Upper.Value - row.Contribution.Value, 10);
        }
    }

    [Fact]
    public void Small_cells_are_suppressed_with_values_hidden_and_totals_protected()
    {
        var result = WorkFixtures.SmallResult;
        var table = result.Table("jobb3", "office");
        var suppressed = table.Rows.Where(r => r.Status != SuppressionStatus.Published).ToArray();
        Assert.NotEmpty(suppressed);
        Assert.All(suppressed, r =>
        {
            Assert.Null(r.Persons);
            Assert.Null(r.PersonMonths);
            Assert.Null(r.Actual);
            Assert.Null(r.Expected);
            Assert.Null(r.Contribution);
            Assert.Null(r.StandardError);
            Assert.Null(r.RelativeContribution);
        });
        Assert.All(table.Rows.Where(r => r.Status == SuppressionStatus.Published), r => Assert.True(r.Persons >= 5));

        // Each month's office cells add up to the national person count, so a month with hidden cells has at least two.
        foreach (var month in table.Rows.Where(r => r.Month is not null).GroupBy(r => r.Month))
        {
            Assert.NotEqual(1, month.Count(r => r.Status != SuppressionStatus.Published));
        }

        Assert.Contains(table.Rows, r => r.Status == SuppressionStatus.SecondarySuppressed);
        var comparison = result.Comparison("jobb3", "office");
        Assert.All(comparison.Rows.Where(r => r.Status != SuppressionStatus.Published), r => Assert.Null(r.Shrunken));
        Assert.Equal(
            table.Rows.Where(r => r.Month is null).Select(r => (r.Unit, r.Status)),
            comparison.Rows.Select(r => (r.Unit, r.Status)));
    }

    [Fact]
    public void A_higher_minimum_suppresses_more()
    {
        var result = WorkIndicators.Compute(WorkFixtures.SmallPanel, WorkFixtures.SmallOptions with { Outcomes = ["jobb3"], MinimumPersons = 20, FixedEffectLevels = [] });
        var rows = result.Table("jobb3", "office").Rows;
        Assert.All(rows.Where(r => r.Status == SuppressionStatus.Published), r => Assert.True(r.Persons >= 20));
        Assert.True(
            rows.Count(r => r.Status != SuppressionStatus.Published)
            > WorkFixtures.SmallResult.Table("jobb3", "office").Rows.Count(r => r.Status != SuppressionStatus.Published));
    }

    [Fact]
    public void Results_do_not_depend_on_the_number_of_threads()
    {
        // Two outcomes, so the outcomes run side by side on many threads and one after the other on one.
        var one = WorkIndicators.Compute(WorkFixtures.SmallPanel, WorkFixtures.SmallOptions with { MaxDegreeOfParallelism = 1 });
        var many = WorkFixtures.SmallResult;
        Assert.Equal(many.Tables.Select(t => (t.Outcome, t.Level.Name, t.Variant)), one.Tables.Select(t => (t.Outcome, t.Level.Name, t.Variant)));
        foreach (var (a, b) in many.Tables.Zip(one.Tables))
        {
            Assert.Equal(a.Rows, b.Rows);
        }

        foreach (var outcome in WorkFixtures.SmallOptions.Outcomes)
        {
            foreach (var (level, variant) in new[] { ("office", ContributionVariant.MeanResidual), ("need_category", ContributionVariant.MeanResidual), ("office", ContributionVariant.FixedEffect) })
            {
                Assert.Equal(many.Comparison(outcome, level, variant).Rows, one.Comparison(outcome, level, variant).Rows);
            }
        }
    }

    [Fact]
    public void Shrinkage_moves_estimates_towards_the_mean_by_their_reliability()
    {
        var comparison = WorkFixtures.SmallResult.Comparison("jobb3", "office", ContributionVariant.FixedEffect);
        Assert.True(comparison.TauSquared > 0);
        foreach (var row in comparison.Rows.Where(r => r.Contribution is not null))
        {
            var r = row.Reliability!.Value;
            Assert.InRange(r, 0, 1);
            Assert.Equal(comparison.TauSquared / (comparison.TauSquared + (row.StandardError!.Value * row.StandardError.Value)), r, 12);
            Assert.Equal(comparison.Mean + (r * (row.Contribution!.Value - comparison.Mean)), row.Shrunken!.Value, 12);
            Assert.True(row.Upper95 < row.Upper998);
            Assert.Equal(-row.Lower95!.Value, row.Upper95!.Value);

            // The default limits are the additive random-effects ones: 1.95996... sqrt(se^2 + tau_f^2).
            Assert.Equal(1.9599639845400536 * Math.Sqrt((row.StandardError.Value * row.StandardError.Value) + comparison.FunnelTauSquared), row.Upper95.Value, 12);
        }

        Assert.Equal(FunnelOverdispersion.Additive, comparison.Overdispersion);
        Assert.True(comparison.FunnelTauSquared > 0);

        var ranks = comparison.Rows.Where(r => r.Rank is not null).OrderBy(r => r.Rank).ToArray();
        Assert.Equal(Enumerable.Range(1, ranks.Length), ranks.Select(r => r.Rank!.Value));
        Assert.True(ranks.Zip(ranks.Skip(1)).All(p => p.First.Shrunken >= p.Second.Shrunken));
        Assert.Equal(50, comparison.FunnelCurve.Count);
    }

    [Fact]
    public void A_programme_column_adds_a_programme_level_without_the_rows_outside_programmes()
    {
        var panel = WorkFixtures.SmallPanel;
        var builder = new PersonMonthPanelBuilder().WithPersonKeys([.. panel.PersonKeys.ToArray()]).WithPeriods([.. panel.Periods.ToArray()]);
        foreach (var column in panel.NumericColumns)
        {
            builder.AddNumeric(column.Name, column.Values.ToArray());
        }

        foreach (var column in panel.CategoricalColumns)
        {
            builder.AddCategorical(column.Name, column.Codes.ToArray(), column.Levels);
        }

        // A stand-in programme: none for standard users, KiA or AB (by person) for the others.
        var need = panel.Categorical(ColumnNames.NeedCategory).Codes.Span;
        var standard = panel.Categorical(ColumnNames.NeedCategory).CodeOf("standard");
        var programme = new int[panel.RowCount];
        for (var i = 0; i < programme.Length; i++)
        {
            programme[i] = need[i] == standard ? CategoricalColumn.MissingCode : (int)(panel.PersonKeys.Span[i] % 2);
        }

        // The synthetic stock has its own programme column; the stand-in goes beside it under another name.
        builder.AddCategorical("stand_in_programme", programme, ["KiA", "AB"]);
        var columns = WorkIndicatorColumns.Default with { Programme = "stand_in_programme" };
        var result = WorkIndicators.Compute(builder.Build(), new WorkIndicatorOptions
        {
            Outcomes = ["jobb3"],
            Units = WorkUnitLevel.ForColumns(columns),
            FixedEffectLevels = ["programme"],
        });
        var pooled = result.Table("jobb3", "programme").Rows.Where(r => r.Month is null).ToArray();
        // Units in ordinal order of the levels, not in the order the codes were given.
        Assert.Equal(["AB", "KiA"], pooled.Select(r => r.Unit));
        var inProgramme = 0;
        for (var i = 0; i < programme.Length; i++)
        {
            inProgramme += programme[i] >= 0 ? 1 : 0;
        }

        Assert.Equal(inProgramme, pooled.Sum(r => r.PersonMonths!.Value));
        Assert.Equal(2, result.Table("jobb3", "programme", ContributionVariant.FixedEffect).Rows.Count);
    }

    [Fact]
    public void Bad_options_are_refused_with_the_option_named()
    {
        var panel = WorkFixtures.SmallPanel;
        var covariate = Assert.Throws<ArgumentException>(() => WorkIndicators.Compute(panel, new WorkIndicatorOptions { FixedEffectLevels = ["need_category"] }));
        Assert.Contains("FixedEffectLevels", covariate.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<ArgumentException>(() => WorkIndicators.Compute(panel, new WorkIndicatorOptions { Outcomes = ["jobb99"] }));
        Assert.Contains("jobb99", missing.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => WorkIndicators.Compute(panel, new WorkIndicatorOptions { MinimumPersons = 0 }));
        Assert.Throws<ArgumentException>(() => WorkIndicators.Compute(panel, new WorkIndicatorOptions { ConfidenceLevel = 1 }));
        Assert.Throws<ArgumentNullException>(() => WorkIndicators.Compute(null!, new WorkIndicatorOptions()));
    }
}
