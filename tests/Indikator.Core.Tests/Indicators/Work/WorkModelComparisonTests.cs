using Indikator.Core.Indicators.Work;
using Indikator.Core.Reporting;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Tests.Indicators.Work;

/// <summary>The work indicators' risk models side by side: the indicator's own models, and the alternatives fitted on the same rows.</summary>
public class WorkModelComparisonTests
{
    private static readonly Lazy<ModelComparison> Comparison = new(() => WorkModelComparison.Create(WorkFixtures.SmallResult));

    [Fact]
    public void Columns_are_the_NAV_model_without_deciles_with_month_effects_and_each_fixed_effect_level()
    {
        Assert.Equal(
            ["(a) NAV model", "(a) without deciles", "(a) with month effects", "(b) office effects", "(b) region effects"],
            Comparison.Value.ModelNames);
    }

    [Fact]
    public void The_first_and_last_columns_are_the_indicator_s_own_models()
    {
        var work = WorkFixtures.SmallResult;
        var table = Comparison.Value.ToReportTable();
        AssertColumn(table, Comparison.Value.Terms, 1, work.Model("jobb3"));
        AssertColumn(table, Comparison.Value.Terms, 4, work.FixedEffectModel("jobb3", "office"));
    }

    [Fact]
    public void The_alternatives_differ_only_in_the_changed_terms_and_use_the_same_rows()
    {
        var table = Comparison.Value.ToReportTable();
        var terms = Comparison.Value.Terms;
        var deciles = terms.Where(t => t.StartsWith("inflow_rate_decile[", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(deciles);
        foreach (var decile in deciles)
        {
            var row = 2 * IndexOf(terms, decile);
            Assert.NotNull(table.Rows[row][1].Text);
            Assert.Null(table.Rows[row][2].Text);
            Assert.NotNull(table.Rows[row][3].Text);
        }

        // The intercept goes when the month effects come in: they absorb it.
        var intercept = 2 * IndexOf(terms, "(Intercept)");
        Assert.NotNull(table.Rows[intercept][2].Text);
        Assert.Null(table.Rows[intercept][3].Text);

        var observations = Row(table, "Observations");
        Assert.Single(observations.Skip(1).Select(c => c.Text).Distinct());
        Assert.Equal(["No", "No", "Yes", "Yes", "Yes"], Row(table, "Fixed effect: month").Skip(1).Select(c => c.Text));
        Assert.Equal(["No", "No", "No", "Yes", "No"], Row(table, "Fixed effect: office").Skip(1).Select(c => c.Text));
        Assert.All(Row(table, "Standard errors").Skip(1), c => Assert.Equal("Clustered (person)", c.Text));
    }

    [Fact]
    public void The_without_deciles_column_equals_the_indicator_s_model_fitted_without_deciles()
    {
        var work = WorkIndicators.Compute(WorkFixtures.SmallPanel, WorkFixtures.SmallOptions with
        {
            Outcomes = ["jobb3"],
            Model = WorkFixtures.SmallOptions.Model with { Deciles = [] },
            FixedEffectLevels = [],
        });
        var alone = work.Model("jobb3");
        var table = Comparison.Value.ToReportTable();
        AssertColumn(table, Comparison.Value.Terms, 2, alone);
    }

    [Fact]
    public void Norwegian_names_words_and_labels_and_the_caller_s_labels_win()
    {
        var comparison = WorkModelComparison.Create(
            WorkFixtures.SmallResult,
            "atid3",
            new ModelComparisonOptions { Labels = new Dictionary<string, string> { ["prior_hours"] = "Timer før registrering", ["_work_period"] = "målemåned" } },
            ReportLanguage.Norwegian);
        var table = comparison.ToReportTable();
        Assert.Equal("(a) NAVs modell", comparison.ModelNames[0]);
        Assert.Equal("(b) effekter per office", comparison.ModelNames[^2]);
        Assert.Equal("Ledd", table.Columns[0].Header);
        Assert.Contains(table.Rows, r => r[0].Text == "Timer før registrering");
        Assert.Contains(table.Rows, r => r[0].Text == "Faste effekter: målemåned");
        Assert.Contains(table.Rows, r => r[0].Text == "Standardfeil" && r[1].Text == "Klynget (person)");
        Assert.Contains("Standardfeil i parentes.", table.Notes);
    }

    [Fact]
    public void An_outcome_not_computed_is_named_in_the_error()
    {
        var e = Assert.Throws<ArgumentException>(() => WorkModelComparison.Create(WorkFixtures.SmallResult, "jobb12"));
        Assert.Contains("jobb12", e.Message, StringComparison.Ordinal);
        Assert.Contains("jobb3, atid3", e.Message, StringComparison.Ordinal);
    }

    private static void AssertColumn(ReportTable table, IReadOnlyList<string> terms, int column, LinearModelResult fit)
    {
        for (var t = 0; t < terms.Count; t++)
        {
            var coefficient = fit.Coefficients.SingleOrDefault(c => c.Name == terms[t]);
            var text = table.Rows[2 * t][column].Text;
            if (coefficient is null)
            {
                Assert.Null(text);
                continue;
            }

            Assert.StartsWith(coefficient.Estimate.ToString("F4", System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
            Assert.Equal("(" + coefficient.StandardError.ToString("F4", System.Globalization.CultureInfo.InvariantCulture) + ")", table.Rows[(2 * t) + 1][column].Text);
        }

        Assert.Equal(fit.ObservationCount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), Row(table, "Observations")[column].Text);
    }

    private static int IndexOf(IReadOnlyList<string> terms, string term) => terms.ToList().IndexOf(term);

    private static IReadOnlyList<ReportCell> Row(ReportTable table, string label) => table.Rows.Single(r => r[0].Text == label);
}
