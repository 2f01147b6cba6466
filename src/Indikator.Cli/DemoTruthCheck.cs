using Indikator.Core.Indicators.Work;
using Indikator.Core.Outcomes;
using Indikator.Core.Synthetic;

namespace Indikator.Cli;

/// <summary>How well the published office estimates recover the synthetic truth, per outcome.</summary>
/// <param name="Rows">One row per outcome.</param>
/// <param name="LegacySpearman">Rank correlation between the legacy six-month share per office (offices with at least 5 exits) and the true office effect.</param>
internal sealed record DemoTruthCheck(IReadOnlyList<DemoTruthRow> Rows, double LegacySpearman)
{
    public static DemoTruthCheck Compute(SyntheticNavData data, WorkIndicatorResult indicators, TransitionShareTable legacy)
    {
        var truth = data.Truth.Offices.ToDictionary(o => o.Name, StringComparer.Ordinal);
        var rows = new List<DemoTruthRow>();
        foreach (var outcome in indicators.Options.Outcomes)
        {
            Func<SyntheticOfficeTruth, double> effect = outcome switch
            {
                "jobb3" => t => t.Jobb3Effect,
                "jobb12" => t => t.Jobb12Effect,
                "atid3" => t => t.Atid3Effect,
                "atid12" => t => t.Atid12Effect,
                _ => t => t.Effect,
            };
            var a = Offices(indicators.Comparison(outcome, "office", ContributionVariant.MeanResidual), truth, effect);
            var b = Offices(indicators.Comparison(outcome, "office", ContributionVariant.FixedEffect), truth, effect);
            var raw = indicators.Table(outcome, "office").Rows.Where(r => r.Month is null && r.Actual is not null).ToArray();
            rows.Add(new DemoTruthRow(
                outcome,
                b.Estimate.Length,
                Statistics.Spearman([.. raw.Select(r => r.Actual!.Value)], [.. raw.Select(r => effect(truth[r.Unit]))]),
                Statistics.Spearman(a.Estimate, a.Truth),
                Statistics.Spearman(b.Estimate, b.Truth),
                Statistics.Spearman(b.Shrunken, b.Truth),
                Statistics.Coverage(b.Estimate, b.Se, b.Truth),
                Statistics.Rmse(b.Estimate, b.Truth),
                Statistics.Rmse(b.Shrunken, b.Truth)));
        }

        var exits = legacy.Rows.Where(r => r.Exits >= 5 && r.Levels[0] is { } name && truth.ContainsKey(name)).ToArray();
        var legacyRho = Statistics.Spearman([.. exits.Select(r => r.Share)], [.. exits.Select(r => truth[r.Levels[0]!].Effect)]);
        return new DemoTruthCheck(rows, legacyRho);
    }

    private static (double[] Estimate, double[] Shrunken, double[] Se, double[] Truth) Offices(
        UnitComparison comparison, Dictionary<string, SyntheticOfficeTruth> truth, Func<SyntheticOfficeTruth, double> effect)
    {
        var rows = comparison.Rows.Where(r => r.Contribution is not null).ToArray();
        return (
            [.. rows.Select(r => r.Contribution!.Value)],
            [.. rows.Select(r => r.Shrunken!.Value)],
            [.. rows.Select(r => r.StandardError!.Value)],
            [.. rows.Select(r => effect(truth[r.Unit]))]);
    }
}

/// <summary>Recovery of the true office effects for one outcome (published offices only).</summary>
/// <param name="Outcome">The outcome.</param>
/// <param name="Offices">Published offices.</param>
/// <param name="SpearmanRaw">Rank correlation of the unadjusted office mean with the truth.</param>
/// <param name="SpearmanMeanResidual">Rank correlation of variant (a) with the truth.</param>
/// <param name="SpearmanFixedEffect">Rank correlation of variant (b) with the truth.</param>
/// <param name="SpearmanShrunken">Rank correlation of shrunken variant (b) with the truth.</param>
/// <param name="Coverage">Share of 95 percent intervals of variant (b) that contain the truth.</param>
/// <param name="Rmse">Root mean squared error of variant (b) against the truth.</param>
/// <param name="RmseShrunken">Root mean squared error of shrunken variant (b).</param>
internal sealed record DemoTruthRow(
    string Outcome,
    int Offices,
    double SpearmanRaw,
    double SpearmanMeanResidual,
    double SpearmanFixedEffect,
    double SpearmanShrunken,
    double Coverage,
    double Rmse,
    double RmseShrunken);

/// <summary>Rank correlation, coverage and error of estimates against a truth.</summary>
internal static class Statistics
{
    public static double Spearman(double[] x, double[] y) => Indikator.Core.Indicators.IndicatorCorrelation.Spearman(x, y);

    public static double Coverage(double[] estimate, double[] se, double[] truth)
    {
        if (estimate.Length == 0)
        {
            return double.NaN;
        }

        var hits = 0;
        for (var i = 0; i < estimate.Length; i++)
        {
            if (Math.Abs(estimate[i] - truth[i]) <= 1.959963984540054 * se[i])
            {
                hits++;
            }
        }

        return hits / (double)estimate.Length;
    }

    public static double Rmse(double[] estimate, double[] truth)
    {
        var sum = 0.0;
        for (var i = 0; i < estimate.Length; i++)
        {
            sum += (estimate[i] - truth[i]) * (estimate[i] - truth[i]);
        }

        return Math.Sqrt(sum / estimate.Length);
    }
}
