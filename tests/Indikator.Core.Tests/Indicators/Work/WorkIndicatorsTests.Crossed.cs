using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Indicators.Disclosure;
using Indikator.Core.Indicators.Work;

namespace Indikator.Core.Tests.Indicators.Work;

/// <summary>Crossed levels (office x need category): contributions, their link to the office level, suppression, row order.</summary>
public sealed partial class WorkIndicatorsTests
{
    private static readonly WorkUnitLevel OfficeNeed = WorkUnitLevel.Crossed("office_need", "office", "need");

    [Fact]
    public void Crossed_contributions_equal_a_hand_computation_for_both_variants()
    {
        var panel = CrossedPanels.Build(150, 3);
        var result = WorkIndicators.Compute(panel, new WorkIndicatorOptions
        {
            Outcomes = ["y"],
            Model = new WorkRiskModelSpec { Numeric = ["x"] },
            Units = [WorkUnitLevel.Country, new WorkUnitLevel("office", "office"), OfficeNeed],
            FixedEffectLevels = ["office", "office_need"],
            MinimumPersons = 1,
        });

        var x = panel.Numeric("x").Values.ToArray();
        var y = panel.Numeric("y").Values.ToArray();
        var office = panel.Categorical("office").Codes.ToArray();
        var need = panel.Categorical("need").Codes.ToArray();

        // Codes index the panel's levels, which are in ordinal order (Situasjonsbestemt, Spesielt tilpasset, Standard),
        // not in the order CrossedPanels.Needs lists them.
        var offices = panel.Categorical("office").Levels;
        var needs = panel.Categorical("need").Levels;
        var n = y.Length;

        // (a) OLS of y on 1 and x: slope cov(x, y) / var(x); the cell's contribution is its mean residual.
        var (mx, my) = (x.Average(), y.Average());
        var slope = Enumerable.Range(0, n).Sum(i => (x[i] - mx) * (y[i] - my)) / Enumerable.Range(0, n).Sum(i => (x[i] - mx) * (x[i] - mx));
        var intercept = my - (slope * mx);

        // (b) the within estimator with office and month effects (variant (b) always compares within unit and month):
        // demean x and y by office and by month in turn until nothing changes (alternating projections), slope
        // bw = sum x~ y~ / sum x~^2; then r = y - bw x = a_o + g_t + e, solved for a and g the same way. The cell's
        // contribution is its mean of (r - g_t) minus the centre sum_o N_o a_o / N (invariant to shifting a by c and g by -c).
        var month = panel.PeriodArray.Select(p => p.Index).ToArray();
        var firstMonth = month.Min();
        var months = month.Max() - firstMonth + 1;
        double[] Demean(double[] v)
        {
            var w = (double[])v.Clone();
            for (var iteration = 0; iteration < 2000; iteration++)
            {
                foreach (var (group, count) in new[] { (office, 4), (month.Select(m => m - firstMonth).ToArray(), months) })
                {
                    var sum = new double[count];
                    var size = new int[count];
                    for (var i = 0; i < n; i++)
                    {
                        sum[group[i]] += w[i];
                        size[group[i]]++;
                    }

                    for (var i = 0; i < n; i++)
                    {
                        w[i] -= sum[group[i]] / size[group[i]];
                    }
                }
            }

            return w;
        }

        var (xw, yw) = (Demean(x), Demean(y));
        var within = Enumerable.Range(0, n).Sum(i => xw[i] * yw[i]) / Enumerable.Range(0, n).Sum(i => xw[i] * xw[i]);
        var r = Enumerable.Range(0, n).Select(i => y[i] - (within * x[i])).ToArray();
        var officeEffect = new double[4];
        var monthEffect = new double[months];
        for (var iteration = 0; iteration < 2000; iteration++)
        {
            var so = new double[4];
            var no = new int[4];
            for (var i = 0; i < n; i++)
            {
                so[office[i]] += r[i] - monthEffect[month[i] - firstMonth];
                no[office[i]]++;
            }

            for (var o = 0; o < 4; o++)
            {
                officeEffect[o] = so[o] / no[o];
            }

            var st = new double[months];
            var nt = new int[months];
            for (var i = 0; i < n; i++)
            {
                st[month[i] - firstMonth] += r[i] - officeEffect[office[i]];
                nt[month[i] - firstMonth]++;
            }

            for (var t = 0; t < months; t++)
            {
                monthEffect[t] = nt[t] > 0 ? st[t] / nt[t] : 0;
            }
        }

        var officeRows = Enumerable.Range(0, 4).Select(o => office.Count(v => v == o)).ToArray();
        var centre = Enumerable.Range(0, 4).Sum(o => officeRows[o] * officeEffect[o]) / n;

        var a = result.Table("y", "office_need");
        var b = result.Table("y", "office_need", ContributionVariant.FixedEffect);
        var officeB = result.Table("y", "office", ContributionVariant.FixedEffect);
        var cells = 0;
        for (var o = 0; o < 4; o++)
        {
            Assert.Equal(officeEffect[o] - centre, officeB.Find(offices[o], null)!.Contribution!.Value, 10);
            for (var k = 0; k < 3; k++)
            {
                var rows = Enumerable.Range(0, n).Where(i => office[i] == o && need[i] == k).ToArray();
                if (rows.Length == 0)
                {
                    continue;
                }

                var unit = offices[o] + " / " + needs[k];
                var actual = rows.Average(i => y[i]);
                var rowA = a.Find(unit, null)!;
                Assert.Equal(actual, rowA.Actual!.Value, 12);
                Assert.Equal(rows.Average(i => y[i] - intercept - (slope * x[i])), rowA.Contribution!.Value, 10);
                Assert.Equal(rows.Average(i => intercept + (slope * x[i])), rowA.Expected!.Value, 10);
                var rowB = b.Find(unit, null)!;
                Assert.Equal(rows.Average(i => r[i] - monthEffect[month[i] - firstMonth]) - centre, rowB.Contribution!.Value, 10);
                Assert.Equal(rows.Length, rowB.PersonMonths);
                Assert.Equal([offices[o], needs[k]], a.Labels(unit));
                cells++;
            }
        }

        Assert.Equal(12, cells);
        Assert.Same(result.FixedEffectModel("y", "office"), result.FixedEffectModel("y", "office_need"));
    }

