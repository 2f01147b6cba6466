using Indikator.Core.Indicators.Disclosure;

namespace Indikator.Core.Indicators.Work;

/// <summary>Builds a <see cref="UnitComparison"/> from pooled unit estimates.</summary>
internal static class Comparisons
{
    public static UnitComparison Build(string outcome, LevelCodes level, ContributionVariant variant, IReadOnlyList<PooledEstimate> pooled, WorkIndicatorOptions options)
    {
        var usable = pooled.Where(p => p.Persons >= 2 && double.IsFinite(p.StandardError) && p.StandardError > 0 && double.IsFinite(p.Contribution)).ToArray();
        var c = usable.Select(p => p.Contribution).ToArray();
        var se = usable.Select(p => p.StandardError).ToArray();
        var shrinkage = EmpiricalBayes.Fit(c, se, options.TauEstimator);
        var funnel = FunnelLimits.Fit(c, se, options.Overdispersion);
        var tau2 = shrinkage.TauSquared;
        var shrunk = new double[pooled.Count];
        for (var u = 0; u < pooled.Count; u++)
        {
            shrunk[u] = shrinkage.Blup(pooled[u].Contribution, pooled[u].StandardError).Prediction;
        }

        var order = Enumerable.Range(0, pooled.Count)
            .Where(u => pooled[u].Status == SuppressionStatus.Published && double.IsFinite(shrunk[u]))
            .OrderByDescending(u => shrunk[u]).ThenBy(u => u)
            .ToArray();
        var rank = new int?[pooled.Count];
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r + 1;
        }

        // A funnel compares units with each other: with fewer than two published units (a single office) there is
        // nothing to compare, so no limits are drawn or given, rather than limits around a centre the one unit defines.
        var hasFunnel = order.Length >= MinimumFunnelUnits;
        var rows = new UnitComparisonRow[pooled.Count];
        for (var u = 0; u < pooled.Count; u++)
        {
            var p = pooled[u];
            if (p.Status != SuppressionStatus.Published)
            {
                rows[u] = new UnitComparisonRow(p.Unit, p.Status, null, null, null, null, null, null, null, null, null, null, null, null, null);
                continue;
            }

            var s = p.StandardError;
            var reliability = tau2 / (tau2 + (s * s));
            double? h95 = hasFunnel ? funnel.HalfWidth(s, FunnelFit.Z95) : null;
            double? h998 = hasFunnel ? funnel.HalfWidth(s, FunnelFit.Z998) : null;
            rows[u] = new UnitComparisonRow(
                p.Unit, p.Status, p.Persons, p.PersonMonths, p.Contribution, s, reliability, shrunk[u], shrinkage.Blup(p.Contribution, s).StandardError,
                s > 0 ? p.Contribution / s : double.NaN, -h95, h95, -h998, h998, rank[u]);
        }

        return new UnitComparison(outcome, level.Level, variant, shrinkage, funnel, rows, hasFunnel ? Curve(pooled, funnel) : [], level.Labels);
    }

    /// <summary>The fewest published units a level needs for funnel limits (<see cref="UnitComparison.FunnelCurve"/>).</summary>
    internal const int MinimumFunnelUnits = 2;

    private static FunnelPoint[] Curve(IReadOnlyList<PooledEstimate> pooled, FunnelFit funnel)
    {
        var published = pooled.Where(p => p.Status == SuppressionStatus.Published && double.IsFinite(p.StandardError) && p.StandardError > 0).ToArray();
        if (published.Length == 0)
        {
            return [];
        }

        double num = 0, den = 0;
        foreach (var p in published)
        {
            num += (double)p.PersonMonths * p.PersonMonths * p.StandardError * p.StandardError;
            den += p.PersonMonths;
        }

        var s2 = num / den;
        var min = published.Min(p => p.PersonMonths);
        var max = published.Max(p => p.PersonMonths);
        if (max == min)
        {
            // Units of one size: the limits are one point each, not a curve.
            var se0 = Math.Sqrt(s2 / min);
            var a = funnel.HalfWidth(se0, FunnelFit.Z95);
            var b = funnel.HalfWidth(se0, FunnelFit.Z998);
            return [new FunnelPoint(min, -a, a, -b, b)];
        }

        const int Points = 50;
        var curve = new FunnelPoint[Points];
        for (var i = 0; i < Points; i++)
        {
            var n = min * Math.Pow((double)max / min, i / (double)(Points - 1));
            var se = Math.Sqrt(s2 / n);
            var h95 = funnel.HalfWidth(se, FunnelFit.Z95);
            var h998 = funnel.HalfWidth(se, FunnelFit.Z998);
            curve[i] = new FunnelPoint(n, -h95, h95, -h998, h998);
        }

        return curve;
    }
}
