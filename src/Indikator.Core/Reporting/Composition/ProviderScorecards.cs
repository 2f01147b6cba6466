using Indikator.Core.Indicators;
using Indikator.Core.Indicators.Catalogue;
using Indikator.Core.Indicators.Providers;
using Indikator.Core.Reporting.Charts;

namespace Indikator.Core.Reporting.Composition;

/// <summary>The provider scorecards (målkort): a bar chart and a table per indicator.</summary>
internal static class ProviderScorecards
{
    /// <summary>The warning against reading provider indicators as norms (English).</summary>
    public static string Warning => ReportText.ProviderWarning(ReportLanguage.English);

    private static readonly (ProviderIndicator Indicator, Programme? Programme)[] Shown =
    [
        (ProviderIndicator.PlacementIntoWork, Programme.Avklaring),
        (ProviderIndicator.PlacementPartners, null),
    ];

    public static void Add(ReportBuilder report, IndicatorReportOptions options, int minimumBasis)
    {
        var language = options.Language;
        var calculator = new ProviderIndicatorCalculator(options.Providers!);
        var synthetic = options.ProvidersAreSynthetic;
        var own = options.OwnProviderId;
        foreach (var (indicator, programme) in Shown)
        {
            var results = calculator.ComputeAll(indicator).Where(r => r.Programme == programme).ToArray();
            if (results.Length == 0)
            {
                continue;
            }

            var definition = IndicatorCatalogue.Get(indicator);
            var percent = definition.Unit == IndicatorUnit.Percent;

            // A percentage of a handful of leavers describes persons: withhold it below the minimum.
            results = [.. results.Where(r => !percent || r.Basis >= minimumBasis)];
            if (results.Length == 0)
            {
                continue;
            }

            var year = results.Max(r => r.Year);
            own ??= Middle(results, year, definition.Direction);
            var card = Scorecard.Create(results, indicator, programme, year, own);
            var scale = percent ? 0.01 : 1.0;
            var kind = percent ? ReportColumnKind.Percent : ReportColumnKind.Number;
            var previous = results.Where(r => r.Year == year - 1).ToDictionary(r => r.ProviderId, r => r.Value, StringComparer.Ordinal);
            var entries = card.Top.ToList();
            if (card.OwnRank is { } rank && entries.All(e => !string.Equals(e.ProviderId, own, StringComparison.Ordinal)))
            {
                var mine = results.First(r => r.Year == year && string.Equals(r.ProviderId, own, StringComparison.Ordinal));
                entries.Add(new ScorecardEntry(rank, own, mine.Value, mine.Basis));
            }

            var indicatorName = language == ReportLanguage.Norwegian ? definition.NorwegianName : definition.EnglishName;
            var name = $"{indicatorName}{(programme is { } p ? ", " + ProgrammeNames.Code(p) : string.Empty)}, {year}";
            var items = entries.Select(e => new BarChartItem(
                $"{e.Rank}. {e.ProviderId}",
                e.Value * scale,
                previous.TryGetValue(e.ProviderId, out var before) ? before * scale : null)).ToArray();
            report.AddChart(new BarChart(ReportText.Scorecard(language, name, synthetic), items)
            {
                ReferenceValue = card.NationalAverage * scale,
                ReferenceLabel = ReportText.ProvidersAverage(language, card.ProviderCount),
                HighlightLabel = card.OwnRank is { } r ? $"{r}. {own}" : null,
                ValueKind = kind,
                ValueAxisTitle = indicatorName,
            });

            var table = new ReportTableBuilder(ReportText.Scorecard(language, name, synthetic))
                .WithDescription(ReportText.ScorecardDescription(language, card.Top.Count, card.ProviderCount, own))
                .WithSuppressionThreshold(minimumBasis)
                .AddColumn(ReportText.Key(language, "rank", "plass"), ReportText.Rank(language), ReportColumnKind.WholeNumber)
                .AddColumn(ReportText.Key(language, "provider", "arrangor"), ReportText.Provider(language), ReportColumnKind.Text)
                .AddColumn(ReportText.Key(language, "value", "verdi"), indicatorName, kind, 1)
                .AddColumn(ReportText.Key(language, "basis", "grunnlag"), ReportText.Basis(language), ReportColumnKind.WholeNumber)
                .AddColumn(ReportText.Key(language, "previous", "forrige"), ReportText.Result(language, year - 1), kind, 1)
                .AddNote(ReportText.ProviderWarning(language));
            if (card.Note is { } note)
            {
                // The catalogue's note is English; a Norwegian report says the same thing in Norwegian.
                table.AddNote(language == ReportLanguage.Norwegian ? ReportText.NotNormative(language) : note);
            }

            foreach (var e in entries)
            {
                table.AddRow(
                    ReportCell.FromNumber(e.Rank),
                    ReportCell.FromText(e.ProviderId),
                    ReportCell.FromNumber(e.Value * scale),
                    ReportCell.FromNumber(e.Basis),
                    previous.TryGetValue(e.ProviderId, out var before) ? ReportCell.FromNumber(before * scale) : ReportCell.NotAvailable);
            }

            table.AddRow(
                ReportCell.NotAvailable,
                ReportCell.FromText(ReportText.NationalAverage(language)),
                ReportCell.FromNumber(card.NationalAverage * scale),
                ReportCell.FromNumber(card.ProviderCount),
                ReportCell.NotAvailable);
            report.AddTable(table.Build());
        }
    }

    /// <summary>The provider ranked in the middle in the year, so that the demo's own provider is neither best nor worst.</summary>
    private static string Middle(IReadOnlyList<ProviderIndicatorResult> results, int year, IndicatorDirection direction)
    {
        var sign = direction == IndicatorDirection.LowerIsBetter ? 1.0 : -1.0;
        var ordered = results.Where(r => r.Year == year)
            .OrderBy(r => sign * r.Value)
            .ThenBy(r => r.ProviderId, StringComparer.Ordinal)
            .ToArray();
        return ordered[ordered.Length / 2].ProviderId;
    }
}
