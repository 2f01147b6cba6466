using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Writers;

namespace Indikator.Core.Tests.Reporting;

public class CsvReportWriterTests
{
    private const string SmallCsv =
        "office,persons,actual,contribution\r\n"
        + "Alna,1234,0.4521,0.0123\r\n"
        + "Frogn,:,:,:\r\n"
        + "\"Ås, \"\"sør\"\"\",87,0.5,\r\n";

    [Fact]
    public void Writes_names_fractions_suppression_symbols_and_RFC_4180_quoting()
        => Assert.Equal(SmallCsv, CsvReportWriter.ToCsv(ReportSamples.Small()));

    [Theory]
    [InlineData("de-DE")]
    [InlineData("nb-NO")]
    public void Output_does_not_depend_on_the_current_culture(string culture)
    {
        using var scope = new CultureScope(culture);
        Assert.Equal(",", System.Globalization.CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator);

        Assert.Equal(SmallCsv, CsvReportWriter.ToCsv(ReportSamples.Small()));
    }

    [Fact]
    public void Stream_output_is_UTF8_without_a_byte_order_mark_and_leaves_the_stream_open()
    {
        using var stream = new MemoryStream();

        CsvReportWriter.Write(ReportSamples.Small(), stream);

        var bytes = stream.ToArray();
        Assert.Equal((byte)'o', bytes[0]);
        Assert.Equal(SmallCsv, new UTF8Encoding(false, true).GetString(bytes));
        Assert.True(stream.CanWrite);
    }

    [Fact]
    public void Text_fields_survive_a_round_trip_through_an_RFC_4180_reader()
    {
        var chars = Gen.Elements('a', 'Ø', ' ', ',', '"', '\n', '\r', ';', 'x');
        var texts = from length in Gen.Choose(0, 8) from c in Gen.ArrayOf(chars, length) select new string(c);
        var rows = from count in Gen.Choose(1, 6) from values in Gen.ArrayOf(texts, count) select values;
        Prop.ForAll(rows.ToArbitrary(), values =>
        {
            var builder = new ReportTableBuilder("T").AddColumn("text", "Text", ReportColumnKind.Text).AddColumn("n", "N", ReportColumnKind.Number);
            foreach (var value in values)
            {
                builder.AddRow(ReportCell.FromText(value), ReportCell.FromNumber(value.Length / 3.0));
            }

            var records = ParseRfc4180(CsvReportWriter.ToCsv(builder.Build()));

            Assert.Equal(values.Length + 1, records.Count);
            for (var i = 0; i < values.Length; i++)
            {
                Assert.Equal(values[i], records[i + 1][0]);
                Assert.Equal(values[i].Length / 3.0, double.Parse(records[i + 1][1], System.Globalization.CultureInfo.InvariantCulture));
            }
        }).QuickCheckThrowOnFailure();
    }

    private static List<List<string>> ParseRfc4180(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"')
            {
                i++;
                while (!(csv[i] == '"' && (i + 1 == csv.Length || csv[i + 1] != '"')))
                {
                    field.Append(csv[i]);
                    i += csv[i] == '"' ? 2 : 1;
                }

                i++;
            }
            else if (csv[i] == ',')
            {
                record.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (csv[i] == '\r' && csv[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i += 2;
            }
            else
            {
                field.Append(csv[i++]);
            }
        }

        return records;
    }
}
