using Indikator.Core.Numerics;
using MathNet.Numerics.Distributions;

namespace Indikator.Core.RiskAdjustment;

/// <summary>
/// The wild cluster bootstrap-t (restricted WCR or unrestricted WCU) of one coefficient, on the demeaned design, in
/// O(G p) per replication (O(G^2 + G p) when a fixed effect is not nested in the clusters).
/// </summary>
/// <remarks>
/// <para>Naming: k is the tested coefficient, p the number of kept coefficients, B = (X~'WX~)^-1 the bread,
/// b_k = B e_k its column k, S_g = sum_{i in g} w_i e_i x~_i the unrestricted cluster scores and
/// Z_g = sum_{i in g} w_i x~_i (x~_i' b_k) = H_g b_k with H_g the cluster's cross-product matrix.</para>
/// <para>The restricted estimate is beta~ = beta^ - b_k d with d = (beta^_k - r) / B_kk, so the restricted residuals
/// are e_i + d x~_i'b_k and the restricted scores S_g + d Z_g. A bootstrap sample y* = X~ beta~ + v_g u~ gives
/// beta*_k - r = sum_g v_g (a0_g + d a1_g) with a0_g = b_k'S_g, a1_g = b_k'Z_g, and the bootstrap scores of
/// coefficient k after the bread are u_g = v_g (a0_g + d a1_g) - Z_g' sum_h v_h (P_h + d Q_h), with P_h = B S_h and
/// Q_h = B Z_h. Each replication stores five numbers, N0 + d N1 for the numerator and the three sums of products of
/// u_g's two parts for the denominator, so the p-value at any r costs O(B): that is what makes the test inversion
/// cheap (Roodman, MacKinnon, Nielsen and Webb 2019, section 3; MacKinnon, Nielsen and Webb 2023). WCU is the case
/// d = 0 with t* compared to (beta^ - r) / se.</para>
/// <para>Fixed effects: the bootstrap model is the full model with its dummies, y* = y^r + v_g u~ refitted with the
/// fixed effects, so the bootstrap residuals are M_D y* - X~ beta*. When every fixed effect is nested in the clusters,
/// M_D (v o u~) = v o u~ and the scores above are exact. Otherwise (a period effect across regions) the first part of
/// u_g becomes sum_h v_h (A0_gh + d A1_gh) with A0_gh = sum_{i in g} w_i h_i [M_D (e 1_h)]_i and A1_gh the same with
/// h_i = x~_i'b_k in place of e_i: 2G extra projections once, then O(G^2) per replication. This is the definition of
/// the R reference in shared/reference/inference (lm with dummies refitted on every y*), which boottest's one-time
/// partialling out of non-nested fixed effects does not reproduce.</para>
/// </remarks>
internal static class WildClusterBootstrap
{
    private const int ChunkReplications = 256;
    private const double TieTolerance = 1e-10;
    private const double ProjectionTolerance = 1e-14;
    private const int MaxProjectionIterations = 100_000;

