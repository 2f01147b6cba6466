using System.Globalization;
using Indikator.Core.Data;
using Indikator.Core.Evaluation;
using Indikator.Core.Indicators.Work;
using Indikator.Core.RiskAdjustment;
using Indikator.Core.Synthetic;
using Indikator.Core.Tests.Indicators.Work;

namespace Indikator.Core.Tests.Evaluation;

public partial class TrialEvaluationTests
{
    private static readonly YearMonth SyntheticStart = new(2023, 1);

    private static readonly string[] SyntheticTrialOffices = ["Oslo 01", "Oslo 02", "Oslo 03", "Oslo 04", "Oslo 05"];

    private static readonly Lazy<(SyntheticNavData Data, WorkIndicatorResult Work)> SyntheticTrialData = new(() =>
    {
        var trial = new SyntheticTrial([.. SyntheticTrialOffices.Select(o => new TrialOffice(o, SyntheticStart))]) { Effect = 0.04, RampMonths = 4 };
        var (data, panel) = WorkFixtures.Build(new SyntheticOptions { Seed = 7, TargetPersonMonths = 120_000, Months = 24, ExtraMonths = 3, Trial = trial });
        return (data, WorkIndicators.Compute(panel, new WorkIndicatorOptions { Outcomes = ["jobb3"] }));
    });

    /// <summary>Synthetic NAV data with an injected trial (five Oslo offices from 2023-01, 0.04 on the employment
    /// probability ramping up over 4 months, aligned to jobb3), evaluated end to end through the work indicators' risk
    /// model with the other ten Oslo offices as controls. Truth: q x the mean injected effect over the trial offices'
    /// post-start person-months (the headline's person-month weights), about 0.028. The estimate is within 3 of its
    /// standard errors of it (about 0.014 at this size: 120,000 person-months, so that the test stays fast; the estimate
    /// is 0.040 here) and the headline interval covers it.</summary>
    [Fact]
    public void Synthetic_trial_effect_is_recovered_through_the_work_indicators()
    {
        var (data, work) = SyntheticTrialData.Value;
        var result = TrialEvaluation.Evaluate(work, SyntheticSpec());

        var fit = work.Model("jobb3");
        var source = fit.State.Frame.Source;
        Assert.True(source.TryGetCategorical("office", out var office));
        Assert.True(source.TryGetCategorical(ModelSource.PeriodColumn, out var period));
        var trial = data.Options.Trial!;
        var treated = fit.UsedRows.ToArray()
            .Where(r => SyntheticTrialOffices.Contains(office.LabelAt(r)))
            .Select(r => YearMonth.Parse(period.LabelAt(r)!, CultureInfo.InvariantCulture).Index - SyntheticStart.Index)
            .Where(k => k >= 0)
            .ToArray();
        var truth = data.Truth.ShareOverNineteenHours * treated.Average(trial.EmploymentEffect);

        Assert.InRange(truth, 0.02, 0.035);
        Assert.InRange(result.Effect.StandardError, 0.002, 0.025);
        Assert.InRange(result.Effect.Estimate, truth - (3 * result.Effect.StandardError), truth + (3 * result.Effect.StandardError));
        Assert.InRange(truth, result.Effect.Lower, result.Effect.Upper);
    }

    /// <summary>With one start month the synthetic trial's difference-in-differences equals y ~ trial | office + month
    /// fitted by hand with the engine on the work model's residuals of the trial and control offices: 1e-10 relative.</summary>
    [Fact]
    public void Synthetic_trial_difference_in_differences_equals_a_hand_built_two_way_fit()
    {
        var (_, work) = SyntheticTrialData.Value;
        var result = TrialEvaluation.Evaluate(work, SyntheticSpec());

        var fit = work.Model("jobb3");
        var source = fit.State.Frame.Source;
        Assert.True(source.TryGetCategorical("office", out var office));
        Assert.True(source.TryGetCategorical(ModelSource.PeriodColumn, out var period));
        var used = fit.UsedRows.ToArray();
        var residuals = fit.Residuals.ToArray();
        var rows = Enumerable.Range(0, used.Length).Where(i => office.LabelAt(used[i])!.StartsWith("Oslo ", StringComparison.Ordinal)).ToArray();
        var table = new ColumnTableBuilder()
            .AddNumeric("r", [.. rows.Select(i => residuals[i])])
            .AddNumeric("trial", [.. rows.Select(i => SyntheticTrialOffices.Contains(office.LabelAt(used[i])) && YearMonth.Parse(period.LabelAt(used[i])!, CultureInfo.InvariantCulture) >= SyntheticStart ? 1.0 : 0.0)])
            .AddCategorical("office", [.. rows.Select(i => office.LabelAt(used[i]))])
            .AddCategorical("period", [.. rows.Select(i => period.LabelAt(used[i]))])
            .Build();
        var hand = LinearModel.Fit(table, new("r", ["trial"]) { FixedEffects = ["office", "period"] }, new FitOptions());

        Assert.False(result.IsStaggered);
        Assert.Equal(hand.Estimates[0], result.TwoWayFixedEffects.Estimate, 1e-10 * Math.Abs(hand.Estimates[0]));
    }

    /// <summary>A trial office that is not a synthetic office is named in the error.</summary>
    [Fact]
    public void Synthetic_trial_with_an_unknown_office_is_rejected()
    {
        var options = new SyntheticOptions { TargetPersonMonths = 1_000, Months = 12, Trial = new SyntheticTrial([new TrialOffice("Atlantis 01", new YearMonth(2022, 6))]) };
        var error = Assert.Throws<ArgumentException>(() => SyntheticNavData.Generate(options));
        Assert.Contains("Atlantis 01", error.Message, StringComparison.Ordinal);
    }

    private static TrialSpec SyntheticSpec() => new([.. SyntheticTrialOffices.Select(o => new TrialOffice(o, SyntheticStart))])
    {
        Controls = [.. Enumerable.Range(6, 10).Select(i => string.Create(CultureInfo.InvariantCulture, $"Oslo {i:D2}"))],
        BootstrapReplications = 199,
    };
}
