using System.Runtime.CompilerServices;
using Indikator.Core.Data;
using Indikator.Core.Numerics;

namespace Indikator.Core.RiskAdjustment;

/// <summary>Sandwich covariances from a <see cref="FitState"/>; see <see cref="CovarianceSpec"/> and docs/risk-adjustment.md.</summary>
internal static class CovarianceComputer
{
    private const int SegmentRows = 4 * BlockGram.ChunkRows;
    private const long SegmentBudget = 32L * 1024 * 1024;

    public sealed record Output(double[] Matrix, double DegreesOfFreedom, int[] ClusterCounts, int K);

    public static Output Compute(FitState s, CovarianceSpec spec)
    {
        var hasFe = s.Frame.FixedEffectNames.Length > 0;
        if (spec.Type != CovarianceType.Cluster)
        {
            return Combine(new Inputs(spec, s.N, s.KeptCount, s.FixedEffectParameters, hasFe, s.Bread, s.Ssr)
            {
                RobustMeat = () => Extract(BlockGram.Compute(s.Design, RobustRowScale(s, spec.RobustType), s.Parallel), s.Design.Columns, s.Kept),
            });
        }

        var columns = spec.Clusters;
        var codes = new int[columns.Count][];
        var counts = new int[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            (codes[c], counts[c]) = ClusterCodes(s.Frame, columns[c]);
        }

        return Combine(new Inputs(spec, s.N, s.KeptCount, s.FixedEffectParameters, hasFe, s.Bread, s.Ssr)
        {
            ClusterCounts = counts,
            NestedLevels = NestedLevels(s, codes),
            ClusterMeat = Meat,
        });

        (double[] Meat, int Count) Meat(int c)
        {
            if (c < codes.Length)
            {
                return (ClusterMeat(s, codes[c], counts[c]), counts[c]);
            }

            var (both, bothCount) = Intersect(codes[0], counts[0], codes[1], counts[1]);
            return (ClusterMeat(s, both, bothCount), bothCount);
        }
    }

    /// <summary>What a covariance needs beyond the bread: the meats, computed on demand by whoever holds the rows
    /// (the in-memory fit from its residuals, the database fit with a second aggregate pass).</summary>
    /// <param name="Spec">The covariance.</param>
    /// <param name="N">Rows used.</param>
    /// <param name="P">Kept coefficients.</param>
    /// <param name="FixedEffectParameters">Fixed-effect parameters net of redundancies.</param>
    /// <param name="HasFixedEffects">Whether fixed effects were absorbed.</param>
    /// <param name="Bread">(X~'WX~)^-1 over the kept columns.</param>
    /// <param name="Ssr">Weighted sum of squared residuals.</param>
    internal sealed record Inputs(CovarianceSpec Spec, int N, int P, int FixedEffectParameters, bool HasFixedEffects, double[] Bread, double Ssr)
    {
        /// <summary>Gets sum_i (w_i e_i)^2 x~_i x~_i' (scaled by leverage for HC2/HC3), for robust covariances.</summary>
        public Func<double[]>? RobustMeat { get; init; }

        /// <summary>Gets the number of clusters of each cluster column.</summary>
        public int[] ClusterCounts { get; init; } = [];

        /// <summary>Gets sum over the fixed effects nested in a cluster column of (levels - 1), for fixest's "nested" K.</summary>
        public int NestedLevels { get; init; }

        /// <summary>Gets sum_g S_g S_g' for cluster column c, and for c = 2 that of the intersection of the two with its count.</summary>
        public Func<int, (double[] Meat, int Count)>? ClusterMeat { get; init; }
    }

    /// <summary>The factor a covariance multiplies the sandwich by: (n - 1)/(n - K) and, for one cluster variable, G/(G - 1), as the correction asks.</summary>
    internal static double SmallSampleFactor(CovarianceSpec spec, int observations, int k, IReadOnlyList<int> clusterCounts)
    {
        var correction = spec.Correction;
        var n = (double)observations;
        var factor = correction.Adjust ? (n - 1) / (n - k) : 1.0;
        return clusterCounts.Count == 1 && correction.ClusterAdjust && clusterCounts[0] > 1
            ? factor * clusterCounts[0] / (clusterCounts[0] - 1.0)
            : factor;
    }

