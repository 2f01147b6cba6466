using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Data;

namespace Indikator.Core.Tests.Data;

public class CsvRecordScannerTests
{
    private static List<string[]> ReadAll(string csv, int bufferSize, char separator = ',')
    {
        var reader = new CsvRecordScanner<char>(new CsvCharSource(new StringReader(csv)), separator, CsvInput.CharByteOrderMark, "t", bufferSize);
        return Collect(() => reader.Read(), reader.Fields, i => reader.FieldText(i));
    }

    private static List<string[]> ReadAllBytes(string csv, int bufferSize, char separator = ',')
    {
        var source = new CsvByteSource([], new MemoryStream(Encoding.UTF8.GetBytes(csv)));
        var reader = new CsvRecordScanner<byte>(source, (byte)separator, CsvInput.Utf8ByteOrderMark, "t", bufferSize);
        return Collect(() => reader.Read(), reader.Fields, i => reader.FieldText(i));
    }

    private static List<string[]> Collect(Func<bool> read, CsvRecordFields fields, Func<int, string> text)
    {
        var records = new List<string[]>();
        while (read())
        {
            var values = new string[fields.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = text(i);
            }

            records.Add(values);
        }

        return records;
    }

    [Fact]
    public void Records_cut_by_the_buffer_end_read_the_same_for_any_buffer_size_as_chars_and_as_bytes()
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
            var bytes = ReadAllBytes(csv, c.bufferSize);

            // Lone surrogates do not survive UTF-8: compare the byte path with what UTF-8 makes of the text.
            var utf8 = c.records.Select(r => r.Select(f => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(f))).ToArray()).ToList();
            return read.Count == c.records.Count && read.Zip(c.records).All(p => p.First.SequenceEqual(p.Second))
                && bytes.Count == utf8.Count && bytes.Zip(utf8).All(p => p.First.SequenceEqual(p.Second));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Line_number_is_the_line_on_which_a_record_starts()
    {
        var reader = new CsvRecordScanner<char>(new CsvCharSource(new StringReader("a\n\"b\nc\"\r\n\nd\re\n")), ',', CsvInput.CharByteOrderMark, "t", 16);
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
        Assert.Equal(records, ReadAllBytes("a,\n,b,\"\"\n", 16));
    }
}
