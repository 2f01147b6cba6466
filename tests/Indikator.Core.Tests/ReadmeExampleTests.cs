using Indikator.Core.Outcomes;
using Indikator.Core.RiskAdjustment;
using Indikator.Core.Synthetic;

namespace Indikator.Core.Tests;

/// <summary>Runs the C# example of README.md (keep the two in step) on a small dataset.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void Readme_example_runs_and_recovers_a_clear_signal()
    {
        var data = SyntheticNavData.Generate(new SyntheticOptions { TargetPersonMonths = 100_000, Seed = 7 });
        var outcomes = WorkVolume.Compute(data.Stock, data.Employment, new WorkVolumeOptions(data.LastRecordMonth));
        var panel = outcomes.AddTo(data.Stock);

        var spec = new LinearModelSpec("jobb3", ["age", "prior_hours", "months_since_registration"])
        {
            Categorical = [new("gender"), new("education"), new("need_category"), new("benefit")],
            FixedEffects = ["office", "period"],
        };
        var fit = LinearModel.Fit(panel, spec, new FitOptions { Covariance = CovarianceSpec.Cluster("office") });
        var summary = fit.Summary();

        Assert.Contains("prior_hours", summary, StringComparison.Ordinal);
        Assert.Equal(outcomes.CensoredCount("jobb3"), fit.Sample.MissingRows);
        Assert.Equal(2, fit.FixedEffects.Count);
        var priorHours = fit.Coefficients.Single(c => c.Name == "prior_hours");
        Assert.True(priorHours.Estimate > 0 && priorHours.PValue < 0.001, "prior work predicts work");
    }
}
