using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Data;

namespace Indikator.Core.Tests.Data;

public class CsvLabelEncoderTests
{
    [Fact]
    public void Codes_are_in_order_of_first_appearance_as_bytes_and_as_chars()
    {
        var labels = Gen.ArrayOf(Gen.OneOf(
            Gen.Choose(0, 300).Select(i => "L" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.Elements(CsvText.AwkwardLabels)));
        Prop.ForAll(labels.ToArbitrary(), values =>
        {
            var bytes = new CsvLabelEncoder<byte>();
            var chars = new CsvLabelEncoder<char>();
            var reference = new CategoryEncoder();
            var same = values.All(v => bytes.Encode(Encoding.UTF8.GetBytes(v)) == reference.Encode(v) && chars.Encode(v.AsSpan()) == reference.Encode(v));
            return same && bytes.Levels().SequenceEqual(reference.Levels()) && chars.Levels().SequenceEqual(reference.Levels());
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Many_levels_survive_rehashing()
    {
        var encoder = new CsvLabelEncoder<byte>();
        for (var i = 0; i < 10_000; i++)
        {
            Assert.Equal(i, encoder.Encode(Encoding.UTF8.GetBytes(i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        Assert.Equal(10_000, encoder.Count);
        Assert.Equal(1234, encoder.Encode("1234"u8));
    }
}
