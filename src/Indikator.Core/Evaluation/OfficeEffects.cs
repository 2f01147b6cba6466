namespace Indikator.Core.Evaluation;

/// <summary>Each trial office against its own controls (<see cref="OfficeDifferenceInDifferences"/>: one start, so no
/// staggering bias), with its verdict.</summary>
internal static class OfficeEffects
{
    public static IReadOnlyList<OfficeTrialEffect> Estimate(
        TrialSample sample, IReadOnlyList<TrialOffice> trials, int[] trialCodes, IReadOnlyList<int[]> controlCodes, TrialSpec spec, CancellationToken cancellationToken)
    {
        var result = new OfficeTrialEffect[trials.Count];
        var panel = sample.Panel;
        for (var t = 0; t < trials.Count; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var members = new HashSet<int>(controlCodes[t]) { trialCodes[t] };
            var rows = sample.Rows.Where(r => members.Contains(panel.Office[r])).ToArray();
            var effect = OfficeDifferenceInDifferences.Estimate(sample, rows, trialCodes[t], spec.ConfidenceLevel);
            var verdict = effect.Lower > 0 ? TrialVerdict.Better : effect.Upper < 0 ? TrialVerdict.Worse : TrialVerdict.AsGoodAsControls;
            result[t] = new OfficeTrialEffect(trials[t].Office, trials[t].Start, effect, verdict)
            {
                Controls = [.. controlCodes[t].Select(c => panel.Offices[c]).Order(StringComparer.Ordinal)],
            };
        }

        return result;
    }
}
