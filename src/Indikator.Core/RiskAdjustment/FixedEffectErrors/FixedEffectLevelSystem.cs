using Indikator.Core.Numerics;

namespace Indikator.Core.RiskAdjustment;

/// <summary>
/// The fixed-effect normal equations D'WD u = c in level space, for one or two fixed effects, solved for any
/// right-hand side c that is a within-fixed-effect contrast (so a solution exists).
/// </summary>
/// <remarks>
/// <para>Naming as in <see cref="CellProjection"/>: A is the first fixed effect, B the second, N[a, b] the weighted
/// count of cell (a, b), nA and nB the weighted level counts. With two fixed effects A is eliminated:
/// (diag(nB) - N' diag(1/nA) N) uB = cB - N'(cA / nA), then uA = (cA - N uB) / nA. The Schur matrix is singular once
/// per connected component; the pivoted Cholesky drops one level per component (its u is 0), which is harmless
/// because c is orthogonal to the null space. One refinement step follows, as in the engine.</para>
/// </remarks>
internal sealed class FixedEffectLevelSystem
{
    private readonly int _la;
    private readonly int _lb;
    private readonly double[] _nA;
    private readonly double[] _nB;
    private readonly double[] _cells; // N, la x lb row-major, only for two fixed effects
    private readonly double[] _lower = [];
    private readonly bool[] _dropped = [];

    public FixedEffectLevelSystem(int la, int lb, int[] cellA, int[] cellB, double[] cellWeight)
    {
        _la = la;
        _lb = lb;
        _nA = new double[la];
        _nB = new double[lb];
        _cells = lb > 0 ? new double[la * lb] : [];
        var parent = new int[la + lb];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        for (var c = 0; c < cellWeight.Length; c++)
        {
            _nA[cellA[c]] += cellWeight[c];
            if (lb > 0)
            {
                _nB[cellB[c]] += cellWeight[c];
                _cells[(cellA[c] * lb) + cellB[c]] += cellWeight[c];
                DisjointSets.Union(parent, cellA[c], la + cellB[c]);
            }
        }

        var root = new Dictionary<int, int>();
        ComponentOfA = new int[la];
        ComponentOfB = new int[lb];

        // One fixed effect: all levels form one component (they share the slopes' normalisation).
        for (var i = lb == 0 ? la : 0; i < la + lb; i++)
        {
            var r = DisjointSets.Find(parent, i);
            if (!root.TryGetValue(r, out var id))
            {
                id = root.Count;
                root[r] = id;
            }

            if (i < la)
            {
                ComponentOfA[i] = id;
            }
            else
            {
                ComponentOfB[i - la] = id;
            }
        }

        Components = Math.Max(1, root.Count);
        if (lb > 0)
        {
            var schur = new double[lb * lb];
            for (var b = 0; b < lb; b++)
            {
                schur[(b * lb) + b] = _nB[b];
            }

            for (var a = 0; a < la; a++)
            {
                var row = _cells.AsSpan(a * lb, lb);
                var inverse = 1.0 / _nA[a];
                for (var b1 = 0; b1 < lb; b1++)
                {
                    var x = row[b1];
                    if (x == 0)
                    {
                        continue;
                    }

                    for (var b2 = 0; b2 < lb; b2++)
                    {
                        schur[(b1 * lb) + b2] -= x * row[b2] * inverse;
                    }
                }
            }

            (_lower, _dropped) = SymmetricSolver.CholeskyWithDrop(schur, lb, 1e-11);
        }
    }

    /// <summary>Gets the number of connected components of the levels (1 with one fixed effect).</summary>
    public int Components { get; }

    /// <summary>Gets the component of each level of A.</summary>
    public int[] ComponentOfA { get; }

    /// <summary>Gets the component of each level of B.</summary>
    public int[] ComponentOfB { get; }

    /// <summary>Gets the weighted count of each level of A.</summary>
    public ReadOnlySpan<double> CountA => _nA;

    /// <summary>Gets the weighted count of each level of B.</summary>
    public ReadOnlySpan<double> CountB => _nB;

    public (double[] A, double[] B) Solve(double[] cA, double[] cB)
    {
        var (ua, ub) = SolveOnce(cA, cB);
        if (_lb == 0)
        {
            return (ua, ub);
        }

        var ra = (double[])cA.Clone();
        var rb = (double[])cB.Clone();
        for (var a = 0; a < _la; a++)
        {
            ra[a] -= _nA[a] * ua[a];
            for (var b = 0; b < _lb; b++)
            {
                var x = _cells[(a * _lb) + b];
                if (x != 0)
                {
                    ra[a] -= x * ub[b];
                    rb[b] -= x * ua[a];
                }
            }
        }

        for (var b = 0; b < _lb; b++)
        {
            rb[b] -= _nB[b] * ub[b];
        }

        var (da, db) = SolveOnce(ra, rb);
        for (var a = 0; a < _la; a++)
        {
            ua[a] += da[a];
        }

        for (var b = 0; b < _lb; b++)
        {
            ub[b] += db[b];
        }

        return (ua, ub);
    }

    private (double[] A, double[] B) SolveOnce(double[] cA, double[] cB)
    {
        var ua = new double[_la];
        var ub = new double[_lb];
        if (_lb > 0)
        {
            var rhs = (double[])cB.Clone();
            for (var a = 0; a < _la; a++)
            {
                var ratio = cA[a] / _nA[a];
                DenseKernels.SubtractScaled(rhs, ratio, _cells.AsSpan(a * _lb, _lb));
            }

            SymmetricSolver.CholeskySolve(_lower, _lb, _dropped, rhs);
            rhs.CopyTo(ub, 0);
        }

        for (var a = 0; a < _la; a++)
        {
            var acc = cA[a];
            if (_lb > 0)
            {
                acc -= DenseKernels.Dot(_cells.AsSpan(a * _lb, _lb), ub);
            }

            ua[a] = acc / _nA[a];
        }

        return (ua, ub);
    }
}
