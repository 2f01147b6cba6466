using Indikator.Core.Indicators;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Outcomes;
using Indikator.Core.Synthetic;

namespace Indikator.Core.Tests.Indicators.Work;

/// <summary>Does the indicator measure what it claims? Checked against the synthetic truth (docs/synthetic-data.md) on
/// about 300 000 person-months (seed 1): 250 offices, on average 1 200 person-months each. The repeated simulations
/// quoted in docs/arbeidsindikatoren.md are in <see cref="WorkIndicatorsSimulationTests"/>.</summary>
public sealed partial class WorkIndicatorsTests
{
    [Fact]
    public void Contributions_rank_offices_close_to_the_truth_and_better_than_the_legacy_measure()
    {
        var data = WorkFixtures.Proof;
        var result = WorkFixtures.ProofResult;
        var (fe, _, _, truthFe) = TruthComparison.Offices(data, result.Comparison("jobb3", "office", ContributionVariant.FixedEffect));
        var (residual, _, _, truthResidual) = TruthComparison.Offices(data, result.Comparison("jobb3", "office", ContributionVariant.MeanResidual));
        var legacy = LegacyTransition.Compute(data.Stock, data.Statuses, data.Employment, new LegacyTransitionOptions(data.LastRecordMonth, ColumnNames.Age))
            .Aggregate(ColumnNames.Office).Rows
            .Where(r => r.Exits >= 5)
            .ToArray();
        var legacyRho = TruthComparison.Spearman(
            [.. legacy.Select(r => r.Share)],
            [.. legacy.Select(r => TruthComparison.Truth(data, "jobb3", r.Levels[0]!))]);

        // With 1 200 person-months per office on average, the mean reliability tau^2 / (tau^2 + se^2) of an office's
        // contribution is about 0.6, and the rank correlation with the truth that noise alone allows is about 0.75
        // (0.75 for seeds 1 and 2 at this size). 0.6 leaves room for seed-to-seed variation; the 0.9 of the demo's
        // 2 million person-months is shown in docs/arbeidsindikatoren.md. The legacy share is not risk adjusted and
        // conditions on exit: offices with hard-to-place users (which have larger true effects) look worse.
        Assert.True(fe.Length >= 240, $"{fe.Length} published offices");
        var rhoFe = TruthComparison.Spearman(fe, truthFe);
        var rhoResidual = TruthComparison.Spearman(residual, truthResidual);
        Assert.True(rhoFe >= 0.6, $"Spearman (b) {rhoFe:F3}");
        Assert.True(rhoResidual >= 0.6, $"Spearman (a) {rhoResidual:F3}");
        Assert.True(legacyRho < rhoResidual - 0.2, $"legacy {legacyRho:F3} vs (a) {rhoResidual:F3}");
    }

    [Fact]
    public void Fixed_effect_intervals_cover_the_true_office_effects()
    {
        var (estimate, _, se, truth) = TruthComparison.Offices(WorkFixtures.Proof, WorkFixtures.ProofResult.Comparison("jobb3", "office", ContributionVariant.FixedEffect));

        // One data set of ~248 offices: a binomial standard deviation of 1.4 points around 95 percent, so
        // [0.90, 0.99] is about -3.5 to +3 standard deviations. 93-97 percent over repeated simulations is shown by
        // WorkIndicatorsSimulationTests.
        var coverage = TruthComparison.Coverage(estimate, se, truth);
        Assert.InRange(coverage, 0.90, 0.99);
    }

    [Fact]
    public void Shrinkage_lowers_the_mean_squared_error_against_the_truth()
    {
        foreach (var variant in new[] { ContributionVariant.FixedEffect, ContributionVariant.MeanResidual })
        {
            var (estimate, shrunken, _, truth) = TruthComparison.Offices(WorkFixtures.Proof, WorkFixtures.ProofResult.Comparison("jobb3", "office", variant));
            var raw = TruthComparison.MeanSquaredError(estimate, truth);
            var shrunk = TruthComparison.MeanSquaredError(shrunken, truth);
            Assert.True(shrunk < 0.8 * raw, $"{variant}: MSE shrunken {shrunk:G3} vs raw {raw:G3}");
        }
    }
}
