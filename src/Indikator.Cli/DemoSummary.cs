using Indikator.Core.Indicators;
using System.Globalization;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Synthetic;
using Spectre.Console;

namespace Indikator.Cli;

/// <summary>The demo's summary tables.</summary>
internal static class DemoSummary
{
    public static Table Build(SyntheticNavData data, double elapsedSeconds)
    {
        var officesInStock = data.Stock.Categorical(ColumnNames.Office).DistinctCodeCount();
        var table = new Table().Title("Synthetic NAV data").AddColumn("Quantity").AddColumn(new TableColumn("Value").RightAligned());
        Add(table, "Person-months (stock rows)", Count(data.Stock.RowCount));
        Add(table, "Persons", Count(data.PersonCount));
        Add(table, "Offices (with users / total)", string.Create(CultureInfo.InvariantCulture, $"{officesInStock} / {data.Offices.Count}"));
        Add(table, "NAV regions", Count(data.Regions.Count));
        Add(table, "Stock months", string.Create(CultureInfo.InvariantCulture, $"{data.Options.Months} (from {data.FirstMonth})"));
        Add(table, "Employment records", Count(data.Employment.Count));
        Add(table, "Status records", Count(data.Statuses.Count));
        Add(table, "Generation time (s)", elapsedSeconds.ToString("F2", CultureInfo.InvariantCulture));
        return table;
    }

    /// <summary>Naive (not risk-adjusted) share in work, more than 19 hours a week, three months after each stock month, by region.</summary>
    public static Table ByRegion(SyntheticNavData data)
    {
        var hours = data.WeeklyHoursAhead(3);
        var region = data.Stock.Categorical(ColumnNames.Region);
        var codes = region.Codes.Span;
        var rows = new long[region.LevelCount];
        var working = new long[region.LevelCount];
        for (var row = 0; row < hours.Length; row++)
        {
            if (!double.IsNaN(hours[row]))
            {
                rows[codes[row]]++;
                if (hours[row] > 19.0)
                {
                    working[codes[row]]++;
                }
            }
        }

        var table = new Table().Title("Share in work 3 months later (jobb3), naive").AddColumn("Region")
            .AddColumn(new TableColumn("Person-months").RightAligned()).AddColumn(new TableColumn("jobb3").RightAligned());
        for (var r = 0; r < rows.Length; r++)
        {
            table.AddRow(
                Markup.Escape(region.Levels[r]),
                Count(rows[r]),
                rows[r] == 0 ? "-" : ((double)working[r] / rows[r]).ToString("P1", CultureInfo.InvariantCulture));
        }

        var total = rows.Sum();
        table.AddRow("[bold]All[/]", Count(total), total == 0 ? "-" : ((double)working.Sum() / total).ToString("P1", CultureInfo.InvariantCulture));
        return table;
    }

    /// <summary>
    /// The offices with the highest and lowest shrunken contribution (published offices only), in the variant the report
    /// shows: NAV's mean residual (variant (a)); raw contribution and interval beside the shrunken value it is ranked by.
    /// </summary>
    public static Table TopAndBottom(WorkIndicatorResult indicators, string outcome, int count)
    {
        var comparison = indicators.Comparison(outcome, "office", ContributionVariant.MeanResidual);
        var ranked = comparison.Rows.Where(r => r.Rank is not null).OrderBy(r => r.Rank).ToArray();
        var table = new Table()
            .Title($"{outcome}: offices with the highest and lowest contribution (NAV's mean residual, as in the report; ranked by the shrunken value)")
            .AddColumn(new TableColumn("Rank").RightAligned()).AddColumn("Office")
            .AddColumn(new TableColumn("Person-months").RightAligned()).AddColumn(new TableColumn("Contribution (raw)").RightAligned())
            .AddColumn(new TableColumn("95% interval (raw)").RightAligned()).AddColumn(new TableColumn("Reliability").RightAligned())
            .AddColumn(new TableColumn("Shrunken").RightAligned());
        var shown = ranked.Length <= 2 * count ? ranked : [.. ranked.Take(count), .. ranked.TakeLast(count)];
        foreach (var r in shown)
        {
            var c = CultureInfo.InvariantCulture;
            table.AddRow(
                r.Rank!.Value.ToString(c),
                Markup.Escape(r.Unit),
                Count(r.PersonMonths!.Value),
                r.Contribution!.Value.ToString("+0.0000;-0.0000", c),
                Markup.Escape(string.Create(c, $"[{r.Contribution.Value - (1.96 * r.StandardError!.Value):+0.000;-0.000}, {r.Contribution.Value + (1.96 * r.StandardError.Value):+0.000;-0.000}]")),
                r.Reliability!.Value.ToString("F2", c),
                r.Shrunken!.Value.ToString("+0.0000;-0.0000", c));
        }

        return table;
    }

    /// <summary>How well the office estimates recover the synthetic truth.</summary>
    public static Table Truth(DemoTruthCheck truth)
    {
        var c = CultureInfo.InvariantCulture;
        var table = new Table().Title("Office estimates against the known truth (Spearman rank correlation, coverage of 95% intervals)")
            .AddColumn("Outcome").AddColumn(new TableColumn("Offices").RightAligned())
            .AddColumn(new TableColumn("Raw mean").RightAligned()).AddColumn(new TableColumn("Legacy 6 mo.").RightAligned())
            .AddColumn(new TableColumn("(a) residual").RightAligned()).AddColumn(new TableColumn("(b) FE").RightAligned())
            .AddColumn(new TableColumn("(b) shrunken").RightAligned()).AddColumn(new TableColumn("Coverage (b)").RightAligned())
            .AddColumn(new TableColumn("RMSE raw/shrunk").RightAligned());
        foreach (var r in truth.Rows)
        {
            table.AddRow(
                r.Outcome,
                r.Offices.ToString(c),
                r.SpearmanRaw.ToString("F3", c),
                truth.LegacySpearman.ToString("F3", c),
                r.SpearmanMeanResidual.ToString("F3", c),
                r.SpearmanFixedEffect.ToString("F3", c),
                r.SpearmanShrunken.ToString("F3", c),
                r.Coverage.ToString("P1", c),
                string.Create(c, $"{r.Rmse:G3} / {r.RmseShrunken:G3}"));
        }

        return table;
    }

    /// <summary>Elapsed time per step.</summary>
    public static Table Steps(IReadOnlyList<DemoStep> steps)
    {
        var table = new Table().Title("Elapsed time").AddColumn("Step").AddColumn(new TableColumn("Seconds").RightAligned());
        foreach (var step in steps)
        {
            table.AddRow(Markup.Escape(step.Name), step.Seconds.ToString("F2", CultureInfo.InvariantCulture));
        }

        table.AddRow("[bold]Total[/]", steps.Sum(s => s.Seconds).ToString("F2", CultureInfo.InvariantCulture));
        return table;
    }

    private static int DistinctCodeCount(this Indikator.Core.Data.CategoricalColumn column)
    {
        var seen = new bool[column.LevelCount];
        foreach (var code in column.Codes.Span)
        {
            seen[code] = true;
        }

        return seen.Count(s => s);
    }

    private static void Add(Table table, string name, string value) => table.AddRow(Markup.Escape(name), value);

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
