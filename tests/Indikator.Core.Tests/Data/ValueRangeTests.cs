using Indikator.Core.Data;

namespace Indikator.Core.Tests.Data;

public class ValueRangeTests
{
    [Theory]
    [InlineData(16, true)]
    [InlineData(67, true)]
    [InlineData(15.999, false)]
    [InlineData(67.001, false)]
    [InlineData(double.NaN, false)]
    public void Contains_is_inclusive_and_false_for_NaN(double value, bool expected)
        => Assert.Equal(expected, new ValueRange(16, 67).Contains(value));

    [Theory]
    [InlineData(2, 1)]
    [InlineData(double.NaN, 1)]
    [InlineData(0, double.NaN)]
    public void Invalid_bounds_are_rejected(double min, double max)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new ValueRange(min, max));

    [Fact]
    public void Formats_in_the_invariant_culture()
        => Assert.Equal("[0.5, 1E+300]", new ValueRange(0.5, 1e300).ToString());
}