    /// <summary>The covariance rules: small-sample factors, K, degrees of freedom and the sandwiches, in one place.</summary>
    internal static Output Combine(Inputs s)
    {
        var spec = s.Spec;
        var p = s.P;
        var n = s.N;
        var correction = spec.Correction;
        var kFull = p + s.FixedEffectParameters;
        double[] working;
        var clusterCounts = Array.Empty<int>();
        var k = kFull;
        double df = n - kFull;
        switch (spec.Type)
        {
            case CovarianceType.Iid:
                {
                    k = correction.FixedEffects == FixedEffectDof.None ? p : kFull;
                    var scale = s.Ssr / (n - 1) * correction.ResidualFactor(n, k);
                    working = Scale(s.Bread, scale);
                    break;
                }

            case CovarianceType.Robust:
                {
                    if (s.HasFixedEffects && spec.RobustType is RobustType.HC2 or RobustType.HC3)
                    {
                        throw new ArgumentException(
                            $"{spec.RobustType} needs the leverage of each row, which is not available once fixed effects are absorbed; use HC1 or a clustered covariance.",
                            nameof(s));
                    }

                    k = correction.FixedEffects == FixedEffectDof.None ? p : kFull;
                    working = Scale(Sandwich(s.Bread, p, s.RobustMeat!()), correction.RobustFactor(spec.RobustType, n, k));
                    break;
                }

            default:
                {
                    var counts = s.ClusterCounts;
                    for (var c = 0; c < counts.Length && c < spec.Clusters.Count; c++)
                    {
                        if (counts[c] < 2)
                        {
                            // G / (G - 1) and the t distribution with G - 1 degrees of freedom need two clusters; one
                            // cluster gives a zero meat and no degrees of freedom, so refuse here, before a result exists.
                            throw new ArgumentException(
                                $"Cluster column '{spec.Clusters[c]}' has {counts[c]} cluster(s) in the rows used: clustered standard errors need at least 2. Use CovarianceSpec.Iid() or Robust(), or another cluster column.",
                                nameof(s));
                        }
                    }

                    k = correction.FixedEffects switch
                    {
                        FixedEffectDof.None => p,
                        FixedEffectDof.Full => kFull,
                        _ => kFull - s.NestedLevels,
                    };
                    var adjust = correction.ResidualFactor(n, k);
                    var gMin = counts.Min();
                    if (counts.Length == 1)
                    {
                        var v = Sandwich(s.Bread, p, s.ClusterMeat!(0).Meat);
                        working = Scale(v, adjust * correction.ClusterFactor(counts[0]));
                    }
                    else
                    {
                        var v1 = Sandwich(s.Bread, p, s.ClusterMeat!(0).Meat);
                        var v2 = Sandwich(s.Bread, p, s.ClusterMeat(1).Meat);
                        var (meat12, bothCount) = s.ClusterMeat(2);
                        var v12 = Sandwich(s.Bread, p, meat12);
                        var (f1, f2, f12) = correction.TwoWayClusterFactors(counts[0], counts[1], bothCount);
                        working = new double[p * p];
                        for (var i = 0; i < working.Length; i++)
                        {
                            working[i] = adjust * ((f1 * v1[i]) + (f2 * v2[i]) - (f12 * v12[i]));
                        }

                        working = ClipNegativeEigenvalues(working, p);
                    }

                    clusterCounts = counts;
                    df = correction.TDistribution == TDistributionDof.Min ? gMin - 1 : n - kFull;
                    break;
                }
        }

        return new Output(working, df, clusterCounts, k);
    }

