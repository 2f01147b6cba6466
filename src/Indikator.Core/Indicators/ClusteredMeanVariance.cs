using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Indicators;

/// <summary>The cluster-robust (CR1) variance of a mean over n rows in g clusters, from per-cluster sums.</summary>
internal static class ClusteredMeanVariance
{
    /// <summary>
    /// sum over clusters of (S_g - m N_g)^2 times G/(G - 1) (<see cref="SmallSampleCorrection.ClusterFactor"/>), over
    /// n^2; with S_g the cluster's sum and N_g its row count, the square expands to the three sums passed in, so one
    /// pass over clusters serves every cell. NaN with fewer than two clusters.
    /// </summary>
    /// <param name="sumSquares">sum of S_g^2.</param>
    /// <param name="sumCross">sum of S_g N_g.</param>
    /// <param name="sumCountSquares">sum of N_g^2.</param>
    /// <param name="mean">The mean m.</param>
    /// <param name="n">The number of rows.</param>
    /// <param name="g">The number of clusters.</param>
    public static double Cr1(double sumSquares, double sumCross, double sumCountSquares, double mean, double n, int g)
    {
        if (g < 2)
        {
            return double.NaN;
        }

        var ss = sumSquares - (2 * mean * sumCross) + (mean * mean * sumCountSquares);
        return Math.Max(0, ss) * SmallSampleCorrection.Default.ClusterFactor(g) / (n * n);
    }
}
