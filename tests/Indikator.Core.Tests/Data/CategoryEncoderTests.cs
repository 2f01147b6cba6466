using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Data;

namespace Indikator.Core.Tests.Data;

public class CategoryEncoderTests
{
    [Fact]
    public void Codes_and_levels_match_the_dictionary_encoder()
    {
        var labels = Gen.ArrayOf(Gen.OneOf(
            Gen.Choose(0, 300).Select(i => "L" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ArbMap.Default.ArbFor<string>().Generator.Where(s => s is not null)));
        Prop.ForAll(labels.ToArbitrary(), values =>
        {
            var span = new CategoryEncoder();
            var reference = new CategoryEncoder();
            var sameCodes = values.All(v => span.Encode(v.AsSpan()) == reference.Encode(v));
            return sameCodes && span.Levels().SequenceEqual(reference.Levels()) && span.Count == reference.Count;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Many_levels_survive_rehashing()
    {
        var encoder = new CategoryEncoder();
        for (var i = 0; i < 10_000; i++)
        {
            Assert.Equal(i, encoder.Encode(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.Equal(1234, encoder.Encode("1234"));
        Assert.Equal(10_000, encoder.Count);
    }
}