    /// <summary>V_1 + V_2 - V_12 need not be positive semi-definite; as fixest (<c>vcov_fix</c>) and Cameron, Gelbach and
    /// Miller (2011, section 2.3) suggest, negative eigenvalues are set to zero. A matrix without them is returned as is.</summary>
    internal static double[] ClipNegativeEigenvalues(double[] v, int p)
    {
        if (p == 0)
        {
            return v;
        }

        var matrix = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(p, p, (i, j) => v[(i * p) + j]);
        var evd = matrix.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(c => c.Real).ToArray();
        if (values.Min() >= 0)
        {
            return v;
        }

        var q = evd.EigenVectors;
        var clipped = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DiagonalOfDiagonalArray(values.Select(x => Math.Max(x, 0)).ToArray());
        var fixedMatrix = q * clipped * q.Transpose();
        var result = new double[p * p];
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < p; j++)
            {
                result[(i * p) + j] = fixedMatrix[i, j];
            }
        }

        return result;
    }

    private static double[] Scale(double[] m, double f)
    {
        var r = new double[m.Length];
        for (var i = 0; i < m.Length; i++)
        {
            r[i] = m[i] * f;
        }

        return r;
    }

    /// <summary>fixest's "nested" rule: a fixed effect nested in a cluster variable counts one parameter instead of its
    /// number of levels, K = K_full - sum over nested f of (L_f - 1); this is that sum.</summary>
    private static int NestedLevels(FitState s, int[][] clusterCodes)
    {
        var frame = s.Frame;
        var nestedLevels = 0;
        for (var f = 0; f < frame.FixedEffectCodes.Length; f++)
        {
            for (var c = 0; c < clusterCodes.Length; c++)
            {
                if (ReferenceEquals(clusterCodes[c], frame.FixedEffectCodes[f]) || IsNested(frame.FixedEffectCodes[f], frame.FixedEffectLevels[f].Length, clusterCodes[c]))
                {
                    nestedLevels += frame.FixedEffectLevels[f].Length - 1;
                    break;
                }
            }
        }

        return nestedLevels;
    }

    private static bool IsNested(int[] fe, int levels, int[] cluster)
    {
        var first = new int[levels];
        Array.Fill(first, -1);
        for (var i = 0; i < fe.Length; i++)
        {
            ref var f = ref first[fe[i]];
            if (f < 0)
            {
                f = cluster[i];
            }
            else if (f != cluster[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The dense codes of a cluster column over the frame's rows and their count, computed once per frame
    /// group (<see cref="ModelFrame.ClusterCodes"/>).</summary>
    public static (int[] Codes, int Count) ClusterCodes(ModelFrame frame, string column)
        => frame.ClusterCodes.GetOrAdd(column, static (name, f) => DenseClusterCodes(f, name), frame);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int[] Codes, int Count) DenseClusterCodes(ModelFrame frame, string column)
    {
        var fe = Array.IndexOf(frame.FixedEffectNames, column);
        if (fe >= 0)
        {
            return (frame.FixedEffectCodes[fe], frame.FixedEffectLevels[fe].Length);
        }

        if (!frame.Source.TryGetCategorical(column, out var cat))
        {
            throw new ArgumentException($"The data have no categorical cluster column '{column}'.", nameof(column));
        }

        var rows = frame.UsedRows;
        var codes = cat.CodeArray;
        for (var i = 0; i < frame.Rows; i++)
        {
            if (codes[rows is null ? i : rows[i]] == CategoricalColumn.MissingCode)
            {
                throw new ArgumentException(
                    $"Cluster column '{column}' is missing in row {(rows is null ? i : rows[i])}, which the fit used; name the cluster column in the fit's covariance so such rows are removed.",
                    nameof(column));
            }
        }

        var (dense, levels) = ModelFrame.Densify(cat, rows);
        return (dense, levels.Length);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static (int[] Codes, int Count) Intersect(int[] a, int ga, int[] b, int gb)
    {
        var codes = new int[a.Length];
        var count = 0;
        if ((long)ga * gb <= 16_000_000)
        {
            var map = new int[ga * gb];
            Array.Fill(map, -1);
            for (var i = 0; i < a.Length; i++)
            {
                ref var m = ref map[(a[i] * gb) + b[i]];
                if (m < 0)
                {
                    m = count++;
                }

                codes[i] = m;
            }
        }
        else
        {
            var map = new Dictionary<long, int>();
            for (var i = 0; i < a.Length; i++)
            {
                var key = ((long)a[i] * gb) + b[i];
                if (!map.TryGetValue(key, out var m))
                {
                    m = count++;
                    map[key] = m;
                }

                codes[i] = m;
            }
        }

        return (codes, count);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] RobustRowScale(FitState s, RobustType type)
    {
        var n = s.N;
        var w = s.Frame.Weights;
        var e = s.Residuals;
        var scale = new double[n];
        for (var i = 0; i < n; i++)
        {
            var wi = w is null ? 1.0 : w[i];
            scale[i] = wi * wi * e[i] * e[i];
        }

        if (type is RobustType.HC2 or RobustType.HC3)
        {
            var h = Leverage(s);
            for (var i = 0; i < n; i++)
            {
                var d = 1 - h[i];
                scale[i] = type == RobustType.HC2 ? scale[i] / d : scale[i] / (d * d);
            }
        }

        return scale;
    }

    /// <summary>h_i = w_i x~_i' B x~_i.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] Leverage(FitState s)
    {
        var design = s.Design;
        var m = design.Columns;
        var p = s.KeptCount;
        var n = s.N;
        var h = new double[n];
        var w = s.Frame.Weights;
        var buffer = new double[m * BlockGram.BlockRows];
        var x = new double[p];
        for (var start = 0; start < n; start += BlockGram.BlockRows)
        {
            var count = Math.Min(BlockGram.BlockRows, n - start);
            design.Fill(start, count, buffer.AsSpan(0, m * count));
            for (var r = 0; r < count; r++)
            {
                for (var j = 0; j < p; j++)
                {
                    x[j] = buffer[(s.Kept[j] * count) + r];
                }

                var q = 0.0;
                for (var i = 0; i < p; i++)
                {
                    var t = 0.0;
                    for (var j = 0; j < p; j++)
                    {
                        t += s.Bread[(i * p) + j] * x[j];
                    }

                    q += x[i] * t;
                }

                h[start + r] = (w is null ? 1.0 : w[start + r]) * q;
            }
        }

        return h;
    }

    /// <summary>sum_g S_g S_g' with S_g = sum over rows of cluster g of w_i e_i x~_i (kept columns): the fit's, when it
    /// computed it for these codes in its residual pass, else the same loop over the residuals, so the bits are equal.</summary>
    private static double[] ClusterMeat(FitState s, int[] cluster, int g)
    {
        if (s.CachedMeat is { } cached && ReferenceEquals(cached.Codes, cluster))
        {
            return (double[])cached.Meat.Clone();
        }

        var p = s.KeptCount;
        var (bounds, streaming) = Segments(s.N, cluster, g, p);
        var parts = new ClusterScoreSums[bounds.Length - 1];
        Parallel.For(0, parts.Length, s.Parallel, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (seg) =>
        {
            var sums = ClusterScoreSums.Create(p, g, streaming);
            var design = s.Design;
            var m = design.Columns;
            var buffer = new double[m * BlockGram.BlockRows];
            var factor = new double[BlockGram.BlockRows];
            var rows = new double[p * BlockGram.BlockRows];
            var w = s.Frame.Weights;
            var e = s.Residuals;
            var end = bounds[seg + 1];
            for (var start = bounds[seg]; start < end; start += BlockGram.BlockRows)
            {
                var count = Math.Min(BlockGram.BlockRows, end - start);
                design.Fill(start, count, buffer.AsSpan(0, m * count));
                ClusterScoreSums.Transpose(buffer, count, s.Kept, rows);
                for (var r = 0; r < count; r++)
                {
                    factor[r] = (w is null ? 1.0 : w[start + r]) * e[start + r];
                }

                sums.AddRows(rows, count, cluster.AsSpan(start, count), factor.AsSpan(0, count));
            }

            parts[seg] = sums;
        });

        return ClusterScoreSums.Meat(parts, g);
    }

    /// <summary>The fixed cut of the rows for a pass that sums scores, as segment boundaries (segments + 1 of them), and
    /// whether the segments stream (<see cref="ClusterScoreSums"/>). Clusters that are contiguous runs are cut at the
    /// first run boundary from each multiple of <see cref="SegmentRows"/>; other clusters (and no cluster,
    /// <paramref name="cluster"/> null) at the multiples themselves, or not at all when G x p partial sums per segment
    /// would exceed the budget. Depends on the data only, never on the thread count.</summary>
    public static (int[] Bounds, bool Streaming) Segments(int n, int[]? cluster, int g, int p)
    {
        if (cluster is not null && IsContiguous(cluster, g))
        {
            var runs = new List<int> { 0 };
            for (var nominal = SegmentRows; nominal < n; nominal += SegmentRows)
            {
                var j = Math.Max(nominal, runs[^1] + 1);
                while (j < n && cluster[j] == cluster[j - 1])
                {
                    j++;
                }

                if (j < n)
                {
                    runs.Add(j);
                }
            }

            runs.Add(n);
            return ([.. runs], true);
        }

        var segments = (n + SegmentRows - 1) / SegmentRows;
        if (segments <= 1 || (cluster is not null && (long)segments * g * p > SegmentBudget))
        {
            return ([0, n], false);
        }

        var bounds = new int[segments + 1];
        for (var seg = 0; seg < segments; seg++)
        {
            bounds[seg] = seg * SegmentRows;
        }

        bounds[segments] = n;
        return (bounds, false);
    }

    /// <summary>Whether each cluster's rows form one contiguous run.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsContiguous(int[] cluster, int g)
    {
        var seen = new bool[g];
        var previous = -1;
        foreach (var c in cluster)
        {
            if (c != previous)
            {
                if (seen[c])
                {
                    return false;
                }

                seen[c] = true;
                previous = c;
            }
        }

        return true;
    }

    private static double[] Extract(double[] full, int m, int[] kept)
    {
        var p = kept.Length;
        var r = new double[p * p];
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < p; j++)
            {
                r[(i * p) + j] = full[(kept[i] * m) + kept[j]];
            }
        }

        return r;
    }

    /// <summary>B M B.</summary>
    private static double[] Sandwich(double[] bread, int p, double[] meat)
        => SymmetricSolver.Congruence(bread, p, p, meat);
}
