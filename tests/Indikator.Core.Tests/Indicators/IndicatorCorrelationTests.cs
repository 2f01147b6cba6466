using FsCheck;
using FsCheck.Fluent;
using Indikator.Core.Indicators;

namespace Indikator.Core.Tests.Indicators;

public class IndicatorCorrelationTests
{
    [Fact]
    public void Spearman_uses_average_ranks_for_ties()
    {
        // Ranks of x: 0, 1.5, 1.5, 3; of y: 0, 1, 2, 3. Worked by hand: Pearson of those ranks = 0.9486833.
        double[] x = [1, 2, 2, 5];
        double[] y = [10, 20, 30, 40];

        Assert.Equal([0, 1.5, 1.5, 3], IndicatorCorrelation.Ranks(x));
        Assert.Equal(0.9486832980505138, IndicatorCorrelation.Spearman(x, y), 12);
    }

    [Fact]
    public void Pearson_of_a_linear_relation_is_one_and_of_a_constant_is_nan()
    {
        Assert.Equal(1.0, IndicatorCorrelation.Pearson([1, 2, 3], [2, 4, 6]), 14);
        Assert.Equal(-1.0, IndicatorCorrelation.Pearson([1, 2, 3], [3, 2, 1]), 14);
        Assert.True(double.IsNaN(IndicatorCorrelation.Pearson([1, 1, 1], [1, 2, 3])));
        Assert.Throws<ArgumentException>(() => IndicatorCorrelation.Pearson([1, 2], [1, 2, 3]));
    }

    [Fact]
    public void Spearman_is_unchanged_by_a_monotone_transformation()
    {
        Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(-1000, 1000).Select(i => i / 10.0)).Where(a => a.Length >= 3 && a.Distinct().Count() > 1).ToArbitrary(),
            values =>
            {
                var y = values.Select((v, i) => (double)((i * 7) % 11)).ToArray();
                var transformed = values.Select(v => Math.Exp(v / 50)).ToArray();
                var a = IndicatorCorrelation.Spearman(values, y);
                var b = IndicatorCorrelation.Spearman(transformed, y);
                return double.IsNaN(a) ? double.IsNaN(b) : Math.Abs(a - b) < 1e-12;
            }).QuickCheckThrowOnFailure();
    }
}
