using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Data;

namespace Indikator.Core.Tests.Data;

public partial class CsvLoaderTests
{
    [Fact]
    public void LineOfRow_skips_blank_lines_and_counts_line_breaks_inside_quotes()
    {
        var path = TempCsv("id,label\r\n1,a\r\n\r\n2,\"two\nlines\"\n3,c\n");
        try
        {
            Assert.Equal(2, CsvLoader.LineOfRow(path, 0));
            Assert.Equal(4, CsvLoader.LineOfRow(path, 1));
            Assert.Equal(6, CsvLoader.LineOfRow(path, 2));
            Assert.Equal(-1, CsvLoader.LineOfRow(path, 3));
            Assert.Throws<ArgumentOutOfRangeException>(() => CsvLoader.LineOfRow(path, -1));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LineOfRow_agrees_with_the_rows_the_loader_reads()
    {
        // Each row: some blank lines before it, then a label with 0-2 line breaks inside quotes.
        var row = Gen.Choose(0, 2).SelectMany(blank => Gen.Choose(0, 2).Select(breaks => (blank, breaks)));
        var rows = Gen.Choose(1, 15).SelectMany(n => Gen.ArrayOf(row, n));
        Prop.ForAll(rows.ToArbitrary(), spec =>
        {
            var text = new StringBuilder("id,label\n");
            var expected = new int[spec.Length];
            var line = 2;
            for (var r = 0; r < spec.Length; r++)
            {
                text.Append('\n', spec[r].blank);
                line += spec[r].blank;
                expected[r] = line;
                text.Append(r).Append(",\"x").Append('\n', spec[r].breaks).Append("y\"\n");
                line += spec[r].breaks + 1;
            }

            var path = TempCsv(text.ToString());
            try
            {
                var table = CsvLoader.LoadTable(path, new CsvSchema().AddNumeric("id"));
                var ids = table.Numeric("id").Values.ToArray();
                return ids.Length == spec.Length
                    && Enumerable.Range(0, spec.Length).All(r => ids[r] == r && CsvLoader.LineOfRow(path, r) == expected[r]);
            }
            finally
            {
                File.Delete(path);
            }
        }).QuickCheckThrowOnFailure();
    }

    private static string TempCsv(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), "indikator-lines-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, text);
        return path;
    }
}
