using System.Globalization;
using Indikator.Core.Synthetic;
using Spectre.Console;

namespace Indikator.Cli;

/// <summary>The demo's summary tables.</summary>
internal static class DemoSummary
{
    public static Table Build(SyntheticNavData data, double elapsedSeconds)
    {
        var officesInStock = data.Stock.Categorical(SyntheticColumns.Office).DistinctCodeCount();
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
        var region = data.Stock.Categorical(SyntheticColumns.Region);
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
