using Indikator.Core.Numerics;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Tests.RiskAdjustment;

/// <summary>
/// The residual pass of <see cref="LinearModel.FitMany"/> serves several outcomes from one fill of each design block.
/// Each outcome must get the bits of a pass of its own (residuals, sums of squares, cluster meat), at any thread count,
/// and the meat must be the cluster score sums' outer products (against a plain sum, 1e-12 relative).
/// </summary>
public class ResidualPassTests
{
    private const int P = 5;
    private const int Outcomes = 3;

    // Over one segment (262,144 rows) so that the pass is cut into segments that run in parallel.
    private const int Rows = 600_000;

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    [InlineData(false, true)]
    public void Outcomes_sharing_a_pass_get_the_bits_of_a_pass_each(bool contiguousClusters, bool weighted)
    {
        var (design, coefficients, w, cluster, clusters) = Problem(contiguousClusters, weighted, seed: 7);
        int[] kept = [0, 1, 3, 4];
        var expected = Enumerable.Range(0, Outcomes)
            .Select(g => ResidualPass.Run(design.Select([0, 1, 2, 3, 4, P + g]), P, [coefficients[g]], kept, w, cluster, clusters, Threads(1))[0])
            .ToArray();

        foreach (var threads in new[] { 1, 2, 3 })
        {
            var together = ResidualPass.Run(design, P, coefficients, kept, w, cluster, clusters, Threads(threads));
            for (var g = 0; g < Outcomes; g++)
            {
                Assert.Equal(expected[g].Residuals, together[g].Residuals);
                Assert.Equal(expected[g].Ssr, together[g].Ssr);
                Assert.Equal(expected[g].Within, together[g].Within);
                Assert.Equal(ClusterScoreSums.Meat(expected[g].Scores!, clusters), ClusterScoreSums.Meat(together[g].Scores!, clusters));
            }

            // Meat consumes the parts: run again for the next comparison.
            expected = Enumerable.Range(0, Outcomes)
                .Select(g => ResidualPass.Run(design.Select([0, 1, 2, 3, 4, P + g]), P, [coefficients[g]], kept, w, cluster, clusters, Threads(1))[0])
                .ToArray();
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_meat_is_the_sum_of_the_clusters_outer_products(bool contiguousClusters)
    {
        var (design, coefficients, w, cluster, clusters) = Problem(contiguousClusters, weighted: true, seed: 11);
        int[] kept = [0, 2, 3, 4];
        var sums = ResidualPass.Run(design, P, coefficients, kept, w, cluster, clusters, Threads(2));
        var columns = new double[P + Outcomes][];
        for (var c = 0; c < columns.Length; c++)
        {
            columns[c] = new double[Rows];
        }

        var block = new double[(P + Outcomes) * Rows];
        design.Fill(0, Rows, block);
        for (var g = 0; g < Outcomes; g++)
        {
            var s = new double[clusters * kept.Length];
            for (var i = 0; i < Rows; i++)
            {
                var e = block[((P + g) * Rows) + i];
                foreach (var j in kept)
                {
                    e -= coefficients[g][j] * block[(j * Rows) + i];
                }

                Assert.Equal(e, sums[g].Residuals[i], 1e-12);
                for (var a = 0; a < kept.Length; a++)
                {
                    s[(cluster[i] * kept.Length) + a] += w![i] * e * block[(kept[a] * Rows) + i];
                }
            }

            var meat = ClusterScoreSums.Meat(sums[g].Scores!, clusters);
            for (var a = 0; a < kept.Length; a++)
            {
                for (var b = 0; b < kept.Length; b++)
                {
                    var plain = 0.0;
                    for (var c = 0; c < clusters; c++)
                    {
                        plain += s[(c * kept.Length) + a] * s[(c * kept.Length) + b];
                    }

                    Assert.Equal(plain, meat[(a * kept.Length) + b], Math.Abs(plain) * 1e-12);
                }
            }
        }
    }

    private static ParallelOptions Threads(int threads) => new() { MaxDegreeOfParallelism = threads };

    /// <summary>A design of P columns (the constant first) and three outcomes, with person-like clusters: runs of
    /// 1-12 rows when contiguous, else 40 clusters scattered over the rows.</summary>
    private static (DesignSource Design, double[][] Coefficients, double[]? W, int[] Cluster, int Clusters) Problem(bool contiguousClusters, bool weighted, int seed)
    {
        var random = new Random(seed);
        var columns = new double[]?[P + Outcomes];
        for (var c = 1; c < columns.Length; c++)
        {
            var column = new double[Rows];
            for (var i = 0; i < Rows; i++)
            {
                column[i] = c == 2 ? random.Next(2) : (random.NextDouble() * 4) - 1;
            }

            columns[c] = column;
        }

        var coefficients = Enumerable.Range(0, Outcomes).Select(_ => Enumerable.Range(0, P).Select(_ => random.NextDouble() - 0.5).ToArray()).ToArray();
        var w = weighted ? Enumerable.Range(0, Rows).Select(_ => 0.5 + random.NextDouble()).ToArray() : null;
        var cluster = new int[Rows];
        var clusters = 0;
        if (contiguousClusters)
        {
            for (var i = 0; i < Rows; clusters++)
            {
                var run = Math.Min(Rows - i, 1 + random.Next(12));
                Array.Fill(cluster, clusters, i, run);
                i += run;
            }
        }
        else
        {
            clusters = 40;
            for (var i = 0; i < Rows; i++)
            {
                cluster[i] = random.Next(clusters);
            }
        }

        return (new MaterializedDesign(columns, Rows), coefficients, w, cluster, clusters);
    }
}
