using Indikator.Core.Indicators;
using Indikator.Core.Indicators.Catalogue;
using Indikator.Core.Indicators.Providers;
using Indikator.Core.Reporting.Charts;

namespace Indikator.Core.Reporting.Composition;

/// <summary>The provider scorecards (målkort): a bar chart and a table per indicator.</summary>
internal static class ProviderScorecards
{
    public const string Warning =
        "The provider indicators describe; reading them as norms, for example placement figures for programmes whose aim is not placement (VTA, TiA), is the misuse the working-group report warns against.";

    private static readonly (ProviderIndicator Indicator, Programme? Programme)[] Shown =
    [
        (ProviderIndicator.PlacementIntoWork, Programme.Avklaring),
        (ProviderIndicator.PlacementPartners, null),
    ];

    public static void Add(ReportBuilder report, IndicatorReportOptions options, int minimumBasis)
    {
        var calculator = new ProviderIndicatorCalculator(options.Providers!);
        var synthetic = options.ProvidersAreSynthetic ? " (synthetic providers)" : string.Empty;
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

            var name = $"{definition.EnglishName}{(programme is { } p ? ", " + ProgrammeNames.Code(p) : string.Empty)}, {year}";
            var items = entries.Select(e => new BarChartItem(
                $"{e.Rank}. {e.ProviderId}",
                e.Value * scale,
                card.PreviousOf(e.ProviderId)?.Value * scale)).ToArray();
            report.AddChart(new BarChart($"Scorecard: {name}{synthetic}", items)
            {
                ReferenceValue = card.IsNationalAverageSuppressed ? null : card.NationalAverage * scale,
                ReferenceLabel = $"National average ({card.ProviderCount} providers)",
                HighlightLabel = card.OwnRank is { } r ? $"{r}. {own}" : null,
                ValueKind = kind,
                ValueAxisTitle = definition.EnglishName,
            });

            var table = new ReportTableBuilder($"Scorecard: {name}{synthetic}")
                .WithDescription($"The best {card.Top.Count} of {card.ProviderCount} providers and the own provider ({own}); the previous result is the provider's latest earlier measurement. National average: unweighted mean over providers. Results based on fewer than {minimumBasis} persons are suppressed ({card.SuppressedProviderCount} this year, with secondary suppression).")
                .WithSuppressionThreshold(minimumBasis)
                .AddColumn("rank", "Rank", ReportColumnKind.WholeNumber)
                .AddColumn("provider", "Provider", ReportColumnKind.Text)
                .AddColumn("value", definition.EnglishName, kind, 1)
                .AddColumn("basis", "Basis", ReportColumnKind.WholeNumber)
                .AddColumn("previous", "Previous result", kind, 1)
                .AddColumn("previous_year", "Previous year", ReportColumnKind.WholeNumber)
                .AddNote(Warning);
            if (card.Note is { } note)
            {
                table.AddNote(note);
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
                ReportCell.FromText("National average"),
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