    public static WildBootstrapResult Run(LinearModelResult result, WildBootstrapSpec spec, CancellationToken cancellationToken)
    {
        var s = result.State.WithCancellation(cancellationToken);
        var k = IndexOf(result.CoefficientNames, spec.Coefficient);
        var (cluster, g) = CovarianceComputer.ClusterCodes(s.Frame, spec.Cluster);
        if (g < 2)
        {
            throw new ArgumentException($"The bootstrap needs at least two clusters of '{spec.Cluster}'; the used rows have {g}.", nameof(spec));
        }

        var p = s.KeptCount;
        var bread = s.Bread;
        var bk = new double[p];
        for (var j = 0; j < p; j++)
        {
            bk[j] = bread[(j * p) + k];
        }

        var nested = NestedInClusters(s.Frame, cluster, g);
        var h = nested ? null : new double[s.N];
        var (scores, z) = ClusterSums(s, cluster, g, bk, h);
        (double[] A0, double[] A1)? cross = null;
        var a0 = new double[g];
        var a1 = new double[g];
        var pm = new double[g * p];
        var qm = new double[g * p];
        var meat = 0.0;
        for (var c = 0; c < g; c++)
        {
            var sc = scores.AsSpan(c * p, p);
            var zc = z.AsSpan(c * p, p);
            a0[c] = DenseKernels.Dot(bk, sc);
            a1[c] = DenseKernels.Dot(bk, zc);
            meat += a0[c] * a0[c];
            for (var i = 0; i < p; i++)
            {
                var row = bread.AsSpan(i * p, p);
                pm[(c * p) + i] = DenseKernels.Dot(row, sc);
                qm[(c * p) + i] = DenseKernels.Dot(row, zc);
            }
        }

        if (h is not null)
        {
            cross = CellCrossClusterTerms(s, cluster, g, h, a0, a1) ?? CrossClusterTerms(s, cluster, g, h);
        }

        // The CR1 error under the result's own correction; its factor c = se^2 / sum a0^2 also scales the bootstrap
        // errors, so the t statistics are on the same footing (the p-value does not depend on c).
        var clustered = result.WithCovariance(CovarianceSpec.Cluster(spec.Cluster, result.Covariance.Correction), cancellationToken);
        var se = clustered.StandardErrors[k];
        var factor = meat > 0 ? se * se / meat : 1.0;
        var estimate = result.Estimates[k];
        var bkk = bread[(k * p) + k];

        var distinct = BootstrapDraws.DistinctDraws(spec.Weights, g, spec.Replications);
        var enumerated = distinct > 0;
        var replications = enumerated ? (int)distinct : spec.Replications;
        var stats = Replicate(spec, g, p, replications, enumerated, a0, a1, cross, pm, qm, z, cancellationToken);
        var restricted = spec.Type == WildBootstrapType.Restricted;
        var test = new Inverter(stats, estimate, se, bkk, factor, spec.PValueType, restricted);
        var pValue = test.PValue(spec.NullValue);
        double[]? tStars = null;
        if (spec.KeepBootstrapStatistics)
        {
            tStars = new double[replications];
            for (var b = 0; b < replications; b++)
            {
                tStars[b] = test.BootstrapT(b, spec.NullValue);
            }
        }

        var interval = test.Interval(1 - spec.ConfidenceLevel, g);
        return new WildBootstrapResult(
            spec.Coefficient,
            estimate,
            spec.NullValue,
            se,
            (estimate - spec.NullValue) / se,
            pValue,
            spec.PValueType,
            new ConfidenceInterval(spec.Coefficient, interval.Lower, interval.Upper),
            spec.ConfidenceLevel,
            replications,
            enumerated,
            spec.Weights,
            spec.Cluster,
            g,
            spec.Seed)
        {
            Type = spec.Type,
            BootstrapTStatistics = tStars,
        };
    }

