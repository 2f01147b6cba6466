using Indikator.Core.Indicators.Work;

namespace Indikator.Core.Tests.Indicators.Work;

/// <summary>
/// The pipeline fits all outcomes together (one frame and cross-product per group of outcomes with the same censored
/// rows). Every table must equal the one computed with that outcome alone, to rounding: 1e-12 relative to the largest
/// absolute value of the same quantity in the table (contributions, standard errors, expected values), since the shared
/// cross-product may group the same products differently (LinearModelFitManyTests bounds the fits themselves).
/// </summary>
public sealed partial class WorkIndicatorsTests
{
    [Fact]
    public void Outcomes_computed_together_equal_each_outcome_computed_alone()
    {
        var panel = WorkFixtures.SmallPanel;
        string[] outcomes = ["jobb3", "atid3", "jobb12", "atid12"];
        var together = WorkIndicators.Compute(panel, new WorkIndicatorOptions { Outcomes = outcomes, FixedEffectLevels = ["office", "region"] });
        foreach (var outcome in outcomes)
        {
            var alone = WorkIndicators.Compute(panel, new WorkIndicatorOptions { Outcomes = [outcome], FixedEffectLevels = ["office", "region"] });
            var mine = together.Tables.Where(t => t.Outcome == outcome).ToList();
            Assert.Equal(alone.Tables.Count, mine.Count);
            for (var t = 0; t < mine.Count; t++)
            {
                var (a, b) = (alone.Tables[t], mine[t]);
                Assert.Equal((a.Level.Name, a.Variant), (b.Level.Name, b.Variant));
                Assert.Equal(a.Rows.Select(r => (r.Unit, r.Month, r.Status, r.Persons, r.PersonMonths)), b.Rows.Select(r => (r.Unit, r.Month, r.Status, r.Persons, r.PersonMonths)));
                SameColumn(a, b, r => r.Contribution, "contribution");
                SameColumn(a, b, r => r.StandardError, "standard error");
                SameColumn(a, b, r => r.Expected, "expected");
            }
        }
    }

    private static void SameColumn(WorkIndicatorTable a, WorkIndicatorTable b, Func<WorkIndicatorRow, double?> value, string what)
    {
        var scale = a.Rows.Select(r => Math.Abs(value(r) ?? 0)).DefaultIfEmpty(0).Max();
        for (var r = 0; r < a.Rows.Count; r++)
        {
            var (x, y) = (value(a.Rows[r]), value(b.Rows[r]));
            Assert.Equal(x.HasValue, y.HasValue);
            if (x is { } u && y is { } v && !(double.IsNaN(u) && double.IsNaN(v)))
            {
                Assert.True(Math.Abs(u - v) <= 1e-12 * scale, $"{a.Outcome} {a.Level.Name} {a.Variant} row {r} {what}: {u} vs {v}");
            }
        }
    }
}
