using Indikator.Core.Indicators;
using Indikator.Core.Indicators.Catalogue;

namespace Indikator.Core.Tests.Indicators.Catalogue;

public partial class IndicatorCatalogueTests
{
    [Fact]
    public void Docs_tables_agree_with_the_catalogue()
    {
        var rows = CatalogueTableRows(File.ReadAllLines(DocsFile("indicators.md")));
        Assert.Equal(IndicatorCatalogue.Ids, rows.Select(r => r.Id));
        foreach (var row in rows)
        {
            var d = IndicatorCatalogue.Get(row.Id);
            Assert.Equal(d.ProviderNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-", row.Number);
            Assert.Equal(d.NorwegianName, row.Norwegian);
            Assert.Equal(d.EnglishName, row.English);
            Assert.Equal(d.Unit.ToString(), row.Unit);
            Assert.Equal(d.Direction.ToString(), row.Direction);
            Assert.Equal(d.ApplicableProgrammes, row.Programmes.Split(", ").Select(ProgrammeNames.Parse));
        }
    }

    [Fact]
    public void Docs_define_every_indicator_in_its_own_section()
    {
        var text = File.ReadAllText(DocsFile("indicators.md"));
        foreach (var d in IndicatorCatalogue.All)
        {
            Assert.Contains($"### `{d.Id}`: {d.EnglishName} ({d.NorwegianName})", text, StringComparison.Ordinal);
        }
    }

    private sealed record DocsRow(string Id, string Number, string Norwegian, string English, string Unit, string Direction, string Programmes);

    /// <summary>Reads the rows of the tables under "## Catalogue" whose first cell is a backticked id.</summary>
    private static List<DocsRow> CatalogueTableRows(string[] lines)
    {
        var rows = new List<DocsRow>();
        var inCatalogue = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                inCatalogue = line == "## Catalogue";
                continue;
            }

            if (!inCatalogue || !line.StartsWith("| `", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            Assert.True(cells.Length == 7, "Expected 7 columns in: " + line);
            rows.Add(new DocsRow(cells[0].Trim('`'), cells[1], cells[2], cells[3], cells[4], cells[5], cells[6]));
        }

        return rows;
    }

    private static string DocsFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Indikator.Core.sln")))
            {
                return Path.Combine(dir.FullName, "docs", name);
            }
        }

        throw new InvalidOperationException("Could not find Indikator.Core.sln above " + AppContext.BaseDirectory);
    }
}
