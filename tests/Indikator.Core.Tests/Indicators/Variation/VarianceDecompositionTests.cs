using System.Globalization;
using Indikator.Core.Indicators.Disclosure;
using Indikator.Core.Indicators.Variation;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Tests.Indicators.Work;
using Xunit.Abstractions;

namespace Indikator.Core.Tests.Indicators.Variation;

public sealed class VarianceDecompositionTests(ITestOutputHelper output)
{
    private static readonly Lazy<VarianceDecompositionResult> ProofFixedEffect = new(() =>
        VarianceDecomposition.Compute(WorkFixtures.ProofResult, new VarianceDecompositionOptions { Variant = ContributionVariant.FixedEffect }));

    private static readonly Lazy<VarianceDecompositionResult> ProofMeanResidual = new(() => VarianceDecomposition.Compute(WorkFixtures.ProofResult));

    [Fact]
    public void Print_numbers()
    {
        var c = CultureInfo.InvariantCulture;
        foreach (var r in new[] { ProofMeanResidual.Value, ProofFixedEffect.Value })
        {
            output.WriteLine(string.Create(c, $"{r.Variant}: k {r.UnitCount} raw tau2 {r.Raw.TauSquared:G4} [{r.Raw.TauSquaredLower:G4}, {r.Raw.TauSquaredUpper:G4}] share {r.Raw.Share:G4} signal {r.Raw.SignalShare:G3} total {r.Raw.TotalVariance:G4}"));
            output.WriteLine(string.Create(c, $"  adj tau2 {r.Adjusted.TauSquared:G4} [{r.Adjusted.TauSquaredLower:G4}, {r.Adjusted.TauSquaredUpper:G4}] share {r.Adjusted.Share:G4} signal {r.Adjusted.SignalShare:G3} total {r.Adjusted.TotalVariance:G4} explained {r.ExplainedShare:G3} [{r.ExplainedShareLower:G3}, {r.ExplainedShareUpper:G3}] rank width {r.MedianRankIntervalWidth} of {r.RankedUnits}"));
            foreach (var s in r.Stability)
            {
                output.WriteLine(string.Create(c, $"  {s.FromYear}-{s.ToYear}: n {s.Units} r {s.Pearson:F3} rho {s.Spearman:F3} ceiling {s.NoiseCeiling:F3} dis {s.Disattenuated:F3}"));
            }
        }

        var fe = ProofFixedEffect.Value;
        var rows = fe.Rows.Where(r => r.Adjusted is not null).ToArray();
        var truth = rows.Select(r => TruthComparison.Truth(WorkFixtures.Proof, "jobb3", r.Unit)).ToArray();
        var mean = truth.Average();
        output.WriteLine(string.Create(c, $"truth var {truth.Sum(t => (t - mean) * (t - mean)) / (truth.Length - 1):G4} rows {rows.Length}"));
    }
}
