using Indikator.Core.Indicators.Work;

namespace Indikator.Core.Reporting.Composition;

/// <summary>The tables of the breakdowns NAV publishes beside offices and regions: counties, programmes and priority
/// groups (Meld. St. 33 (2023-2024), box 7.2), each added when the result has the level.</summary>
internal static class BreakdownTables
{
    public static void Add(ReportBuilder report, WorkIndicatorResult work, OutcomeFormat format, ReportLanguage language)
    {
        foreach (var level in new[] { "county", "programme" })
        {
            if (work.Tables.Any(t => t.Outcome == format.Outcome && t.Level.Name == level && t.Variant == ContributionVariant.MeanResidual))
            {
                report.AddTable(UnitTables.Units(work, format, level, null, language));
            }
        }

        foreach (var table in work.Tables.Where(t => t.Outcome == format.Outcome && t.Level.IsPriorityGroups && t.Variant == ContributionVariant.MeanResidual))
        {
            report.AddTable(Groups(work, table, format, language));
        }
    }

    /// <summary>One row per group, pooled over the months: its definition and the same values as the other unit tables,
    /// without shrinkage (groups overlap, so they are not separate units to shrink towards a common mean).</summary>
    private static ReportTable Groups(WorkIndicatorResult work, WorkIndicatorTable table, OutcomeFormat format, ReportLanguage language)
    {
        var builder = new ReportTableBuilder($"{ReportText.PriorityGroups(language)}: {format.Name}")
            .WithDescription(ReportText.PriorityGroupsDescription(language))
            .WithSuppressionThreshold(work.Options.MinimumPersons)
            .AddColumn(ReportText.Key(language, "group", "gruppe"), ReportText.Group(language), ReportColumnKind.Text)
            .AddColumn(ReportText.Key(language, "definition", "definisjon"), ReportText.Definition(language), ReportColumnKind.Text);
        UnitTables.AddValueColumns(builder, format, work.Options.ConfidenceLevel, language);
        builder.AddNote(ReportText.PriorityGroupsSuppression(language));
        var spanned = table.Level.Groups.Where(g => GroupMembership.SpannedByModel(g, work.Options.Model)).Select(g => g.Name).ToArray();
        if (spanned.Length > 0)
        {
            builder.AddNote(ReportText.PriorityGroupsZero(language, string.Join(", ", spanned)));
        }

        foreach (var group in table.Level.Groups)
        {
            if (table.Find(group.Name, null) is not { } row)
            {
                continue;
            }

            builder.AddRow([ReportCell.FromText(group.Name), ReportCell.FromText(string.Join(" & ", group.Conditions.Select(c => c.ToString()))), .. UnitTables.ValueCells(row)]);
        }

        return builder.Build();
    }
}
