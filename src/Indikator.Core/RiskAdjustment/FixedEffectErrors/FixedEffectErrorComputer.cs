using Indikator.Core.Numerics;

namespace Indikator.Core.RiskAdjustment;

/// <summary>
/// Standard errors of within-fixed-effect contrasts c'alpha, slope uncertainty included, under the result's covariance.
/// </summary>
/// <remarks>
/// <para>Naming: D holds the fixed-effect dummies, W the weights, B = (X~'WX~)^-1 the bread, x~ the demeaned design
/// and e the residuals. For a contrast c (a vector over the levels of one fixed effect, summing to zero within every
/// connected component) let u solve D'WD u = c and q_i = (D u)_i = u_A[a(i)] + u_B[b(i)]. Then with d = X'W D u,
/// c'alpha^ = sum_i l_i y_i with l_i = w_i (q_i - d'B x~_i), exactly the estimator of the same contrast in the
/// regression on X and the dummies, because sum_i w_i q_i x~_i = 0. Its variance follows the sandwich of that
/// regression: IID s^2 sum_i l_i^2 / w_i = s^2 (sum_i w_i q_i^2 + d'B d); robust sum_i l_i^2 e_i^2; clustered
/// sum_g (sum_{i in g} l_i e_i)^2, each with the result's small-sample factors.</para>
/// <para>Everything per contrast runs on aggregates: cells (combinations of fixed-effect levels) for q and d, and
/// (cluster, cell) pairs for the clustered sums, so a contrast costs O(cells p + pairs + clusters p), not O(n p).</para>
/// </remarks>
internal sealed class FixedEffectErrorComputer
{
    private readonly FitState _s;
    private readonly CovarianceSpec _spec;
    private readonly int _k;
    private readonly int _p;
    private readonly int[] _cellOfRow;
    private readonly int[] _cellA;
    private readonly int[] _cellB;
    private readonly double[] _cellWeight;
    private readonly double[] _cellX; // cells x p: sum w x (raw design)
    private readonly double[] _cellR = []; // robust: sum w^2 e^2
    private readonly double[] _cellT = []; // robust: cells x p, sum w^2 e^2 x~
    private readonly double[] _robustMeat = []; // robust: p x p, sum w^2 e^2 x~ x~'
    private readonly ClusterAggregate[] _clusters = [];

    public FixedEffectErrorComputer(FitState s, CovarianceSpec spec, int smallSampleK)
    {
        _s = s;
        _spec = spec;
        _k = smallSampleK;
        _p = s.KeptCount;
        var frame = s.Frame;
        var codes = frame.FixedEffectCodes;
        var lb = codes.Length == 2 ? frame.FixedEffectLevels[1].Length : 1;
        (_cellOfRow, _cellA, _cellB) = Cells(codes, lb, s.N);
        var cells = _cellA.Length;
        _cellWeight = new double[cells];
        _cellX = new double[cells * _p];
        var robust = spec.Type == CovarianceType.Robust;
        if (robust)
        {
            _cellR = new double[cells];
            _cellT = new double[cells * _p];
            _robustMeat = new double[_p * _p];
        }

        if (spec.Type == CovarianceType.Cluster)
        {
            var columns = spec.Clusters;
            var list = new List<ClusterAggregate>();
            var first = CovarianceComputer.ClusterCodes(s.Frame, columns[0]);
            list.Add(new ClusterAggregate(first.Codes, first.Count, _cellOfRow, _p));
            if (columns.Count == 2)
            {
                var second = CovarianceComputer.ClusterCodes(s.Frame, columns[1]);
                var both = CovarianceComputer.Intersect(first.Codes, first.Count, second.Codes, second.Count);
                list.Add(new ClusterAggregate(second.Codes, second.Count, _cellOfRow, _p));
                list.Add(new ClusterAggregate(both.Codes, both.Count, _cellOfRow, _p));
            }

            _clusters = [.. list];
        }

        Accumulate(robust);
    }

