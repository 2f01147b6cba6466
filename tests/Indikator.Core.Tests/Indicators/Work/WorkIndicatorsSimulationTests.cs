using System.Globalization;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Synthetic;
using Xunit.Abstractions;

namespace Indikator.Core.Tests.Indicators.Work;

/// <summary>Repeated simulations for docs/arbeidsindikatoren.md: five data sets of a million person-months (seeds
/// 101-105), all four outcomes. Run with
/// <c>INDIKATOR_SIMULATION=1 dotnet test tests/Indikator.Core.Tests --filter "FullyQualifiedName~WorkIndicatorsSimulationTests" --logger "console;verbosity=detailed"</c>.</summary>
[Trait("Category", "Simulation")]
public sealed class WorkIndicatorsSimulationTests(ITestOutputHelper output)
{
    private static readonly string[] Outcomes = ["jobb3", "atid3", "jobb12", "atid12"];

    [SimulationFact]
    public void Intervals_cover_the_truth_over_repeated_simulations()
    {
        var c = CultureInfo.InvariantCulture;
        var covered = new Dictionary<string, (int Hit, int All)>();
        foreach (var seed in new long[] { 101, 102, 103, 104, 105 })
        {
            var (data, panel) = WorkFixtures.Build(new SyntheticOptions { Seed = seed, TargetPersonMonths = 1_000_000, Months = 36 });
            var result = WorkIndicators.Compute(panel, new WorkIndicatorOptions { Outcomes = Outcomes });
            foreach (var outcome in Outcomes)
            {
                foreach (var variant in new[] { ContributionVariant.FixedEffect, ContributionVariant.MeanResidual })
                {
                    var comparison = result.Comparison(outcome, "office", variant);
                    var (estimate, shrunken, se, truth) = TruthComparison.Offices(data, comparison);
                    var hits = (int)Math.Round(TruthComparison.Coverage(estimate, se, truth) * estimate.Length);
                    var key = $"{outcome} {variant}";
                    var (h, a) = covered.GetValueOrDefault(key);
                    covered[key] = (h + hits, a + estimate.Length);
                    output.WriteLine(string.Create(c, $"seed {seed} {key}: offices {estimate.Length}, Spearman {TruthComparison.Spearman(estimate, truth):F3} (shrunken {TruthComparison.Spearman(shrunken, truth):F3}), coverage {hits / (double)estimate.Length:F3}, RMSE {Math.Sqrt(TruthComparison.MeanSquaredError(estimate, truth)):G3} (shrunken {Math.Sqrt(TruthComparison.MeanSquaredError(shrunken, truth)):G3}), tau2 {comparison.TauSquared:G3}, phi {comparison.Phi:F2}"));
                }
            }
        }

        foreach (var (key, (hit, all)) in covered)
        {
            output.WriteLine(string.Create(c, $"{key}: coverage {hit / (double)all:F3} over {all} office intervals"));
        }

        foreach (var outcome in Outcomes)
        {
            var (hit, all) = covered[$"{outcome} {ContributionVariant.FixedEffect}"];
            Assert.InRange(hit / (double)all, 0.93, 0.97);
        }
    }
}