    /// <summary>Whether every fixed effect of the fit has all its rows in one cluster per level.</summary>
    private static bool NestedInClusters(ModelFrame frame, int[] cluster, int g)
    {
        for (var f = 0; f < frame.FixedEffectCodes.Length; f++)
        {
            var codes = frame.FixedEffectCodes[f];
            var owner = new int[frame.FixedEffectLevels[f].Length];
            Array.Fill(owner, -1);
            for (var i = 0; i < codes.Length; i++)
            {
                var level = codes[i];
                if (owner[level] < 0)
                {
                    owner[level] = cluster[i];
                }
                else if (owner[level] != cluster[i])
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>A0 and A1 from cell sums, for two fixed effects whose cells (office x period) each lie in one cluster
    /// (true when either fixed effect is nested in the clusters): the projection of e 1_c depends only on its cell sums,
    /// which are those of e masked to the cells of cluster c, so one pass over the rows and one two-way solve per
    /// cluster on the cells suffice. Null when the design does not allow it.</summary>
    private static (double[] A0, double[] A1)? CellCrossClusterTerms(FitState s, int[] cluster, int g, double[] h, double[] a0, double[] a1)
    {
        var frame = s.Frame;
        if (frame.FixedEffectCodes.Length != 2)
        {
            return null;
        }

        var c0 = frame.FixedEffectCodes[0];
        var c1 = frame.FixedEffectCodes[1];
        var l0 = frame.FixedEffectLevels[0].Length;
        var l1 = frame.FixedEffectLevels[1].Length;
        var n = s.N;
        if ((long)l0 * l1 > Math.Max(4L * n, 1L << 20))
        {
            return null;
        }

        var cells = l0 * l1;
        var owner = new int[cells];
        Array.Fill(owner, -1);
        var nw = new double[cells];
        var se = new double[cells];
        var sh = new double[cells];
        var w = frame.Weights;
        var e = s.Residuals;
        for (var i = 0; i < n; i++)
        {
            var cell = (c0[i] * l1) + c1[i];
            if (owner[cell] < 0)
            {
                owner[cell] = cluster[i];
            }
            else if (owner[cell] != cluster[i])
            {
                return null;
            }

            var wi = w is null ? 1.0 : w[i];
            nw[cell] += wi;
            se[cell] += wi * e[i];
            sh[cell] += wi * h[i];
        }

        var solver = new TwoWaySolver(l0, l1, nw);
        if (!solver.IsWellPosed)
        {
            return null;
        }

        // A_gc = delta_gc a_g - sum over cells of cluster g of (sum w h) x the fixed-effect fit of the masked sums.
        var cross0 = new double[g * g];
        var cross1 = new double[g * g];
        var masked = new double[cells];
        for (var c = 0; c < g; c++)
        {
            cross0[(c * g) + c] = a0[c];
            cross1[(c * g) + c] = a1[c];
            foreach (var (sums, target) in new[] { (se, cross0), (sh, cross1) })
            {
                for (var cell = 0; cell < cells; cell++)
                {
                    masked[cell] = owner[cell] == c ? sums[cell] : 0;
                }

                var (f0, f1) = solver.Solve(masked);
                for (var cell = 0; cell < cells; cell++)
                {
                    if (owner[cell] >= 0)
                    {
                        target[(owner[cell] * g) + c] -= sh[cell] * (f0[cell / l1] + f1[cell % l1]);
                    }
                }
            }
        }

        return (cross0, cross1);
    }

    /// <summary>A0 and A1 (G x G, row g = the cluster whose scores are summed, column = the cluster whose residuals
    /// are projected): one fixed-effect projection of e 1_c and of h 1_c per cluster c, two row-sized columns at a time.</summary>
    private static (double[] A0, double[] A1) CrossClusterTerms(FitState s, int[] cluster, int g, double[] h)
    {
        var n = s.N;
        var w = s.Frame.Weights;
        var e = s.Residuals;
        var a0 = new double[g * g];
        var a1 = new double[g * g];
        var ze = new double[n];
        var zh = new double[n];
        for (var c = 0; c < g; c++)
        {
            for (var i = 0; i < n; i++)
            {
                var inside = cluster[i] == c;
                ze[i] = inside ? e[i] : 0;
                zh[i] = inside ? h[i] : 0;
            }

            var (me, mh) = Project(s, ze, zh);
            for (var i = 0; i < n; i++)
            {
                var wh = (w is null ? 1.0 : w[i]) * h[i];
                var at = (cluster[i] * g) + c;
                a0[at] += wh * me[i];
                a1[at] += wh * mh[i];
            }
        }

        return (a0, a1);
    }

    /// <summary>M_D applied to two columns: the exact cell projection for one or two fixed effects, alternating
    /// projections (to 1e-14) otherwise or when the two-way system is numerically singular.</summary>
    private static (double[] First, double[] Second) Project(FitState s, double[] first, double[] second)
    {
        var frame = s.Frame;
        var codes = frame.FixedEffectCodes;
        var levels = new int[codes.Length];
        for (var f = 0; f < levels.Length; f++)
        {
            levels[f] = frame.FixedEffectLevels[f].Length;
        }

        var n = s.N;
        if (codes.Length <= 2 && CellProjection.Build(codes, levels, frame.Weights, [DesignColumn.Numeric(first), DesignColumn.Numeric(second)], n, s.Parallel) is { } projection)
        {
            return (Subtract(first, projection.Tables[0], projection.Cell), Subtract(second, projection.Tables[1], projection.Cell));
        }

        var inverse = AlternatingProjections.InverseCounts(codes, levels, frame.Weights, n);
        var a = AlternatingProjections.Demean(codes, inverse, frame.Weights, first, ProjectionTolerance, MaxProjectionIterations, CancellationToken.None);
        var b = AlternatingProjections.Demean(codes, inverse, frame.Weights, second, ProjectionTolerance, MaxProjectionIterations, CancellationToken.None);
        return (a.Demeaned, b.Demeaned);
    }

    private static double[] Subtract(double[] x, double[]? table, int[]? cell)
    {
        var result = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            result[i] = table is null ? x[i] : x[i] - table[cell is null ? 0 : cell[i]];
        }

        return result;
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"The model has no estimated coefficient '{name}' (it may have been dropped); coefficients: {string.Join(", ", names)}.", nameof(name));
    }

    /// <summary>Per-cluster S_g and Z_g (G x p each), in one pass over the rows in order; also h_i = x~_i'b_k when
    /// <paramref name="hOut"/> is given.</summary>
    private static (double[] Scores, double[] Z) ClusterSums(FitState s, int[] cluster, int g, double[] bk, double[]? hOut)
    {
        var p = s.KeptCount;
        var n = s.N;
        var design = s.Design;
        var m = design.Columns;
        var w = s.Frame.Weights;
        var e = s.Residuals;
        var scores = new double[g * p];
        var z = new double[g * p];
        var buffer = new double[m * BlockGram.BlockRows];
        var h = new double[BlockGram.BlockRows];
        for (var start = 0; start < n; start += BlockGram.BlockRows)
        {
            var count = Math.Min(BlockGram.BlockRows, n - start);
            design.Fill(start, count, buffer.AsSpan(0, m * count));
            h.AsSpan(0, count).Clear();
            for (var j = 0; j < p; j++)
            {
                var col = buffer.AsSpan(s.Kept[j] * count, count);
                var b = bk[j];
                for (var r = 0; r < count; r++)
                {
                    h[r] += col[r] * b;
                }
            }

            if (hOut is not null)
            {
                h.AsSpan(0, count).CopyTo(hOut.AsSpan(start, count));
            }

            for (var j = 0; j < p; j++)
            {
                var col = buffer.AsSpan(s.Kept[j] * count, count);
                for (var r = 0; r < count; r++)
                {
                    var wi = w is null ? 1.0 : w[start + r];
                    var at = (cluster[start + r] * p) + j;
                    scores[at] += wi * e[start + r] * col[r];
                    z[at] += wi * h[r] * col[r];
                }
            }
        }

        return (scores, z);
    }

    /// <summary>Per replication: N0, N1, D00, D01, D11 (5 x B, replication-major).</summary>
    private static double[] Replicate(
        WildBootstrapSpec spec, int g, int p, int replications, bool enumerated, double[] a0, double[] a1, (double[] A0, double[] A1)? cross, double[] pm, double[] qm, double[] z,
        CancellationToken cancellationToken)
    {
        var stats = new double[5 * replications];
        var chunks = (replications + ChunkReplications - 1) / ChunkReplications;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = spec.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, chunks, parallel, chunk =>
        {
            var v = new double[g];
            var mp = new double[p];
            var mq = new double[p];
            var end = Math.Min(replications, (chunk + 1) * ChunkReplications);
            for (var b = chunk * ChunkReplications; b < end; b++)
            {
                if (enumerated)
                {
                    BootstrapDraws.Enumerate(spec.Weights, b, v);
                }
                else
                {
                    BootstrapDraws.Random(spec.Weights, spec.Seed, b, v);
                }

                Array.Clear(mp);
                Array.Clear(mq);
                double n0 = 0, n1 = 0;
                for (var c = 0; c < g; c++)
                {
                    var vc = v[c];
                    n0 += vc * a0[c];
                    n1 += vc * a1[c];
                    var offset = c * p;
                    for (var i = 0; i < p; i++)
                    {
                        mp[i] += vc * pm[offset + i];
                        mq[i] += vc * qm[offset + i];
                    }
                }

                double d00 = 0, d01 = 0, d11 = 0;
                for (var c = 0; c < g; c++)
                {
                    var offset = c * p;
                    double zp = 0, zq = 0;
                    for (var i = 0; i < p; i++)
                    {
                        zp += z[offset + i] * mp[i];
                        zq += z[offset + i] * mq[i];
                    }

                    double va0, va1;
                    if (cross is { } x)
                    {
                        va0 = DenseKernels.Dot(x.A0.AsSpan(c * g, g), v);
                        va1 = DenseKernels.Dot(x.A1.AsSpan(c * g, g), v);
                    }
                    else
                    {
                        va0 = v[c] * a0[c];
                        va1 = v[c] * a1[c];
                    }

                    var u0 = va0 - zp;
                    var u1 = va1 - zq;
                    d00 += u0 * u0;
                    d01 += u0 * u1;
                    d11 += u1 * u1;
                }

                var at = 5 * b;
                stats[at] = n0;
                stats[at + 1] = n1;
                stats[at + 2] = d00;
                stats[at + 3] = d01;
                stats[at + 4] = d11;
            }
        });

        return stats;
    }