    public FixedEffectLevelEstimates[] Compute(FixedEffectEstimates[] values, FixedEffectContrast contrast)
    {
        var frame = _s.Frame;
        var f = frame.FixedEffectCodes.Length;
        var la = frame.FixedEffectLevels[0].Length;
        var lb = f == 2 ? frame.FixedEffectLevels[1].Length : 0;
        var system = new FixedEffectLevelSystem(la, lb, _cellA, _cellB, _cellWeight);
        var result = new FixedEffectLevelEstimates[f];
        for (var fe = 0; fe < f; fe++)
        {
            var levels = frame.FixedEffectLevels[fe];
            var count = fe == 0 ? system.CountA : system.CountB;
            var component = fe == 0 ? system.ComponentOfA : system.ComponentOfB;
            var alpha = values[fe].ValueArray;
            var estimates = new double[levels.Length];
            var errors = new double[levels.Length];
            var (share, reference) = Weights(count, component, system.Components);
            var references = new List<string>();
            if (contrast == FixedEffectContrast.DifferenceFromReference)
            {
                foreach (var r in reference)
                {
                    references.Add(levels[r]);
                }
            }

            for (var g = 0; g < levels.Length; g++)
            {
                var c = new double[levels.Length];
                c[g] = 1;
                var comp = component[g];
                if (contrast == FixedEffectContrast.DifferenceFromReference)
                {
                    c[reference[comp]] -= 1;
                }
                else
                {
                    for (var h = 0; h < levels.Length; h++)
                    {
                        if (component[h] == comp)
                        {
                            c[h] -= share[h];
                        }
                    }
                }

                estimates[g] = DenseKernels.Dot(c, alpha);
                var zeros = new double[fe == 0 ? lb : la];
                var (ua, ub) = fe == 0 ? system.Solve(c, zeros) : system.Solve(zeros, c);
                // Two-way clustering can give a negative variance; like the slopes' errors it then shows as NaN.
                errors[g] = Math.Sqrt(Variance(ua, ub));
            }

            result[fe] = new FixedEffectLevelEstimates(frame.FixedEffectNames[fe], contrast, levels, estimates, errors, [.. references]);
        }

        return result;
    }

    /// <summary>Level shares within their component (deviation contrast) and the reference level of each component.</summary>
    private static (double[] Share, int[] Reference) Weights(ReadOnlySpan<double> count, int[] component, int components)
    {
        var total = new double[components];
        var reference = new int[components];
        Array.Fill(reference, -1);
        for (var h = 0; h < count.Length; h++)
        {
            total[component[h]] += count[h];
            if (reference[component[h]] < 0)
            {
                reference[component[h]] = h;
            }
        }

        var share = new double[count.Length];
        for (var h = 0; h < count.Length; h++)
        {
            share[h] = count[h] / total[component[h]];
        }

        // Every component links levels of both fixed effects, so each has a reference.
        return (share, reference);
    }

    private double Variance(double[] ua, double[] ub)
    {
        var p = _p;
        var cells = _cellA.Length;
        var q = new double[cells];
        var d = new double[p];
        var sumWq2 = 0.0;
        for (var c = 0; c < cells; c++)
        {
            var qc = ua[_cellA[c]] + (ub.Length > 0 ? ub[_cellB[c]] : 0);
            q[c] = qc;
            sumWq2 += _cellWeight[c] * qc * qc;
            DenseKernels.SubtractScaled(d, -qc, _cellX.AsSpan(c * p, p));
        }

        var bread = _s.Bread;
        var bd = new double[p];
        for (var i = 0; i < p; i++)
        {
            bd[i] = DenseKernels.Dot(bread.AsSpan(i * p, p), d);
        }

        var n = _s.N;
        var correction = _spec.Correction;
        var adjust = correction.ResidualFactor(n, _k);
        switch (_spec.Type)
        {
            case CovarianceType.Iid:
                return _s.Ssr / (n - 1) * adjust * (sumWq2 + DenseKernels.Dot(d, bd));

            case CovarianceType.Robust:
                {
                    var v = 0.0;
                    for (var c = 0; c < cells; c++)
                    {
                        v += (_cellR[c] * q[c] * q[c]) - (2 * q[c] * DenseKernels.Dot(_cellT.AsSpan(c * p, p), bd));
                    }

                    for (var i = 0; i < p; i++)
                    {
                        v += bd[i] * DenseKernels.Dot(_robustMeat.AsSpan(i * p, p), bd);
                    }

                    return correction.RobustFactor(_spec.RobustType, n, _k) * v;
                }

            default:
                {
                    var parts = new double[_clusters.Length];
                    for (var i = 0; i < parts.Length; i++)
                    {
                        parts[i] = _clusters[i].Meat(q, bd);
                    }

                    if (_clusters.Length == 1)
                    {
                        return adjust * correction.ClusterFactor(_clusters[0].Count) * parts[0];
                    }

                    var (f1, f2, f12) = correction.TwoWayClusterFactors(_clusters[0].Count, _clusters[1].Count, _clusters[2].Count);
                    return adjust * ((f1 * parts[0]) + (f2 * parts[1]) - (f12 * parts[2]));
                }
        }
    }

