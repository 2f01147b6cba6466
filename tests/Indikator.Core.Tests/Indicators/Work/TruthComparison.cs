using Indikator.Core.Indicators;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Synthetic;

namespace Indikator.Core.Tests.Indicators.Work;

/// <summary>Compares published office contributions with the synthetic truth (centred, as the truth is, to a
/// stock-person-month-weighted mean of zero; with the default 12 extra months no outcome is censored, so the fit uses
/// every stock row and the weights agree).</summary>
internal static class TruthComparison
{
    public static double Truth(SyntheticNavData data, string outcome, string office)
    {
        var truth = data.Truth.Offices.First(o => o.Name == office);
        return outcome switch
        {
            "jobb3" => truth.Jobb3Effect,
            "jobb12" => truth.Jobb12Effect,
            "atid3" => truth.Atid3Effect,
            _ => truth.Atid12Effect,
        };
    }

    public static (double[] Estimate, double[] Shrunken, double[] Se, double[] Truth) Offices(SyntheticNavData data, UnitComparison comparison)
    {
        var rows = comparison.Rows.Where(r => r.Contribution is not null).ToArray();
        return (
            [.. rows.Select(r => r.Contribution!.Value)],
            [.. rows.Select(r => r.Shrunken!.Value)],
            [.. rows.Select(r => r.StandardError!.Value)],
            [.. rows.Select(r => Truth(data, comparison.Outcome, r.Unit))]);
    }

    public static double Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y) => IndicatorCorrelation.Spearman([.. x], [.. y]);

    public static double Coverage(double[] estimate, double[] se, double[] truth, double z = 1.959963984540054)
    {
        var covered = 0;
        for (var i = 0; i < estimate.Length; i++)
        {
            if (Math.Abs(estimate[i] - truth[i]) <= z * se[i])
            {
                covered++;
            }
        }

        return covered / (double)estimate.Length;
    }

    public static double MeanSquaredError(double[] estimate, double[] truth)
    {
        var sum = 0.0;
        for (var i = 0; i < estimate.Length; i++)
        {
            sum += (estimate[i] - truth[i]) * (estimate[i] - truth[i]);
        }

        return sum / estimate.Length;
    }
}
