using Indikator.Core.Indicators.Disclosure;
using Indikator.Core.Outcomes;

namespace Indikator.Core.Reporting.Composition;

/// <summary>
/// NAV's table of the legacy measure: exits by status (or programme) left and status six months later, in NAV's eight
/// categories, with counts and percentages of each column's exits, suppressed as a two-way table with both margins.
/// </summary>
internal static class LegacyOutcomes
{
    public static ReportTable? Table(LegacyTransitionResult legacy, int minimum, ReportLanguage language = ReportLanguage.English)
    {
        if (legacy.ExitCount == 0)
        {
            return null;
        }

        var exits = legacy.Exits;
        var outcome = exits.Categorical(LegacyTransition.OutcomeColumn);
        var exited = exits.Categorical(LegacyTransition.StatusExitedColumn);
        var outcomes = Enum.GetValues<TransitionOutcome>();
        var counts = new int[outcomes.Length, exited.LevelCount];
        var outcomeCodes = outcome.Codes.Span;
        var exitedCodes = exited.Codes.Span;
        for (var row = 0; row < exits.RowCount; row++)
        {
            counts[(int)Enum.Parse<TransitionOutcome>(outcome.Levels[outcomeCodes[row]]), exitedCodes[row]]++;
        }

        // Only the columns with exits: a programme without exits would be an empty column of zeros.
        var columns = Enumerable.Range(0, exited.LevelCount).Where(c => Enumerable.Range(0, outcomes.Length).Any(o => counts[o, c] > 0)).ToArray();
        var cells = new List<CountCell>();
        foreach (var o in outcomes)
        {
            foreach (var c in columns)
            {
                cells.Add(new CountCell(o.ToString(), exited.Levels[c], counts[(int)o, c]));
            }
        }

        var control = DisclosureControl.Suppress(CountTable.Create(cells, TableMargins.Both), new SuppressionOptions { MinimumCount = minimum });
        var builder = new ReportTableBuilder(ReportText.LegacyOutcomesTitle(language))
            .WithDescription(ReportText.LegacyOutcomesDescription(language))
            .WithSuppressionThreshold(minimum)
            .AddColumn("status6", ReportText.StatusSixMonthsLater(language), ReportColumnKind.Text);
        foreach (var c in columns)
        {
            var from = ReportText.ExitsFrom(language, exited.Levels[c]);
            builder.AddColumn(ReportText.Key(language, "exits_", "avganger_") + exited.Levels[c], from, ReportColumnKind.WholeNumber)
                .AddColumn(ReportText.Key(language, "percent_", "prosent_") + exited.Levels[c], $"{from}: {ReportText.Percent(language)}", ReportColumnKind.Percent);
        }

        var allExits = ReportText.AllExits(language);
        builder.AddColumn(ReportText.Key(language, "exits_all", "avganger_alle"), allExits, ReportColumnKind.WholeNumber)
            .AddColumn(ReportText.Key(language, "percent_all", "prosent_alle"), $"{allExits}: {ReportText.Percent(language)}", ReportColumnKind.Percent);
        foreach (var o in outcomes)
        {
            var row = new List<ReportCell> { ReportCell.FromText(ReportText.TransitionOutcome(language, o)) };
            foreach (var c in columns)
            {
                var cell = control.Cell(o.ToString(), exited.Levels[c]);
                var columnTotal = control.ColumnTotal(exited.Levels[c]);
                row.Add(UnitTables.Published(cell.Status, cell.Value));
                row.Add(cell.Value is { } n && columnTotal.Value is { } all ? ReportCell.FromNumber((double)n / all) : ReportCell.Suppressed);
            }

            var rowTotal = control.RowTotal(o.ToString());
            row.Add(UnitTables.Published(rowTotal.Status, rowTotal.Value));
            row.Add(rowTotal.Value is { } r && control.GrandTotal().Value is { } grand ? ReportCell.FromNumber((double)r / grand) : ReportCell.Suppressed);
            builder.AddRow([.. row]);
        }

        var totals = new List<ReportCell> { ReportCell.FromText(ReportText.Total(language)) };
        foreach (var c in columns)
        {
            var columnTotal = control.ColumnTotal(exited.Levels[c]);
            totals.Add(UnitTables.Published(columnTotal.Status, columnTotal.Value));
            totals.Add(columnTotal.Value is null ? ReportCell.Suppressed : ReportCell.FromNumber(1.0));
        }

        var grandTotal = control.GrandTotal();
        totals.Add(UnitTables.Published(grandTotal.Status, grandTotal.Value));
        totals.Add(grandTotal.Value is null ? ReportCell.Suppressed : ReportCell.FromNumber(1.0));
        builder.AddRow([.. totals]);
        return builder.Build();
    }
}
