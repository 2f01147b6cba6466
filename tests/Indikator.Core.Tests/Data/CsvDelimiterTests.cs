using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Data;

namespace Indikator.Core.Tests.Data;

public class CsvDelimiterTests
{
    /// <summary>The record ends a sequential delimiter finds, as offsets after each record's line break.</summary>
    private static List<int> RecordEnds(string text)
    {
        var data = text.AsSpan();
        var fields = new CsvRecordFields();
        var ends = new List<int>();
        var position = 0;
        while (true)
        {
            var result = CsvDelimiter<char>.Delimit(data, position, ',', final: true, fields, out var consumed, out _);
            if (result is CsvDelimited.EndOfData or CsvDelimited.Error)
            {
                return ends;
            }

            position += consumed;
            ends.Add(position);
        }
    }

    [Theory]
    [InlineData("a,b\nc,d\n", 8)]
    [InlineData("a,b\nc,d", 4)]
    [InlineData("a,\"b\nc\",d", -1)]
    [InlineData("a,\"b\nc\",d\ne", 10)]
    [InlineData("a,b\"c\nd,e", 6)]
    [InlineData("a,\"b\"\"\nc\"\nd", 10)]
    [InlineData("a,b\r", -1)]
    [InlineData("a,b\r\nc\r", 5)]
    [InlineData("x\n\"", 2)]
    [InlineData("x\n\"a\"", 2)]
    public void Last_record_end_follows_quotes(string text, int expected)
        => Assert.Equal(expected, CsvDelimiter<char>.FindLastRecordEnd(text, ','));

    [Fact]
    public void Last_record_end_is_a_record_end_of_the_sequential_delimiter()
    {
        // Fields with separators, quotes (also stray ones in unquoted fields) and line breaks, cut anywhere.
        var field = Gen.Elements("a", "", "\"q\"", "\"x,y\"", "\"two\nlines\"", "\"cr\rlf\r\n\"", "b\"c", "\"\"\"\"", "\"a\"\"\nb\"");
        var record = Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(field, n)).Select(f => string.Join(',', f));
        var cases =
            from records in Gen.NonEmptyListOf(record)
            from newline in Gen.Elements("\n", "\r\n", "\r")
            from cut in Gen.Choose(0, 1000)
            select (text: string.Join(newline, records) + newline, cut);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var prefix = c.text[..(c.cut % (c.text.Length + 1))];
            var end = CsvDelimiter<char>.FindLastRecordEnd(prefix, ',');
            var ends = RecordEnds(c.text).Where(e => e < prefix.Length || (e == prefix.Length && prefix[^1] == '\n')).ToList();

            // The last whole record of the full text that a cut at this point cannot change.
            var expected = ends.Count == 0 ? -1 : ends[^1];
            return end == expected;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Line_breaks_count_crlf_once_and_lone_cr_and_lf_each_once()
    {
        Assert.Equal(4, CsvDelimiter<char>.CountLineBreaks("a\r\nb\rc\nd\n"));
        Assert.Equal(4, CsvDelimiter<byte>.CountLineBreaks(Encoding.UTF8.GetBytes("a\r\nb\rc\nd\n")));
        Assert.Equal(2, CsvDelimiter<char>.CountLineBreaks("\r\r"));
    }
}