    /// <summary>The p-value as a function of the null value r, and its inversion.</summary>
    private sealed class Inverter(double[] stats, double estimate, double se, double bkk, double factor, BootstrapPValueType type, bool restricted)
    {
        private const int MaxExpansions = 60;
        private const int MaxBisections = 200;

        /// <summary>t*_b at null value r: WCR imposes r through d, WCU resamples around beta^ whatever r is.</summary>
        public double BootstrapT(int b, double r) => TStar(b, restricted ? (estimate - r) / bkk : 0);

        public double PValue(double r)
        {
            var d = restricted ? (estimate - r) / bkk : 0;
            var t = (estimate - r) / se;
            var replications = stats.Length / 5;
            int above = 0, below = 0, outside = 0;

            // Under WCR a draw proportional to (1, ..., 1) reproduces +-t exactly in exact arithmetic and to ~1e-14 in
            // floating point; the tolerance counts it as the tie it is.
            var tolerance = TieTolerance * Math.Max(1.0, Math.Abs(t));
            for (var b = 0; b < replications; b++)
            {
                var tb = TStar(b, d);
                if (double.IsNaN(tb))
                {
                    continue;
                }

                if (Math.Abs(tb) >= Math.Abs(t) - tolerance)
                {
                    outside++;
                }

                if (tb >= t - tolerance)
                {
                    above++;
                }

                if (tb <= t + tolerance)
                {
                    below++;
                }
            }

            return type == BootstrapPValueType.Symmetric
                ? outside / (double)replications
                : Math.Min(1.0, 2.0 * Math.Min(above, below) / replications);
        }

