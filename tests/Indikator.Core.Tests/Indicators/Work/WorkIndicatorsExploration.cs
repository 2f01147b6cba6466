using System.Diagnostics;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Outcomes;
using Indikator.Core.Synthetic;
using Xunit.Abstractions;

namespace Indikator.Core.Tests.Indicators.Work;

public sealed class WorkIndicatorsExploration(ITestOutputHelper output)
{
    [Fact]
    public void Explore()
    {
        foreach (var seed in new long[] { 1, 2 })
        {
            var sw = Stopwatch.StartNew();
            var data = SyntheticNavData.Generate(new SyntheticOptions { Seed = seed, TargetPersonMonths = 300_000, Months = 36 });
            output.WriteLine($"gen {sw.Elapsed.TotalSeconds:F2}"); sw.Restart();
            var outcomes = WorkVolume.Compute(data.Stock, data.Employment, new WorkVolumeOptions(data.LastRecordMonth));
            var panel = outcomes.AddTo(data.Stock);
            output.WriteLine($"outcomes {sw.Elapsed.TotalSeconds:F2}"); sw.Restart();
            var result = WorkIndicators.Compute(panel);
            output.WriteLine($"indicators {sw.Elapsed.TotalSeconds:F2}");
            foreach (var outcome in new[] { "jobb3", "atid3", "jobb12" })
            {
                foreach (var variant in new[] { ContributionVariant.MeanResidual, ContributionVariant.FixedEffect })
                {
                    var c = result.Comparison(outcome, "office", variant);
                    var (est, shr, se, truth) = TruthComparison.Offices(data, c);
                    output.WriteLine($"{seed} {outcome} {variant}: n={est.Length} rho={TruthComparison.Spearman(est, truth):F3} rhoShr={TruthComparison.Spearman(shr, truth):F3} cov={TruthComparison.Coverage(est, se, truth):F3} mse={TruthComparison.MeanSquaredError(est, truth):G3} mseShr={TruthComparison.MeanSquaredError(shr, truth):G3} tau2={c.TauSquared:G3} phi={c.Phi:F2}");
                }
            }
        }
    }
}
