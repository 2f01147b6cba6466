using Indikator.Core.Indicators.Work;
using Indikator.Core.Reporting.Charts;
using DisclosureStatus = Indikator.Core.Indicators.Disclosure.CellStatus;

namespace Indikator.Core.Reporting.Composition;

/// <summary>The funnel plot of the offices and the time series of one office.</summary>
internal static class IndicatorCharts
{
    public static FunnelPlot? Funnel(UnitComparison comparison, OutcomeFormat format, string? highlight)
    {
        var points = new List<FunnelChartPoint>();
        foreach (var row in comparison.Rows)
        {
            // Suppressed units are left out of the plot: a point would reveal their value.
            if (row.Status == DisclosureStatus.Published && row.PersonMonths is { } n && row.Contribution is { } c)
            {
                points.Add(new FunnelChartPoint(row.Unit, n, c, row.Persons));
            }
        }

        if (points.Count == 0)
        {
            return null;
        }

        var limits = new List<FunnelChartLimits>();
        var curve = comparison.FunnelCurve;
        if (curve.Count >= 2)
        {
            var sizes = curve.Select(p => p.PersonMonths).ToArray();
            limits.Add(new FunnelChartLimits("95 %", sizes, [.. curve.Select(p => p.Lower95)], [.. curve.Select(p => p.Upper95)]));
            limits.Add(new FunnelChartLimits("99.8 %", sizes, [.. curve.Select(p => p.Lower998)], [.. curve.Select(p => p.Upper998)]));
        }

        return new FunnelPlot($"Funnel plot: NAV contribution by {comparison.Level.Name} against size ({format.Outcome})", points, 0)
        {
            Limits = limits,
            HighlightLabel = points.Any(p => string.Equals(p.Label, highlight, StringComparison.Ordinal)) ? highlight : null,
            ValueKind = format.ContributionKind,
            SizeMeasure = FunnelSizeMeasure.PersonMonths,
            Overdispersion = comparison.Overdispersion,
            YAxisTitle = $"NAV contribution ({format.ContributionUnit})",
        };
    }

    public static LineChart? Monthly(WorkIndicatorResult work, OutcomeFormat format, string office)
    {
        var officeTable = work.Table(format.Outcome, "office");
        var months = work.Table(format.Outcome, WorkUnitLevel.Country.Name).Rows
            .Where(r => r.Month is not null)
            .Select(r => r.Month!.Value)
            .OrderBy(m => m)
            .ToArray();
        if (months.Length == 0)
        {
            return null;
        }

        var values = new double[months.Length];
        var lower = new double[months.Length];
        var upper = new double[months.Length];
        var any = false;
        for (var i = 0; i < months.Length; i++)
        {
            var row = officeTable.Find(office, months[i]);
            if (row is { Status: DisclosureStatus.Published, Contribution: { } c })
            {
                values[i] = c;
                lower[i] = row.Lower ?? double.NaN;
                upper[i] = row.Upper ?? double.NaN;
                any = true;
            }
            else
            {
                // A suppressed or empty month is a gap, never a zero.
                values[i] = lower[i] = upper[i] = double.NaN;
            }
        }

        if (!any)
        {
            return null;
        }

        var level = UnitTables.Level(work.Options.ConfidenceLevel);
        return new LineChart(
            $"Monthly NAV contribution of {office} with its {level} % interval ({format.Outcome})",
            [.. months.Select(m => m.ToString())],
            [
                new LineSeries(office, values, lower, upper),
                new LineSeries("National value (0)", new double[months.Length], isReference: true),
            ])
        {
            ValueKind = format.ContributionKind,
            YAxisTitle = $"NAV contribution ({format.ContributionUnit})",
        };
    }
}
