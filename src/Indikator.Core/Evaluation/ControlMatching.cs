using Indikator.Core.Data;

namespace Indikator.Core.Evaluation;

/// <summary>
/// Chooses control offices for trial offices by nearest-neighbour matching on three pre-trial features: the level and
/// the trend of the risk-adjusted outcome and the office's size.
/// </summary>
/// <remarks>
/// <para>Naming: o is an office, t a month, s a start month, M = <see cref="TrialSpec.MatchingMonths"/>. For a start s
/// the window is the months s - M to s - 1 that the data cover. Over the window, for every office with at least two
/// months of data: level = mean of the person-month outcomes; trend = OLS slope of the monthly means on the month
/// (unweighted, per month); size = log of the mean number of person-months per month. Each feature is divided by its
/// standard deviation over the candidate offices (the offices not in the trial) for that window, so that none
/// dominates by its unit; the distance is Euclidean on the scaled features.</para>
/// <para>Greedy, without replacement, so the pooled control group holds each office once: trial offices are taken in
/// order of start month and then name (ordinal), and each takes its k nearest remaining candidates, ties broken by
/// name. Nothing depends on row order, thread count or chance: the same data give the same controls.</para>
/// </remarks>
internal static class ControlMatching
{
    public static IReadOnlyList<MatchedControl> Match(TrialPanel panel, IReadOnlyList<TrialOffice> trials, int[] trialCodes, TrialSpec spec)
    {
        var officeCount = panel.Offices.Length;
        var months = panel.MonthCount;
        var sum = new double[officeCount * months];
        var count = new int[officeCount * months];
        for (var i = 0; i < panel.RowCount; i++)
        {
            var cell = (panel.Office[i] * months) + panel.Month[i];
            sum[cell] += panel.Y[i];
            count[cell]++;
        }

        var isTrial = new bool[officeCount];
        foreach (var code in trialCodes)
        {
            isTrial[code] = true;
        }

        var taken = new bool[officeCount];
        var order = Enumerable.Range(0, trials.Count)
            .OrderBy(t => trials[t].Start).ThenBy(t => trials[t].Office, StringComparer.Ordinal).ToArray();
        var matches = new List<MatchedControl>();
        foreach (var t in order)
        {
            var start = trials[t].Start.Index - panel.FirstMonth.Index;
            var from = Math.Max(0, start - spec.MatchingMonths);
            var features = new Features?[officeCount];
            for (var o = 0; o < officeCount; o++)
            {
                features[o] = FeaturesOf(sum, count, o, months, from, start);
            }

            var self = features[trialCodes[t]] ?? throw new InputDataException(
                $"Trial office '{trials[t].Office}' has fewer than two months of data in the {spec.MatchingMonths} months before its start {trials[t].Start}, so controls cannot be matched on its trend; give Controls instead.",
                sourceName: null, spec.OfficeColumn, row: -1, lineNumber: 0);
            var candidates = Enumerable.Range(0, officeCount).Where(o => !isTrial[o] && features[o] is not null).ToArray();
            var scale = Scales(candidates.Select(o => features[o]!.Value).ToArray());
            var free = candidates.Where(o => !taken[o]).ToArray();
            if (free.Length < spec.ControlsPerTrialOffice)
            {
                throw new ArgumentException(
                    $"Only {free.Length} offices not in the trial and not already matched have two or more months of data before {trials[t].Start}, fewer than ControlsPerTrialOffice ({spec.ControlsPerTrialOffice}); lower it or give Controls.",
                    nameof(spec));
            }

            var nearest = free
                .Select(o => (Office: o, Distance: Distance(self, features[o]!.Value, scale)))
                .OrderBy(c => c.Distance).ThenBy(c => panel.Offices[c.Office], StringComparer.Ordinal)
                .Take(spec.ControlsPerTrialOffice);
            foreach (var (office, distance) in nearest)
            {
                taken[office] = true;
                var f = features[office]!.Value;
                matches.Add(new MatchedControl(trials[t].Office, panel.Offices[office], distance, f.Level, f.Trend, Math.Exp(f.LogSize)));
            }
        }

        return matches;
    }

    private static Features? FeaturesOf(double[] sum, int[] count, int office, int months, int from, int to)
    {
        double total = 0, n = 0, used = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (var t = from; t < to; t++)
        {
            var c = count[(office * months) + t];
            if (c == 0)
            {
                continue;
            }

            var mean = sum[(office * months) + t] / c;
            total += sum[(office * months) + t];
            n += c;
            used++;
            sx += t;
            sy += mean;
            sxx += (double)t * t;
            sxy += t * mean;
        }

        if (used < 2)
        {
            return null;
        }

        var slope = ((used * sxy) - (sx * sy)) / ((used * sxx) - (sx * sx));
        return new Features(total / n, slope, Math.Log(n / used));
    }

    private static Features Scales(Features[] candidates)
    {
        static double Sd(IEnumerable<double> values)
        {
            var v = values.ToArray();
            if (v.Length < 2)
            {
                return 1;
            }

            var mean = v.Average();
            var sd = Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / (v.Length - 1));

            // A feature on which all candidates agree cannot order them: any positive scale leaves the order alone.
            return sd > 0 ? sd : 1;
        }

        return new Features(Sd(candidates.Select(c => c.Level)), Sd(candidates.Select(c => c.Trend)), Sd(candidates.Select(c => c.LogSize)));
    }

    private static double Distance(Features a, Features b, Features scale)
    {
        var dl = (a.Level - b.Level) / scale.Level;
        var dt = (a.Trend - b.Trend) / scale.Trend;
        var ds = (a.LogSize - b.LogSize) / scale.LogSize;
        return Math.Sqrt((dl * dl) + (dt * dt) + (ds * ds));
    }

    private readonly record struct Features(double Level, double Trend, double LogSize);
}