    [Fact]
    public void The_person_month_weighted_mean_of_an_offices_need_cells_is_the_office_contribution()
    {
        var result = WorkIndicators.Compute(WorkFixtures.SmallPanel, new WorkIndicatorOptions
        {
            Outcomes = ["jobb3"],
            FixedEffectLevels = ["office", "office_need_category"],
            MinimumPersons = 1,
        });
        foreach (var (coarse, fine, variant, digits) in new[]
        {
            ("office", "office_need_category", ContributionVariant.MeanResidual, 12),
            ("region", "region_need_category", ContributionVariant.MeanResidual, 12),
            // Within an office the fixed-effect residuals sum to zero up to the convergence of the absorption.
            ("office", "office_need_category", ContributionVariant.FixedEffect, 8),
        })
        {
            var cells = result.Table("jobb3", fine, variant);
            var parents = result.Table("jobb3", coarse, variant).Rows.Where(r => r.Month is null).ToArray();
            foreach (var parent in parents)
            {
                var own = cells.Rows.Where(r => r.Month is null && cells.Labels(r.Unit)[0] == parent.Unit).ToArray();
                Assert.NotEmpty(own);
                Assert.Equal(parent.PersonMonths, own.Sum(r => r.PersonMonths));
                var weighted = own.Sum(r => r.PersonMonths!.Value * r.Contribution!.Value) / own.Sum(r => r.PersonMonths!.Value);
                Assert.Equal(parent.Contribution!.Value, weighted, digits);
            }
        }

        // Need-category cells are not zero by construction, although need category is a covariate.
        Assert.Contains(result.Table("jobb3", "office_need_category").Rows, r => r.Month is null && Math.Abs(r.Contribution!.Value) > 1e-3);
        var b = result.Table("jobb3", "office_need_category", ContributionVariant.FixedEffect).Rows;
        Assert.Equal(0, b.Sum(r => r.PersonMonths!.Value * r.Contribution!.Value) / b.Sum(r => r.PersonMonths!.Value), 10);
        Assert.All(b, r => Assert.True(r.StandardError > 0 || r.Persons < 2));
    }

