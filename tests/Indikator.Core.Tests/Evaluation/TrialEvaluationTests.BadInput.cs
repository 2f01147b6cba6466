using Indikator.Core.Data;
using Indikator.Core.Evaluation;
using Indikator.Core.Tests.Indicators.Work;

namespace Indikator.Core.Tests.Evaluation;

public partial class TrialEvaluationTests
{
    [Fact]
    public void Bad_specifications_are_refused_naming_the_office_or_option()
    {
        var data = TrialPanels.Build(8, 12, 4, new Dictionary<int, int>(), (_, _) => 0, 1.0, seed: 41);
        var good = new TrialSpec([new TrialOffice("o00", new YearMonth(2022, 7))]) { Outcome = "y", BootstrapReplications = 99, ControlsPerTrialOffice = 2 };

        Assert.Contains("'o99'", Assert.Throws<ArgumentException>(() => TrialEvaluation.Evaluate(data, good with { Trials = [new("o99", new YearMonth(2022, 7))] })).Message, StringComparison.Ordinal);
        Assert.Contains("more than once", Assert.Throws<ArgumentException>(() => TrialEvaluation.Evaluate(data, good with { Trials = [.. good.Trials, .. good.Trials] })).Message, StringComparison.Ordinal);
        Assert.Contains("also a trial office", Assert.Throws<ArgumentException>(() => TrialEvaluation.Evaluate(data, good with { Controls = ["o00"] })).Message, StringComparison.Ordinal);
        Assert.Contains("2022-01", Assert.Throws<ArgumentException>(() => TrialEvaluation.Evaluate(data, good with { Trials = [new("o00", new YearMonth(2022, 1))] })).Message, StringComparison.Ordinal);
        Assert.Contains("Leads", Assert.Throws<ArgumentException>(() => TrialEvaluation.Evaluate(data, good with { Leads = 1 })).Message, StringComparison.Ordinal);
        Assert.Contains("ControlsPerTrialOffice", Assert.Throws<ArgumentException>(() => TrialEvaluation.Evaluate(data, good with { ControlsPerTrialOffice = 8 })).Message, StringComparison.Ordinal);
        Assert.Contains("'nope'", Assert.Throws<ArgumentException>(() => TrialEvaluation.Evaluate(data, good with { PersonColumn = "nope" })).Message, StringComparison.Ordinal);
    }

    /// <summary>On the work indicators' own risk-adjusted outcome: the difference-in-differences equals the hand-built
    /// two-way fit of the risk model's residuals (variant (a)) on the trial and matched control offices, 1e-10 relative.</summary>
    [Fact]
    public void On_a_work_result_the_outcome_is_the_risk_models_residual()
    {
        var work = WorkFixtures.SmallResult;
        var fit = work.Model("jobb3");
        var source = fit.State.Frame.Source;
        Assert.True(source.TryGetCategorical("office", out var officeColumn));
        var offices = officeColumn.Levels.Take(3).ToArray();
        var first = WorkFixtures.SmallPanel.PeriodArray.Min();
        var start = YearMonth.FromIndex(first.Index + 6);
        var spec = new TrialSpec([.. offices.Select(o => new TrialOffice(o, start))]) { BootstrapReplications = 99, ControlsPerTrialOffice = 2, MatchingMonths = 6 };
        var result = TrialEvaluation.Evaluate(work, spec);

        Assert.Contains("expected", result.OutcomeDescription, StringComparison.Ordinal);
        var sample = new HashSet<string>(offices.Concat(result.Controls.Select(c => c.ControlOffice)));
        Assert.True(source.TryGetCategorical(Indikator.Core.Indicators.Work.ModelSource.PeriodColumn, out var period));
        var used = fit.UsedRows.ToArray();
        var residuals = fit.Residuals.ToArray();
        var rows = Enumerable.Range(0, used.Length).Where(i => sample.Contains(officeColumn.LabelAt(used[i])!)).ToArray();
        var table = new ColumnTableBuilder()
            .AddNumeric("r", [.. rows.Select(i => residuals[i])])
            .AddNumeric("trial", [.. rows.Select(i => offices.Contains(officeColumn.LabelAt(used[i])) && YearMonth.Parse(period.LabelAt(used[i])!, System.Globalization.CultureInfo.InvariantCulture) >= start ? 1.0 : 0.0)])
            .AddCategorical("office", [.. rows.Select(i => officeColumn.LabelAt(used[i]))])
            .AddCategorical("period", [.. rows.Select(i => period.LabelAt(used[i]))])
            .Build();
        var hand = Indikator.Core.RiskAdjustment.LinearModel.Fit(
            table, new("r", ["trial"]) { FixedEffects = ["office", "period"] }, new() { Covariance = Indikator.Core.RiskAdjustment.CovarianceSpec.Cluster("office") });
        Assert.Equal(hand.Estimates[0], result.TwoWayFixedEffects.Estimate, 1e-10 * Math.Abs(hand.Estimates[0]));
    }
}
