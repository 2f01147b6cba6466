using Indikator.Core.Indicators.Work;
using DisclosureStatus = Indikator.Core.Indicators.Disclosure.CellStatus;

namespace Indikator.Core.Reporting.Composition;

/// <summary>Builds the pooled per-unit tables (offices, regions, need categories and their crossings) and the national summary.</summary>
internal static class UnitTables
{
    public static ReportTable Units(
        WorkIndicatorResult work,
        OutcomeFormat format,
        string level,
        string title,
        IReadOnlyList<string> headers,
        IReadOnlyDictionary<string, string>? regions)
    {
        var table = work.Table(format.Outcome, level);
        // A crossed level gets one text column per column of the level, so spreadsheet users can filter on each.
        var keys = table.Level.IsCrossed ? table.Level.Columns : [level];
        var comparison = work.Comparisons.FirstOrDefault(c => c.Outcome == format.Outcome && c.Level.Name == level && c.Variant == ContributionVariant.MeanResidual);
        var byUnit = comparison?.Rows.ToDictionary(r => r.Unit, StringComparer.Ordinal) ?? [];
        var minimum = work.Options.MinimumPersons;
        var builder = new ReportTableBuilder(title)
            .WithDescription(Description(format, work.Options.ConfidenceLevel))
            .WithSuppressionThreshold(minimum)
            .AddColumn(keys[0], headers[0], ReportColumnKind.Text);
        if (regions is not null)
        {
            builder.AddColumn("region", "Region", ReportColumnKind.Text);
        }

        for (var i = 1; i < keys.Count; i++)
        {
            builder.AddColumn(keys[i], headers[i], ReportColumnKind.Text);
        }

        AddValueColumns(builder, format, work.Options.ConfidenceLevel);
        builder.AddColumn("shrunken", "Shrunken", format.ContributionKind, OutcomeFormat.NumberDecimals)
            .AddColumn("reliability", "Reliability", ReportColumnKind.Share);
        if (!table.Level.IsCrossed && table.Level.Column is { } column && work.Options.Model.Categorical.Any(c => string.Equals(c.Column, column, StringComparison.Ordinal)))
        {
            builder.AddNote($"'{column}' is a characteristic in the risk model, so each {headers[0].ToLowerInvariant()}'s expected mean equals its actual mean and its contribution is 0 by construction; the table shows the levels, not a comparison.");
        }

        if (table.Level.IsCrossed)
        {
            var parts = string.Join(" x ", headers.Select(h => h.ToLowerInvariant()));
            builder.AddNote(
                $"One row per {parts} that occurs. The contributions of a {headers[0].ToLowerInvariant()}'s rows, weighted by person-months, average to " +
                $"the {headers[0].ToLowerInvariant()}'s own contribution. The cells are small: more are suppressed, also where the {headers[0].ToLowerInvariant()} " +
                "and category totals in the other tables would reveal them.");
        }

        foreach (var row in table.Rows)
        {
            if (row.Month is not null)
            {
                continue;
            }

            var labels = table.Labels(row.Unit);
            var cells = new List<ReportCell> { ReportCell.FromText(labels[0]) };
            if (regions is not null)
            {
                cells.Add(regions.TryGetValue(labels[0], out var region) ? ReportCell.FromText(region) : ReportCell.NotAvailable);
            }

            for (var i = 1; i < labels.Count; i++)
            {
                cells.Add(ReportCell.FromText(labels[i]));
            }

            cells.AddRange(ValueCells(row));
            if (row.Status == DisclosureStatus.Published && byUnit.TryGetValue(row.Unit, out var c) && c.Status == DisclosureStatus.Published)
            {
                cells.Add(ReportCell.FromOptional(c.Shrunken));
                cells.Add(ReportCell.FromOptional(c.Reliability));
            }
            else
            {
                // Primary and secondary suppression look the same to the reader, so the small unit cannot be singled out.
                cells.Add(ReportCell.Suppressed);
                cells.Add(ReportCell.Suppressed);
            }

            builder.AddRow([.. cells]);
        }

        return builder.Build();
    }

    public static ReportTable National(WorkIndicatorResult work)
    {
        var builder = new ReportTableBuilder("National level per outcome")
            .WithDescription("The whole country, pooled over all measurement months. The national contribution is 0 by construction: contributions are relative to the national level.")
            .WithSuppressionThreshold(work.Options.MinimumPersons)
            .AddColumn("outcome", "Outcome", ReportColumnKind.Text)
            .AddColumn("persons", "Persons", ReportColumnKind.WholeNumber)
            .AddColumn("person_months", "Person-months", ReportColumnKind.WholeNumber)
            .AddColumn("actual", "Actual mean", ReportColumnKind.Number, OutcomeFormat.NumberDecimals);
        foreach (var outcome in work.Options.Outcomes)
        {
            var table = work.Tables.FirstOrDefault(t => t.Outcome == outcome && t.Level.IsCountry && t.Variant == ContributionVariant.MeanResidual);
            var row = table?.Rows.FirstOrDefault(r => r.Month is null);
            if (row is null)
            {
                continue;
            }

            var name = OutcomeFormat.For(outcome).Name;
            builder.AddRow(
                ReportCell.FromText(name),
                Published(row.Status, row.Persons),
                Published(row.Status, row.PersonMonths),
                Published(row.Status, row.Actual));
        }

        return builder.Build();
    }

    public static void AddValueColumns(ReportTableBuilder builder, OutcomeFormat format, double confidence)
    {
        var level = Level(confidence);
        builder.AddColumn("persons", "Persons", ReportColumnKind.WholeNumber)
            .AddColumn("actual", "Actual", format.Kind, OutcomeFormat.NumberDecimals)
            .AddColumn("expected", "Expected", format.Kind, OutcomeFormat.NumberDecimals)
            .AddColumn("contribution", "Contribution", format.ContributionKind, OutcomeFormat.NumberDecimals)
            .AddColumn("lower", $"Lower {level} %", format.ContributionKind, OutcomeFormat.NumberDecimals)
            .AddColumn("upper", $"Upper {level} %", format.ContributionKind, OutcomeFormat.NumberDecimals);
    }

    public static string Level(double confidence) => (confidence * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    private static string Description(OutcomeFormat format, double confidence)
        => $"{format.Name}, pooled over all measurement months. Actual and expected are mean outcomes; contribution (NAV-bidraget) = actual - expected, " +
           $"in {format.ContributionUnit}, with its {Level(confidence)} % confidence interval (lower, upper). Shrunken: the contribution pulled towards the " +
           "mean in proportion to its noise (empirical Bayes). Reliability: the share of the unit's variation that is signal rather than noise (0 to 1).";

    public static IEnumerable<ReportCell> ValueCells(WorkIndicatorRow row)
    {
        yield return Published(row.Status, row.Persons);
        yield return Published(row.Status, row.Actual);
        yield return Published(row.Status, row.Expected);
        yield return Published(row.Status, row.Contribution);
        yield return Published(row.Status, row.Lower);
        yield return Published(row.Status, row.Upper);
    }

    /// <summary>Maps disclosure control onto the report: primary and secondary suppression both become <see cref="ReportCell.Suppressed"/>, never zero.</summary>
    public static ReportCell Published(DisclosureStatus status, double? value)
        => status == DisclosureStatus.Published ? ReportCell.FromOptional(value) : ReportCell.Suppressed;
}
