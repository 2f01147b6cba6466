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
            var year = results.Max(r => r.Year);
            var scorecardOptions = new ScorecardOptions { MinimumPersons = minimumBasis };

            // The demo's own provider is one whose result is published, so the scorecard shows something to compare.
            own ??= Middle(Scorecard.Create(results, indicator, programme, year, string.Empty, scorecardOptions with { TopCount = int.MaxValue }));
            var card = Scorecard.Create(results, indicator, programme, year, own, scorecardOptions);
            var scale = percent ? 0.01 : 1.0;
            var kind = percent ? ReportColumnKind.Percent : ReportColumnKind.Number;
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
                card.PreviousOf(e.ProviderId)?.Value * scale)).ToArray();
            report.AddChart(new BarChart(ReportText.Scorecard(language, name, synthetic), items)
            {
                ReferenceValue = card.IsNationalAverageSuppressed ? null : card.NationalAverage * scale,
                ReferenceLabel = ReportText.ProvidersAverage(language, card.ProviderCount),
                HighlightLabel = card.OwnRank is { } r ? $"{r}. {own}" : null,
                ValueKind = kind,
                ValueAxisTitle = indicatorName,
            });

            var table = new ReportTableBuilder(ReportText.Scorecard(language, name, synthetic))
                .WithDescription(ReportText.ScorecardDescription(language, card.Top.Count, card.ProviderCount, own, minimumBasis, card.SuppressedProviderCount))
                .WithSuppressionThreshold(minimumBasis)
                .AddColumn(ReportText.Key(language, "rank", "plass"), ReportText.Rank(language), ReportColumnKind.WholeNumber)
                .AddColumn(ReportText.Key(language, "provider", "arrangor"), ReportText.Provider(language), ReportColumnKind.Text)
                .AddColumn(ReportText.Key(language, "value", "verdi"), indicatorName, kind, 1)
                .AddColumn(ReportText.Key(language, "basis", "grunnlag"), ReportText.Basis(language), ReportColumnKind.WholeNumber)
                .AddColumn(ReportText.Key(language, "previous", "forrige"), ReportText.PreviousResult(language), kind, 1)
                .AddColumn(ReportText.Key(language, "previous_year", "forrige_ar"), ReportText.PreviousYear(language), ReportColumnKind.WholeNumber)
                .AddNote(ReportText.ProviderWarning(language));
            if (card.Note is { } note)
            {
                // The catalogue's note is English; a Norwegian report says the same thing in Norwegian.
                table.AddNote(language == ReportLanguage.Norwegian ? ReportText.NotNormative(language) : note);
            }

            foreach (var e in entries)
            {
                var before = card.PreviousOf(e.ProviderId);
                table.AddRow(
                    ReportCell.FromNumber(e.Rank),
                    ReportCell.FromText(e.ProviderId),
                    ReportCell.FromNumber(e.Value * scale),
                    ReportCell.FromNumber(e.Basis),
                    Previous(before, scale),
                    before is null ? ReportCell.NotAvailable : ReportCell.FromNumber(before.Year));
            }

            if (card.IsOwnResultSuppressed)
            {
                var before = card.OwnPrevious;
                table.AddRow(
                    ReportCell.NotAvailable,
                    ReportCell.FromText(own),
                    ReportCell.Suppressed,
                    ReportCell.Suppressed,
                    Previous(before, scale),
                    before is null ? ReportCell.NotAvailable : ReportCell.FromNumber(before.Year));
            }

            table.AddRow(
                ReportCell.NotAvailable,
                ReportCell.FromText(ReportText.NationalAverage(language)),
                card.IsNationalAverageSuppressed ? ReportCell.Suppressed : ReportCell.FromNumber(card.NationalAverage * scale),
                ReportCell.FromNumber(card.ProviderCount),
                ReportCell.NotAvailable,
                ReportCell.NotAvailable);
            report.AddTable(table.Build());
        }
    }

    private static ReportCell Previous(ScorecardPrevious? previous, double scale)
        => previous is null ? ReportCell.NotAvailable
        : previous.Value is { } value ? ReportCell.FromNumber(value * scale)
        : ReportCell.Suppressed;

    /// <summary>The published provider ranked in the middle, so that the demo's own provider is neither best nor worst.</summary>
    private static string Middle(Scorecard all)
    {
        var published = all.Top;
        return published.Count == 0 ? string.Empty : published[published.Count / 2].ProviderId;
    }
}
