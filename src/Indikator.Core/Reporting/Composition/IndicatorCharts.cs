using Indikator.Core.Indicators.Disclosure;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Reporting.Charts;

namespace Indikator.Core.Reporting.Composition;

/// <summary>The national time series, the funnel plot of the offices and the time series of one office; each title names the variant it shows.</summary>
internal static class IndicatorCharts
{
    public static FunnelPlot? Funnel(UnitComparison comparison, OutcomeFormat format, string? highlight, ReportLanguage language = ReportLanguage.English, bool withinMonth = false)
    {
        var points = new List<FunnelChartPoint>();
        foreach (var row in comparison.Rows)
        {
            // Suppressed units are left out of the plot: a point would reveal their value.
            if (row.Status == SuppressionStatus.Published && row.PersonMonths is { } n && row.Contribution is { } c)
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
            limits.Add(new FunnelChartLimits(ReportText.LimitLabel(language, "95"), sizes, [.. curve.Select(p => p.Lower95)], [.. curve.Select(p => p.Upper95)]));
            limits.Add(new FunnelChartLimits(ReportText.LimitLabel(language, "99.8"), sizes, [.. curve.Select(p => p.Lower998)], [.. curve.Select(p => p.Upper998)]));
        }

        var level = comparison.Level.IsCrossed ? comparison.Level.Name : ReportText.LevelHeader(language, comparison.Level.Name).ToLowerInvariant();
        var title = ReportText.WithVariant(ReportText.FunnelTitle(language, level, format.Outcome), ReportText.VariantLabel(language, comparison.Variant, shrunk: false));
        return new FunnelPlot(title, points, 0)
        {
            Limits = limits,
            HighlightLabel = points.Any(p => string.Equals(p.Label, highlight, StringComparison.Ordinal)) ? highlight : null,
            ValueKind = format.ContributionKind,
            SizeMeasure = FunnelSizeMeasure.PersonMonths,
            Overdispersion = comparison.Overdispersion,
            // Pooled over the period every unit is compared with the same centre: the average over the period.
            CentreLabel = withinMonth ? ReportText.National(language) : ReportText.PeriodAverage(language),
            YAxisTitle = ReportText.ContributionAxis(language, format.ContributionUnit),
        };
    }

    /// <summary>The national contribution per month with its interval band (variant (a), raw), or null when no month has a value.</summary>
    public static LineChart? National(WorkIndicatorResult work, OutcomeFormat format, ReportLanguage language)
    {
        var rows = work.Table(format.Outcome, WorkUnitLevel.Country.Name).Rows
            .Where(r => r.Month is not null)
            .OrderBy(r => r.Month!.Value)
            .ToArray();
        if (rows.Length == 0 || rows.All(r => r.Contribution is null))
        {
            return null;
        }

        // A suppressed month is a gap, never a zero.
        var values = rows.Select(r => r.Contribution ?? double.NaN).ToArray();
        var lower = rows.Select(r => r.Lower ?? double.NaN).ToArray();
        var upper = rows.Select(r => r.Upper ?? double.NaN).ToArray();
        var level = UnitTables.Level(work.Options.ConfidenceLevel);
        return new LineChart(
            ReportText.WithVariant(ReportText.NationalSeriesTitle(language, format.Outcome, level), ReportText.VariantLabel(language, ContributionVariant.MeanResidual, shrunk: false)),
            [.. rows.Select(r => r.Month!.Value.ToString())],
            [
                new LineSeries(ReportText.National(language), values, lower, upper),
                new LineSeries(ReportText.PeriodAverage(language), new double[rows.Length], isReference: true),
            ])
        {
            ValueKind = format.ContributionKind,
            YAxisTitle = ReportText.ContributionAxis(language, format.ContributionUnit),
        };
    }

    public static LineChart? Monthly(WorkIndicatorResult work, OutcomeFormat format, string office, ReportLanguage language = ReportLanguage.English)
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
            if (row is { Status: SuppressionStatus.Published, Contribution: { } c })
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
            ReportText.WithVariant(ReportText.OfficeSeriesTitle(language, office, level, format.Outcome), ReportText.VariantLabel(language, ContributionVariant.MeanResidual, shrunk: false)),
            [.. months.Select(m => m.ToString())],
            [
                new LineSeries(office, values, lower, upper),
                new LineSeries(ReportText.PeriodAverage(language), new double[months.Length], isReference: true),
            ])
        {
            ValueKind = format.ContributionKind,
            YAxisTitle = ReportText.ContributionAxis(language, format.ContributionUnit),
        };
    }
}
