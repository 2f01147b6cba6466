using System.Text;
using Indikator.Core.Data;

namespace Indikator.Core.Tests.Data;

/// <summary>Encodings, separators and decimal commas: Norwegian Excel writes "CSV" in Windows-1252 with semicolons and
/// decimal commas.</summary>
public partial class CsvLoaderTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static readonly CsvSchema OfficeSchema = new CsvSchema().AddNumeric("x").AddCategorical("kontor");

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Windows_1252_labels_keep_distinct_offices_apart(int chunkSize)
    {
        // "Ås" and "Øs" are 0xC5 0x73 and 0xD8 0x73 in Windows-1252: not UTF-8, and one level if decoded as U+FFFD.
        var bytes = Windows1252.GetBytes("x,kontor\n1,Ås\n2,Øs\n3,Ås\n4,Bø\n");
        var options = new CsvReadOptions { Encoding = Windows1252, MaxDegreeOfParallelism = 4, ChunkSize = chunkSize };

        var table = CsvLoader.LoadTable(new MemoryStream(bytes), OfficeSchema, options);

        Assert.Equal(["Bø", "Ås", "Øs"], table.Categorical("kontor").Levels);
        Assert.Equal([1, 2, 1, 0], table.Categorical("kontor").Codes.ToArray());
        var viaText = CsvLoader.LoadTable(new StreamReader(new MemoryStream(bytes), Windows1252), OfficeSchema, Sequential);
        Assert.True(SameTable(viaText, table));
    }

    [Fact]
    public void Windows_1252_header_is_decoded()
    {
        var bytes = Windows1252.GetBytes("x,område\n1,a\n");
        var table = CsvLoader.LoadTable(new MemoryStream(bytes), new CsvSchema().AddNumeric("x").AddCategorical("område"), new CsvReadOptions { Encoding = Windows1252 });
        Assert.Equal(["a"], table.Categorical("område").Levels);
    }

    [Fact]
    public void Latin1_is_read_as_bytes_too()
    {
        var bytes = Encoding.Latin1.GetBytes("x,kontor\n1,Ås\n2,Øs\n");
        var table = CsvLoader.LoadTable(new MemoryStream(bytes), OfficeSchema, new CsvReadOptions { Encoding = Encoding.Latin1 });
        Assert.Equal(["Ås", "Øs"], table.Categorical("kontor").Levels);
    }

    [Fact]
    public void Windows_1252_read_as_utf8_is_an_error_naming_file_line_and_column()
    {
        var path = Path.Combine(Path.GetTempPath(), $"indikator-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllBytes(path, Windows1252.GetBytes("x,kontor\n1,Bø\n2,Oslo\n3,Ås\n"));
            var ex = Assert.Throws<CsvDataException>(() => CsvLoader.LoadTable(path, OfficeSchema));
            AssertLocation(ex, path, 2, "kontor", "is not valid UTF-8");
            Assert.Contains("Windows-1252", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_header_that_is_not_utf8_is_an_error_on_line_1()
    {
        var ex = Assert.Throws<CsvDataException>(() => CsvLoader.LoadTable(new MemoryStream(Windows1252.GetBytes("x,område\n1,a\n")), OfficeSchema, sourceName: "h.csv"));
        AssertLocation(ex, "h.csv", 1, null, "field 2 is not valid UTF-8");
    }

    [Fact]
    public void Utf16_encoding_option_decodes_the_text()
    {
        var bytes = Encoding.Unicode.GetBytes("x,kontor\n1,Ås\n");
        var table = CsvLoader.LoadTable(new MemoryStream(bytes), OfficeSchema, new CsvReadOptions { Encoding = Encoding.Unicode });
        Assert.Equal(["Ås"], table.Categorical("kontor").Levels);
    }

    [Theory]
    [InlineData("1,5", 1.5)]
    [InlineData("-0,25", -0.25)]
    [InlineData("12", 12)]
    [InlineData("1,5e3", 1500)]
    [InlineData("12345678901234567890,5", 12345678901234567890.5)]
    public void Decimal_comma_numbers_are_read(string text, double expected)
    {
        var options = new CsvReadOptions { Separator = ';', DecimalSeparator = ',' };
        var table = CsvLoader.LoadTable(new StringReader($"x;kontor\n{text};a\n"), OfficeSchema, options);
        Assert.Equal(expected, table.Numeric("x").Values.Span[0]);
        var bytes = CsvLoader.LoadTable(new MemoryStream(Encoding.UTF8.GetBytes($"x;kontor\n{text};a\n")), OfficeSchema, options);
        Assert.Equal(expected, bytes.Numeric("x").Values.Span[0]);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("1.234,5")]
    public void A_point_with_a_decimal_comma_is_not_a_number(string text)
    {
        var options = new CsvReadOptions { Separator = ';', DecimalSeparator = ',' };
        var ex = Assert.Throws<CsvDataException>(() => CsvLoader.LoadTable(new StringReader($"x;kontor\n{text};a\n"), OfficeSchema, options, "d.csv"));
        AssertLocation(ex, "d.csv", 2, "x", "decimal comma");
        Assert.DoesNotContain(text, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decimal_comma_needs_another_separator()
        => Assert.Throws<ArgumentException>(() => CsvLoader.LoadTable(new StringReader("x\n1\n"), new CsvSchema().AddNumeric("x"), new CsvReadOptions { DecimalSeparator = ',' }));

    [Fact]
    public void Decimal_separator_must_be_point_or_comma()
        => Assert.Throws<ArgumentException>(() => CsvLoader.LoadTable(new StringReader("x\n1\n"), new CsvSchema().AddNumeric("x"), new CsvReadOptions { Separator = ';', DecimalSeparator = '_' }));

    [Fact]
    public void A_semicolon_header_read_with_commas_gets_a_hint()
    {
        var ex = Assert.Throws<CsvDataException>(() => CsvLoader.LoadTable(new StringReader("x;kontor\n1,5;a\n"), OfficeSchema, sourceName: "s.csv"));
        AssertLocation(ex, "s.csv", 1, "x", "the header looks ';'-separated");
    }
}
