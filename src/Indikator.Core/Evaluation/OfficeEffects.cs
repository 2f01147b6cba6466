using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Evaluation;

/// <summary>
/// Each trial office against its own controls: the two-way fixed-effects difference-in-differences on the office's and
/// its controls' person-months (one start, so no staggering bias), with the covariance clustered two ways, by person and
/// by office x month.
/// </summary>
/// <remarks>One trial office is one treated cluster. Clustering by office then fails whichever way it is done: the CR1
/// variance is far too small and the wild cluster bootstrap, with a single treated cluster, cannot reject or over-rejects
/// (MacKinnon and Webb 2017, 2018). The office's effect is therefore read as the effect for this office in this
/// period, and its uncertainty is that of its users and months: two-way clustering by person (persons recur across
/// months) and office x month (users of an office share the month's local shocks), Cameron, Gelbach and Miller (2011).
/// Persistent office-level shocks beyond a month are not in this interval; the pooled effect's office-clustered
/// interval is the one that includes them.</remarks>
internal static class OfficeEffects
{
    public static IReadOnlyList<OfficeTrialEffect> Estimate(
        TrialSample sample, IReadOnlyList<TrialOffice> trials, int[] trialCodes, IReadOnlyList<int[]> controlCodes, TrialSpec spec, CancellationToken cancellationToken)
    {
        var result = new OfficeTrialEffect[trials.Count];
        var panel = sample.Panel;
        for (var t = 0; t < trials.Count; t++)
        {
            var members = new HashSet<int>(controlCodes[t]) { trialCodes[t] };
            var rows = sample.Rows.Where(r => members.Contains(panel.Office[r])).ToArray();
            var fit = TwoWayDifferenceInDifferences.Fit(
                sample, rows, CovarianceSpec.TwoWayCluster(TrialSample.PersonColumn, TrialSample.OfficeMonthColumn), spec, cancellationToken);
            var effect = TrialInference.Effect(fit, TwoWayDifferenceInDifferences.Treated, "Difference-in-differences against its own controls (office and month effects)", spec.ConfidenceLevel, bootstrap: null);
            var verdict = effect.Lower > 0 ? TrialVerdict.Better : effect.Upper < 0 ? TrialVerdict.Worse : TrialVerdict.AsGoodAsControls;
            result[t] = new OfficeTrialEffect(trials[t].Office, trials[t].Start, effect, verdict)
            {
                Controls = [.. controlCodes[t].Select(c => panel.Offices[c]).Order(StringComparer.Ordinal)],
            };
        }

        return result;
    }
}