    [Fact]
    public void Small_crossed_cells_are_suppressed_and_office_and_category_totals_cannot_reveal_them()
    {
        var result = WorkFixtures.SmallResult;
        var crossed = result.Table("jobb3", "office_need_category");
        Assert.Contains(crossed.Rows, r => r.Status == SuppressionStatus.PrimarySuppressed);
        Assert.Contains(crossed.Rows, r => r.Status == SuppressionStatus.SecondarySuppressed);
        Assert.All(crossed.Rows.Where(r => r.Status == SuppressionStatus.Published), r => Assert.True(r.Persons >= 5));
        Assert.All(crossed.Rows.Where(r => r.Status != SuppressionStatus.Published), r =>
        {
            Assert.Null(r.Persons);
            Assert.Null(r.PersonMonths);
            Assert.Null(r.Actual);
            Assert.Null(r.Contribution);
        });

        // Every published total (office, need category, region x need category, country; per month and pooled) with the
        // crossed cells it sums has zero or at least two hidden cells.
        foreach (var (coarse, part) in new[] { ("office", 0), ("need_category", 1), ("country", -1) })
        {
            AssertNoSingleHidden(result.Table("jobb3", coarse), crossed, u => part < 0 ? WorkUnitLevel.CountryUnit : crossed.Labels(u)[part]);
        }

        var regionOf = WorkFixtures.Small.Offices.ToDictionary(o => o.Name, o => o.Region, StringComparer.Ordinal);
        AssertNoSingleHidden(result.Table("jobb3", "region_need_category"), crossed, u => regionOf[crossed.Labels(u)[0]] + WorkUnitLevel.LabelSeparator + crossed.Labels(u)[1]);
        AssertNoSingleHidden(result.Table("jobb3", "region"), result.Table("jobb3", "region_need_category"), u => result.Table("jobb3", "region_need_category").Labels(u)[0]);

        // Variant (b) and the comparison take the pooled statuses of (a).
        var pooled = crossed.Rows.Where(r => r.Month is null).Select(r => (r.Unit, r.Status)).ToArray();
        Assert.Equal(pooled, result.Comparison("jobb3", "office_need_category").Rows.Select(r => (r.Unit, r.Status)));
    }

    [Fact]
    public void A_hidden_office_cell_cannot_be_recovered_from_its_region()
    {
        var result = WorkFixtures.SmallResult;
        var offices = result.Table("jobb3", "office");
        Assert.Contains(offices.Rows, r => r.Status != SuppressionStatus.Published);
        var regionOf = WorkFixtures.Small.Offices.ToDictionary(o => o.Name, o => o.Region, StringComparer.Ordinal);
        AssertNoSingleHidden(result.Table("jobb3", "region"), offices, u => regionOf[u]);
    }

    [Fact]
    public void Row_order_does_not_change_crossed_tables()
    {
        var options = new WorkIndicatorOptions
        {
            Outcomes = ["y"],
            Model = new WorkRiskModelSpec { Numeric = ["x"], Categorical = [new("need")] },
            Units = [WorkUnitLevel.Country, new WorkUnitLevel("office", "office"), new WorkUnitLevel("need", "need"), OfficeNeed],
            FixedEffectLevels = ["office_need"],
            MinimumPersons = 4,
        };
        Prop.ForAll(Gen.Choose(1, 100_000).ToArbitrary(), seed =>
        {
            var rows = CrossedPanels.RowCount(120, seed);
            var order = Enumerable.Range(0, rows).ToArray();
            new Random(seed).Shuffle(order);
            var first = WorkIndicators.Compute(CrossedPanels.Build(120, seed), options);
            var second = WorkIndicators.Compute(CrossedPanels.Build(120, seed, order), options);
            foreach (var variant in new[] { ContributionVariant.MeanResidual, ContributionVariant.FixedEffect })
            {
                var a = first.Table("y", "office_need", variant).Rows;
                var b = second.Table("y", "office_need", variant).Rows;
                if (a.Count != b.Count || !a.Zip(b).All(p => Same(p.First, p.Second)))
                {
                    return false;
                }
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(15));
    }

    /// <summary>Equal up to the rounding of sums in another order (about 300 rows: 1e-9 leaves a wide margin).</summary>
    private static bool Same(WorkIndicatorRow a, WorkIndicatorRow b)
    {
        static bool Close(double? x, double? y) => (x is null && y is null) || (x is { } u && y is { } v && (Math.Abs(u - v) <= 1e-9 || (double.IsNaN(u) && double.IsNaN(v))));
        return a.Unit == b.Unit && a.Month == b.Month && a.Status == b.Status && a.Persons == b.Persons && a.PersonMonths == b.PersonMonths
            && Close(a.Actual, b.Actual) && Close(a.Contribution, b.Contribution) && Close(a.StandardError, b.StandardError);
    }

    private static void AssertNoSingleHidden(WorkIndicatorTable coarse, WorkIndicatorTable fine, Func<string, string> coarseUnit)
    {
        foreach (var group in fine.Rows.GroupBy(r => (coarseUnit(r.Unit), r.Month)))
        {
            var total = coarse.Find(group.Key.Item1, group.Key.Month)!;
            var hidden = group.Count(r => r.Status != SuppressionStatus.Published) + (total.Status == SuppressionStatus.Published ? 0 : 1);
            Assert.True(hidden != 1, $"{coarse.Level.Name} '{group.Key.Item1}' {group.Key.Month}: one hidden cell");
        }
    }
}