    private static (int[] CellOfRow, int[] CellA, int[] CellB) Cells(int[][] codes, int lb, int n)
    {
        var cellOfRow = new int[n];
        var a = new List<int>();
        var b = new List<int>();
        var map = new Dictionary<long, int>();
        for (var i = 0; i < n; i++)
        {
            var ca = codes[0][i];
            var cb = codes.Length == 2 ? codes[1][i] : 0;
            var key = ((long)ca * lb) + cb;
            if (!map.TryGetValue(key, out var id))
            {
                id = a.Count;
                map[key] = id;
                a.Add(ca);
                b.Add(cb);
            }

            cellOfRow[i] = id;
        }

        return (cellOfRow, [.. a], [.. b]);
    }

    /// <summary>One pass over the rows in order: cell weights and raw-design sums, robust and cluster aggregates.</summary>
    private void Accumulate(bool robust)
    {
        var s = _s;
        var p = _p;
        var n = s.N;
        var design = s.Design;
        var m = design.Columns;
        var w = s.Frame.Weights;
        var e = s.Residuals;
        var raw = new DesignColumn[p];
        for (var j = 0; j < p; j++)
        {
            raw[j] = s.Frame.Design[s.Kept[j]];
        }

        var buffer = new double[m * BlockGram.BlockRows];
        var x = new double[p];
        for (var start = 0; start < n; start += BlockGram.BlockRows)
        {
            var count = Math.Min(BlockGram.BlockRows, n - start);
            design.Fill(start, count, buffer.AsSpan(0, m * count));
            for (var r = 0; r < count; r++)
            {
                var i = start + r;
                var wi = w is null ? 1.0 : w[i];
                var cell = _cellOfRow[i];
                _cellWeight[cell] += wi;
                for (var j = 0; j < p; j++)
                {
                    x[j] = buffer[(s.Kept[j] * count) + r];
                    _cellX[(cell * p) + j] += wi * raw[j][i];
                }

                var we = wi * e[i];
                if (robust)
                {
                    var r2 = we * we;
                    _cellR[cell] += r2;
                    for (var j = 0; j < p; j++)
                    {
                        _cellT[(cell * p) + j] += r2 * x[j];
                        for (var l = 0; l < p; l++)
                        {
                            _robustMeat[(j * p) + l] += r2 * x[j] * x[l];
                        }
                    }
                }

                foreach (var cluster in _clusters)
                {
                    cluster.Add(i, we, x);
                }
            }
        }
    }

    /// <summary>Per (cluster, cell) pair the sum of w e, and per cluster the scores sum w e x~.</summary>
    private sealed class ClusterAggregate
    {
        private readonly int[] _codes;
        private readonly int[] _pairOfRow;
        private readonly int[] _pairCluster;
        private readonly int[] _pairCell;
        private readonly double[] _pairSum;
        private readonly double[] _scores;
        private readonly int _p;

        public ClusterAggregate(int[] codes, int count, int[] cellOfRow, int p)
        {
            _codes = codes;
            Count = count;
            _p = p;
            _pairOfRow = new int[codes.Length];
            var map = new Dictionary<long, int>();
            var clusters = new List<int>();
            var cells = new List<int>();
            var cellCount = (long)cellOfRow.Max() + 1;
            for (var i = 0; i < codes.Length; i++)
            {
                var key = (codes[i] * cellCount) + cellOfRow[i];
                if (!map.TryGetValue(key, out var id))
                {
                    id = clusters.Count;
                    map[key] = id;
                    clusters.Add(codes[i]);
                    cells.Add(cellOfRow[i]);
                }

                _pairOfRow[i] = id;
            }

            _pairCluster = [.. clusters];
            _pairCell = [.. cells];
            _pairSum = new double[_pairCluster.Length];
            _scores = new double[count * p];
        }

        public int Count { get; }

        public void Add(int row, double we, double[] x)
        {
            _pairSum[_pairOfRow[row]] += we;
            var at = _codes[row] * _p;
            for (var j = 0; j < x.Length; j++)
            {
                _scores[at + j] += we * x[j];
            }
        }

        /// <summary>sum_g (sum_{i in g} w_i e_i q_i - S_g'B d)^2.</summary>
        public double Meat(double[] q, double[] bd)
        {
            var acc = new double[Count];
            for (var pair = 0; pair < _pairSum.Length; pair++)
            {
                acc[_pairCluster[pair]] += _pairSum[pair] * q[_pairCell[pair]];
            }

            var total = 0.0;
            for (var g = 0; g < Count; g++)
            {
                var v = acc[g] - DenseKernels.Dot(_scores.AsSpan(g * _p, _p), bd);
                total += v * v;
            }

            return total;
        }
    }
}
