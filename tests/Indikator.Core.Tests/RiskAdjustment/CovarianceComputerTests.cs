using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Tests.RiskAdjustment;

public class CovarianceComputerTests
{
    [Fact]
    public void Negative_eigenvalues_of_a_two_way_sum_are_set_to_zero()
    {
        // [[1, 2], [2, 1]] has eigenvalues 3 and -1 with eigenvectors (1, 1)/sqrt(2) and (1, -1)/sqrt(2);
        // dropping -1 leaves 3/2 [[1, 1], [1, 1]].
        var clipped = CovarianceComputer.ClipNegativeEigenvalues([1, 2, 2, 1], 2);
        Assert.All(clipped, v => Assert.Equal(1.5, v, 1e-12));
        double[] psd = [2, 1, 1, 2];
        Assert.Same(psd, CovarianceComputer.ClipNegativeEigenvalues(psd, 2));
    }

    [Fact]
    public void Descriptions_name_the_covariance_and_its_correction()
    {
        Assert.Contains("Clustered by office", CovarianceSpec.Cluster("office").Description, StringComparison.Ordinal);
        Assert.Contains("G/(G-1)", CovarianceSpec.Cluster("office").Description, StringComparison.Ordinal);
        Assert.Contains("no small-sample correction", CovarianceSpec.Cluster("office", SmallSampleCorrection.NoAdjustment).Description, StringComparison.Ordinal);
        Assert.Contains("HC3", CovarianceSpec.Robust(RobustType.HC3).Description, StringComparison.Ordinal);
        Assert.Contains("Two-way clustered by office and period", CovarianceSpec.TwoWayCluster("office", "period").Description, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => CovarianceSpec.TwoWayCluster("office", "office"));
        Assert.Equal(CovarianceSpec.Cluster("a"), CovarianceSpec.Cluster("a"));
    }
}
