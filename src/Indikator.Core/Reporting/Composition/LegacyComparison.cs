using Indikator.Core.Data;
using Indikator.Core.Indicators.Disclosure;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Outcomes;

namespace Indikator.Core.Reporting.Composition;

/// <summary>The legacy six-month measure beside the new contribution, for the same units.</summary>
internal static class LegacyComparison
{
    /// <summary>The note that explains how the legacy measure and the new indicator differ (English).</summary>
    public static string Explanation => ReportText.LegacyExplanation(ReportLanguage.English);

    public static ReportTable? Table(
        LegacyTransitionResult legacy, WorkIndicatorResult work, OutcomeFormat format, string level, string column, ReportLanguage language = ReportLanguage.English)
    {
        if (!legacy.Exits.TryGetCategorical(column, out _) || work.Tables.All(t => t.Outcome != format.Outcome || t.Level.Name != level))
        {
            return null;
        }

        var minimum = work.Options.MinimumPersons;
        var shares = legacy.Aggregate(column).Rows.Where(r => r.Levels[0] is not null).ToArray();
        var counts = shares.Select(r => new KeyValuePair<string, int>(r.Levels[0]!, r.Exits)).ToArray();
        var control = counts.Length == 0 ? null : DisclosureControl.Suppress(CountTable.OneWay(counts, withTotal: true), new SuppressionOptions { MinimumCount = minimum });
        var work0 = work.Table(format.Outcome, level);
        var builder = new ReportTableBuilder(ReportText.LegacyTitle(language, level))
            .WithDescription(ReportText.LegacyDescription(language, format.Name, format.ContributionUnit) + " " + ReportText.VariantSentence(language, ContributionVariant.MeanResidual, alsoShrunk: false))
            .WithSuppressionThreshold(minimum)
            .AddColumn(ReportText.LevelKey(language, level), ReportText.LevelHeader(language, level), ReportColumnKind.Text)
            .AddColumn(ReportText.Key(language, "legacy_exits", "gammelt_avganger"), ReportText.LegacyExits(language), ReportColumnKind.WholeNumber)
            .AddColumn(ReportText.Key(language, "legacy_share", "gammelt_i_arbeid"), ReportText.LegacyShare(language), ReportColumnKind.Percent)
            .AddColumn(ReportText.Key(language, "persons", "personer"), ReportText.NewPersons(language), ReportColumnKind.WholeNumber)
            .AddColumn(ReportText.Key(language, "actual", "faktisk"), ReportText.NewActual(language), format.Kind, OutcomeFormat.NumberDecimals)
            .AddColumn(ReportText.Key(language, "contribution", "bidrag"), ReportText.NewContribution(language), format.ContributionKind, OutcomeFormat.NumberDecimals)
            .AddNote(ReportText.LegacyExplanation(language));
        // The new indicator's unit order first (as in the unit tables), then units that only the legacy measure has.
        var units = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in work0.Rows)
        {
            if (r.Month is null && seen.Add(r.Unit))
            {
                units.Add(r.Unit);
            }
        }

        foreach (var r in shares)
        {
            if (seen.Add(r.Levels[0]!))
            {
                units.Add(r.Levels[0]!);
            }
        }

        var byUnit = shares.ToDictionary(r => r.Levels[0]!, StringComparer.Ordinal);
        foreach (var unit in units)
        {
            var cells = new List<ReportCell> { ReportCell.FromText(unit) };
            if (byUnit.TryGetValue(unit, out var share))
            {
                var status = control!.Cell(string.Empty, unit).Status;
                cells.Add(UnitTables.Published(status, share.Exits));
                cells.Add(UnitTables.Published(status, share.Share));
            }
            else
            {
                cells.Add(ReportCell.NotAvailable);
                cells.Add(ReportCell.NotAvailable);
            }

            if (work0.Find(unit, null) is { } row)
            {
                cells.Add(UnitTables.Published(row.Status, row.Persons));
                cells.Add(UnitTables.Published(row.Status, row.Actual));
                cells.Add(UnitTables.Published(row.Status, row.Contribution));
            }
            else
            {
                cells.Add(ReportCell.NotAvailable);
                cells.Add(ReportCell.NotAvailable);
                cells.Add(ReportCell.NotAvailable);
            }

            builder.AddRow([.. cells]);
        }

        var national = work.Tables.FirstOrDefault(t => t.Outcome == format.Outcome && t.Level.IsCountry && t.Variant == ContributionVariant.MeanResidual)?.Find(WorkUnitLevel.CountryUnit, null);
        var total = control?.RowTotal(string.Empty);
        builder.AddRow(
            ReportCell.FromText(WorkUnitLevel.CountryUnit),
            total is { } t ? UnitTables.Published(t.Status, legacy.ExitCount) : ReportCell.NotAvailable,
            total is { } t2 ? UnitTables.Published(t2.Status, legacy.Share) : ReportCell.NotAvailable,
            national is null ? ReportCell.NotAvailable : UnitTables.Published(national.Status, national.Persons),
            national is null ? ReportCell.NotAvailable : UnitTables.Published(national.Status, national.Actual),
            national is null ? ReportCell.NotAvailable : UnitTables.Published(national.Status, national.Contribution));
        return builder.Build();
    }

    /// <summary>The office-to-region map from the exit table's office and region columns (first region seen per office).</summary>
    public static Dictionary<string, string>? Regions(LegacyTransitionResult legacy, string officeColumn, string regionColumn)
    {
        if (!legacy.Exits.TryGetCategorical(officeColumn, out var office) || !legacy.Exits.TryGetCategorical(regionColumn, out var region))
        {
            return null;
        }

        return Regions(office, region);
    }

    private static Dictionary<string, string> Regions(CategoricalColumn office, CategoricalColumn region)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var o = office.Codes.Span;
        var r = region.Codes.Span;
        for (var i = 0; i < o.Length; i++)
        {
            if (o[i] >= 0 && r[i] >= 0)
            {
                map.TryAdd(office.Levels[o[i]], region.Levels[r[i]]);
            }
        }

        return map;
    }
}
