using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Data;

namespace Indikator.Core.Tests.Data;

public class CsvRecordReaderTests
{
    private static List<string[]> ReadAll(string csv, int bufferSize, char separator = ',')
    {
        var reader = new CsvRecordReader(new StringReader(csv), separator, "t", bufferSize);
        var records = new List<string[]>();
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.Field(i).ToString();
            }

            records.Add(fields);
        }

        return records;
    }

    [Fact]
    public void Records_cut_by_the_buffer_end_read_the_same_for_any_buffer_size()
    {
        var field = Gen.OneOf(
            Gen.Elements(CsvText.AwkwardLabels),
            ArbMap.Default.ArbFor<string>().Generator.Where(s => s is not null));
        var cases =
            from records in Gen.NonEmptyListOf(Gen.NonEmptyListOf(field).Select(f => f.ToArray()))
            from newline in Gen.Elements("\n", "\r\n", "\r")
            from bufferSize in Gen.Choose(16, 80)
            select (records, newline, bufferSize);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var csv = CsvText.Join(c.records.Select(r => (IReadOnlyList<string>)r.Select(f => f.Length == 0 ? "\"\"" : CsvText.Field(f)).ToList()), c.newline);
            var read = ReadAll(csv, c.bufferSize);
            return read.Count == c.records.Count && read.Zip(c.records).All(p => p.First.SequenceEqual(p.Second));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Line_number_is_the_line_on_which_a_record_starts()
    {
        var reader = new CsvRecordReader(new StringReader("a\n\"b\nc\"\r\n\nd\re\n"), ',', "t", 16);
        var lines = new List<int>();
        while (reader.Read())
        {
            lines.Add(reader.LineNumber);
        }

        Assert.Equal([1, 2, 5, 6], lines);
    }

    [Fact]
    public void Empty_trailing_field_is_a_field()
    {
        var records = ReadAll("a,\n,b,\"\"\n", 16);
        Assert.Equal(["a", string.Empty], records[0]);
        Assert.Equal([string.Empty, "b", string.Empty], records[1]);
    }
}
