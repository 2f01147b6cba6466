using Indikator.Core.Data;
using Indikator.Core.Indicators.Work;

namespace Indikator.Core.Tests.Indicators.Work;

public sealed class BandedCovariateTests
{
    [Fact]
    public void Bands_include_their_lower_bound_and_missing_values_stay_missing()
    {
        var band = new BandedCovariate("age", [25, 30, 60]);
        Assert.Equal(["<25", "25-30", "30-60", ">=60"], band.Levels());
        Assert.Equal([0, 1, 1, 2, 3, 3, CategoricalColumn.MissingCode], band.Codes([20, 25, 29.99, 30, 60, 80, double.NaN]));
        Assert.Equal("age_band", band.BandColumn);
    }

    [Fact]
    public void Cut_points_must_increase()
    {
        Assert.Throws<ArgumentException>(() => new BandedCovariate("age", [30, 25]).Validate());
        Assert.Throws<ArgumentException>(() => new BandedCovariate("age", []).Validate());
        Assert.Throws<ArgumentException>(() => new BandedCovariate("age", [double.NaN]).Validate());
    }
}