        private double TStar(int b, double d)
        {
            var at = 5 * b;
            var numerator = stats[at] + (d * stats[at + 1]);
            var variance = factor * (stats[at + 2] + (2 * d * stats[at + 3]) + (d * d * stats[at + 4]));
            return numerator / Math.Sqrt(Math.Max(variance, 0));
        }

        public (double Lower, double Upper) Interval(double alpha, int clusters)
        {
            // Start from the analytic CR1 interval with t(G - 1) and walk outwards until the test rejects.
            var q = StudentT.InvCDF(0, 1, clusters - 1, 1 - (alpha / 2));
            return (Bound(-1, alpha, q), Bound(+1, alpha, q));
        }

        private double Bound(int side, double alpha, double q)
        {
            if (PValue(estimate) <= alpha)
            {
                return double.NaN;
            }

            var inside = estimate;
            var step = q * se;
            var outside = estimate + (side * step);
            var expansions = 0;
            while (PValue(outside) > alpha)
            {
                inside = outside;
                step *= 2;
                outside = estimate + (side * step);
                if (++expansions > MaxExpansions)
                {
                    return side * double.PositiveInfinity;
                }
            }

            // Bisect to the crossing: inside is not rejected, outside is. Stop at a relative width of 1e-10 of the
            // standard error, far below the resolution of a p-value from B draws.
            for (var i = 0; i < MaxBisections && Math.Abs(outside - inside) > 1e-10 * se; i++)
            {
                var mid = 0.5 * (inside + outside);
                if (PValue(mid) > alpha)
                {
                    inside = mid;
                }
                else
                {
                    outside = mid;
                }
            }

            return 0.5 * (inside + outside);
        }
    }
}
