using Indikator.Core.Evaluation;
using Indikator.Core.Tests.Indicators.Work;
using Xunit.Abstractions;

namespace Indikator.Core.Tests.Evaluation;

/// <summary>Repeated simulations of a five-office trial (20 offices, 24 months, start in month 12, offices 3-4 with an
/// effect of 0.5, the rest none, noise sd 1): bias and interval coverage of the pooled and per-office effects.</summary>
public class TrialEvaluationSimulationTests(ITestOutputHelper output)
{
    /// <summary>Over 200 seeds: the per-office 95 % intervals (1000 of them) cover their true effect 93-97 % of the time,
    /// and the interaction-weighted average effect's bias is within 3 Monte Carlo standard errors of 0.</summary>
    [SimulationFact]
    public void Per_office_intervals_cover_the_truth_and_the_average_effect_is_unbiased()
    {
        const int runs = 200;
        var starts = Enumerable.Range(0, 5).ToDictionary(o => o, _ => 12);
        var covered = 0;
        var total = 0;
        var errors = new List<double>();
        for (var seed = 1; seed <= runs; seed++)
        {
            var data = TrialPanels.Build(20, 24, 30, starts, (o, _) => o >= 3 ? 0.5 : 0, 1.0, seed);
            var result = TrialEvaluation.Evaluate(data, TrialPanels.Spec(starts) with { BootstrapReplications = 99 });
            foreach (var office in result.Offices)
            {
                var truth = office.Office is "o03" or "o04" ? 0.5 : 0;
                covered += office.Effect.Lower <= truth && truth <= office.Effect.Upper ? 1 : 0;
                total++;
            }

            errors.Add(result.Effect.Estimate - 0.2);
        }

        var coverage = (double)covered / total;
        var bias = errors.Average();
        var mcse = Math.Sqrt(errors.Sum(e => (e - bias) * (e - bias)) / (runs - 1) / runs);
        output.WriteLine($"per-office coverage {coverage:F3}, average-effect bias {bias:F4} (Monte Carlo se {mcse:F4})");
        Assert.InRange(coverage, 0.93, 0.97);
        Assert.InRange(bias, -3 * mcse, 3 * mcse);
    }
}
