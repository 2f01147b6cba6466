using System.Runtime.CompilerServices;

namespace Indikator.Core.Numerics;

/// <summary>
/// Factorises the Schur complement of the two-way fixed-effect normal equations once and solves them for any
/// cell-sum right-hand side. See <see cref="CellProjection"/> for the algebra and the naming.
/// </summary>
internal sealed class TwoWaySolver
{
    private readonly int _l1;
    private readonly bool _bIsFirst;
    private readonly int _la;
    private readonly int _lb;
    private readonly double[] _nw;
    private readonly double[] _nA;
    private readonly double[] _nB;
    private readonly int[] _reducedIndex; // B level -> index in the reduced system, -1 for a reference level
    private readonly int _reducedSize;
    private readonly double[] _lower;
    private readonly bool[] _dropped;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TwoWaySolver(int l0, int l1, double[] nw)
    {
        _l1 = l1;
        _nw = nw;
        _bIsFirst = l0 < l1;
        _la = _bIsFirst ? l1 : l0;
        _lb = _bIsFirst ? l0 : l1;
        _nA = new double[_la];
        _nB = new double[_lb];
        var parent = new int[_la + _lb];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        for (var a = 0; a < _la; a++)
        {
            for (var b = 0; b < _lb; b++)
            {
                var w = Cell(a, b);
                if (w != 0)
                {
                    _nA[a] += w;
                    _nB[b] += w;
                    DisjointSets.Union(parent, a, _la + b);
                }
            }
        }

        // One reference level of B per connected component: the lowest-numbered B level in it.
        _reducedIndex = new int[_lb];
        var seenRoot = new HashSet<int>();
        var size = 0;
        for (var b = 0; b < _lb; b++)
        {
            if (seenRoot.Add(DisjointSets.Find(parent, _la + b)))
            {
                _reducedIndex[b] = -1;
            }
            else
            {
                _reducedIndex[b] = size++;
            }
        }

        Components = seenRoot.Count;
        var roots = new Dictionary<int, int>();
        ComponentOfLevel = [new int[l0], new int[l1]];
        for (var level = 0; level < l0 + l1; level++)
        {
            var fe = level < l0 ? 0 : 1;
            var index = fe == 0 ? level : level - l0;
            var isA = (fe == 0) != _bIsFirst;
            var root = DisjointSets.Find(parent, isA ? index : _la + index);
            if (!roots.TryGetValue(root, out var id))
            {
                id = roots.Count;
                roots[root] = id;
            }

            ComponentOfLevel[fe][index] = id;
        }

        _reducedSize = size;
        var schur = new double[size * size];
        for (var b = 0; b < _lb; b++)
        {
            var rb = _reducedIndex[b];
            if (rb >= 0)
            {
                schur[(rb * size) + rb] = _nB[b];
            }
        }

        var nz = new List<int>(_lb);
        for (var a = 0; a < _la; a++)
        {
            nz.Clear();
            for (var b = 0; b < _lb; b++)
            {
                if (Cell(a, b) != 0 && _reducedIndex[b] >= 0)
                {
                    nz.Add(b);
                }
            }

            var inv = 1.0 / _nA[a];
            foreach (var b in nz)
            {
                var wb = Cell(a, b) * inv;
                var rb = _reducedIndex[b];
                foreach (var b2 in nz)
                {
                    schur[(rb * size) + _reducedIndex[b2]] -= wb * Cell(a, b2);
                }
            }
        }

        (_lower, _dropped) = SymmetricSolver.CholeskyWithDrop(schur, size, 1e-13);
    }

    /// <summary>Gets a value indicating whether the reduced Schur matrix was factored without dropping a pivot; a dropped
    /// pivot means a nearly disconnected level, for which the exact solve is not trusted.</summary>
    public bool IsWellPosed => Array.IndexOf(_dropped, true) < 0;

    /// <summary>Gets the number of connected components.</summary>
    public int Components { get; }

    /// <summary>Gets the connected component of each level: [fe][level].</summary>
    public int[][] ComponentOfLevel { get; }

    /// <summary>Solves the normal equations for cell sums <paramref name="s"/>, with one refinement step.</summary>
    /// <returns>The coefficients of the first and the second fixed effect (in the caller's order).</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (double[] First, double[] Second) Solve(double[] s)
    {
        var sA = new double[_la];
        var sB = new double[_lb];
        for (var a = 0; a < _la; a++)
        {
            for (var b = 0; b < _lb; b++)
            {
                var v = CellSum(s, a, b);
                sA[a] += v;
                sB[b] += v;
            }
        }

        var (fa, fb) = SolveLevels(sA, sB);

        // Refinement: residual of the normal equations on the level sums, solved again and added.
        var rA = (double[])sA.Clone();
        var rB = (double[])sB.Clone();
        for (var a = 0; a < _la; a++)
        {
            for (var b = 0; b < _lb; b++)
            {
                var w = Cell(a, b);
                if (w == 0)
                {
                    continue;
                }

                var fit = w * (fa[a] + fb[b]);
                rA[a] -= fit;
                rB[b] -= fit;
            }
        }

        var (da, db) = SolveLevels(rA, rB);
        for (var a = 0; a < _la; a++)
        {
            fa[a] += da[a];
        }

        for (var b = 0; b < _lb; b++)
        {
            fb[b] += db[b];
        }

        return _bIsFirst ? (fb, fa) : (fa, fb);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (double[] A, double[] B) SolveLevels(double[] sA, double[] sB)
    {
        var rhs = new double[_reducedSize];
        for (var b = 0; b < _lb; b++)
        {
            var rb = _reducedIndex[b];
            if (rb >= 0)
            {
                rhs[rb] = sB[b];
            }
        }

        for (var a = 0; a < _la; a++)
        {
            var ratio = sA[a] / _nA[a];
            for (var b = 0; b < _lb; b++)
            {
                var rb = _reducedIndex[b];
                var w = Cell(a, b);
                if (rb >= 0 && w != 0)
                {
                    rhs[rb] -= w * ratio;
                }
            }
        }

        SymmetricSolver.CholeskySolve(_lower, _reducedSize, _dropped, rhs);
        var g = new double[_lb];
        for (var b = 0; b < _lb; b++)
        {
            var rb = _reducedIndex[b];
            g[b] = rb >= 0 ? rhs[rb] : 0;
        }

        var fa = new double[_la];
        for (var a = 0; a < _la; a++)
        {
            var acc = sA[a];
            for (var b = 0; b < _lb; b++)
            {
                acc -= Cell(a, b) * g[b];
            }

            fa[a] = acc / _nA[a];
        }

        return (fa, g);
    }

    private double Cell(int a, int b) => CellSum(_nw, a, b);

    private double CellSum(double[] s, int a, int b)
        => _bIsFirst ? s[(b * _l1) + a] : s[(a * _l1) + b];
}
