using Indikator.Core.Indicators.Disclosure;
using Indikator.Core.Indicators.Work;

namespace Indikator.Core.Reporting.Composition;

/// <summary>Builds the pooled per-unit tables (offices, regions, need categories and their crossings) and the national summary.</summary>
internal static class UnitTables
{
    public static ReportTable Units(
        WorkIndicatorResult work,
        OutcomeFormat format,
        string level,
        IReadOnlyDictionary<string, string>? regions,
        ReportLanguage language = ReportLanguage.English)
    {
        var table = work.Table(format.Outcome, level);
        // A crossed level gets one text column per column of the level, so spreadsheet users can filter on each.
        var keys = table.Level.IsCrossed ? table.Level.Columns : [level];
        var headers = keys.Select(k => ReportText.LevelHeader(language, k)).ToArray();
        var comparison = work.Comparisons.FirstOrDefault(c => c.Outcome == format.Outcome && c.Level.Name == level && c.Variant == ContributionVariant.MeanResidual);
        var byUnit = comparison?.Rows.ToDictionary(r => r.Unit, StringComparer.Ordinal) ?? [];
        var minimum = work.Options.MinimumPersons;
        var title = $"{ReportText.LevelTitle(language, level)}: {format.Name}";
        var builder = new ReportTableBuilder(title)
            .WithDescription(Description(format, work.Options.ConfidenceLevel, language) + " " + ReportText.VariantSentence(language, ContributionVariant.MeanResidual, alsoShrunk: true))
            .WithSuppressionThreshold(minimum)
            .AddColumn(ReportText.LevelKey(language, keys[0]), headers[0], ReportColumnKind.Text);
        if (regions is not null)
        {
            builder.AddColumn(ReportText.LevelKey(language, "region"), ReportText.LevelHeader(language, "region"), ReportColumnKind.Text);
        }

        for (var i = 1; i < keys.Count; i++)
        {
            builder.AddColumn(ReportText.LevelKey(language, keys[i]), headers[i], ReportColumnKind.Text);
        }

        AddValueColumns(builder, format, work.Options.ConfidenceLevel, language);
        builder.AddColumn(ReportText.Key(language, "shrunken", "krympet"), ReportText.Shrunken(language), format.ContributionKind, OutcomeFormat.NumberDecimals)
            .AddColumn(ReportText.Key(language, "reliability", "reliabilitet"), ReportText.Reliability(language), ReportColumnKind.Share);
        if (!table.Level.IsCrossed && table.Level.Column is { } column && work.Options.Model.Categorical.Any(c => string.Equals(c.Column, column, StringComparison.Ordinal)))
        {
            builder.AddNote(ReportText.CovariateLevelNote(language, column, headers[0].ToLowerInvariant()));
        }

        if (table.Level.IsCrossed)
        {
            var parts = string.Join(" x ", headers.Select(h => h.ToLowerInvariant()));
            builder.AddNote(ReportText.CrossedNote(language, parts, headers[0].ToLowerInvariant(), ReportText.LevelTitle(language, keys[0]).ToLowerInvariant()));
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
            if (row.Status == SuppressionStatus.Published && byUnit.TryGetValue(row.Unit, out var c) && c.Status == SuppressionStatus.Published)
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

    public static ReportTable National(WorkIndicatorResult work, ReportLanguage language = ReportLanguage.English)
    {
        var builder = new ReportTableBuilder(ReportText.NationalTitle(language))
            .WithDescription(ReportText.NationalDescription(language))
            .WithSuppressionThreshold(work.Options.MinimumPersons)
            .AddColumn(ReportText.Key(language, "outcome", "utfall"), ReportText.Outcome(language), ReportColumnKind.Text)
            .AddColumn(ReportText.Key(language, "persons", "personer"), ReportText.PersonsHeader(language), ReportColumnKind.WholeNumber)
            .AddColumn(ReportText.Key(language, "person_months", "personmaaneder"), ReportText.PersonMonths(language), ReportColumnKind.WholeNumber)
            .AddColumn(ReportText.Key(language, "actual", "faktisk"), ReportText.ActualMean(language), ReportColumnKind.Number, OutcomeFormat.NumberDecimals);
        foreach (var outcome in work.Options.Outcomes)
        {
            var table = work.Tables.FirstOrDefault(t => t.Outcome == outcome && t.Level.IsCountry && t.Variant == ContributionVariant.MeanResidual);
            var row = table?.Rows.FirstOrDefault(r => r.Month is null);
            if (row is null)
            {
                continue;
            }

            var name = OutcomeFormat.For(outcome, language).Name;
            builder.AddRow(
                ReportCell.FromText(name),
                Published(row.Status, row.Persons),
                Published(row.Status, row.PersonMonths),
                Published(row.Status, row.Actual));
        }

        return builder.Build();
    }

    /// <summary>The national contribution per measurement month (variant (a), raw), or null when the result has no monthly national rows.</summary>
    public static ReportTable? NationalMonthly(WorkIndicatorResult work, OutcomeFormat format, ReportLanguage language)
    {
        var table = work.Tables.FirstOrDefault(t => t.Outcome == format.Outcome && t.Level.IsCountry && t.Variant == ContributionVariant.MeanResidual);
        var rows = table?.Rows.Where(r => r.Month is not null).OrderBy(r => r.Month!.Value).ToArray() ?? [];
        if (rows.Length == 0)
        {
            return null;
        }

        var confidence = work.Options.ConfidenceLevel;
        var title = ReportText.NationalMonthlyTitle(language, format.Name);
        var builder = new ReportTableBuilder(title)
            .WithDescription(ReportText.NationalMonthlyDescription(language, format.ContributionUnit, Level(confidence)) + " " + ReportText.VariantSentence(language, ContributionVariant.MeanResidual, alsoShrunk: false))
            .WithSuppressionThreshold(work.Options.MinimumPersons)
            .AddColumn(ReportText.Key(language, "month", "maaned"), ReportText.Month(language), ReportColumnKind.Text);
        AddValueColumns(builder, format, confidence, language);
        foreach (var row in rows)
        {
            builder.AddRow([ReportCell.FromText(row.Month!.Value.ToString()), .. ValueCells(row)]);
        }

        return builder.Build();
    }

    public static void AddValueColumns(ReportTableBuilder builder, OutcomeFormat format, double confidence, ReportLanguage language = ReportLanguage.English)
    {
        var level = Level(confidence);
        builder.AddColumn(ReportText.Key(language, "persons", "personer"), ReportText.PersonsHeader(language), ReportColumnKind.WholeNumber)
            .AddColumn(ReportText.Key(language, "actual", "faktisk"), ReportText.Actual(language), format.Kind, OutcomeFormat.NumberDecimals)
            .AddColumn(ReportText.Key(language, "expected", "forventet"), ReportText.Expected(language), format.Kind, OutcomeFormat.NumberDecimals)
            .AddColumn(ReportText.Key(language, "contribution", "bidrag"), ReportText.ContributionHeader(language), format.ContributionKind, OutcomeFormat.NumberDecimals)
            .AddColumn(ReportText.Key(language, "lower", "nedre"), ReportText.Lower(language, level), format.ContributionKind, OutcomeFormat.NumberDecimals)
            .AddColumn(ReportText.Key(language, "upper", "ovre"), ReportText.Upper(language, level), format.ContributionKind, OutcomeFormat.NumberDecimals);
    }

    public static string Level(double confidence) => (confidence * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    private static string Description(OutcomeFormat format, double confidence, ReportLanguage language)
        => ReportText.UnitsDescription(language, format.Name, format.ContributionUnit, Level(confidence));

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
    public static ReportCell Published(SuppressionStatus status, double? value)
        => status == SuppressionStatus.Published ? ReportCell.FromOptional(value) : ReportCell.Suppressed;
}
