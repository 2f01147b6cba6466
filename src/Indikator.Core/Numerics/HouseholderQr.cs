using System.Runtime.CompilerServices;

namespace Indikator.Core.Numerics;

/// <summary>Least squares by Householder QR with column scaling and LINPACK dqrdc2-style limited pivoting.</summary>
/// <remarks>
/// <para>Columns are first scaled to unit Euclidean norm (equilibration), which removes the part of the condition
/// number that comes from units (Longley, Wampler). Columns are then reduced in their given order; a column whose
/// remaining norm, relative to its scaled norm of one, falls below the tolerance lies (numerically) in the span of
/// the earlier columns and is dropped, as R's <c>lm()</c> does. The kept order is the given order, so names and
/// reference levels stay where the user put them.</para>
/// <para>The factorisation keeps its Householder vectors, so further right-hand sides (iterative refinement on
/// residuals recomputed from the data) cost O(n k) each.</para>
/// </remarks>
internal sealed class HouseholderQr
{
    private readonly double[][] _vectors;
    private readonly double[] _vtv;
    private readonly double[] _upper;
    private readonly double[] _scale;
    private readonly int _p;
    private readonly int _n;

    private HouseholderQr(int[] kept, bool[] dropped, double[][] vectors, double[] vtv, double[] upper, double[] scale, int p, int n)
    {
        Kept = kept;
        Dropped = dropped;
        _vectors = vectors;
        _vtv = vtv;
        _upper = upper;
        _scale = scale;
        _p = p;
        _n = n;
    }

    /// <summary>Gets the indices of the kept columns, in order.</summary>
    public int[] Kept { get; }

    /// <summary>Gets the drop flag of each input column.</summary>
    public bool[] Dropped { get; }

    /// <summary>Gets the 1-norm condition number of the scaled R.</summary>
    public double Condition => SymmetricSolver.ConditionOfUpper(_upper, Kept.Length);

    /// <summary>Gets (X'X)^-1 of the kept columns on the original scale (kept x kept, row-major).</summary>
    public double[] Bread
    {
        get
        {
            var k = Kept.Length;
            var bread = SymmetricSolver.InverseFromUpper(_upper, k);
            for (var i = 0; i < k; i++)
            {
                for (var m = 0; m < k; m++)
                {
                    bread[(i * k) + m] /= _scale[Kept[i]] * _scale[Kept[m]];
                }
            }

            return bread;
        }
    }

    /// <summary>Factors the columns (each of length n; overwritten by the factorisation).</summary>
    /// <param name="columns">The design columns.</param>
    /// <param name="tolerance">Relative norm below which a column counts as collinear.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static HouseholderQr Factor(double[][] columns, double tolerance)
    {
        var p = columns.Length;
        var n = p == 0 ? 0 : columns[0].Length;
        var scale = new double[p];
        for (var j = 0; j < p; j++)
        {
            var norm = Math.Sqrt(DenseKernels.Dot(columns[j], columns[j]));
            scale[j] = norm;
            if (norm > 0)
            {
                var inv = 1.0 / norm;
                var col = columns[j];
                for (var i = 0; i < n; i++)
                {
                    col[i] *= inv;
                }
            }
        }

        var dropped = new bool[p];
        var kept = new List<int>(p);
        var rCols = new List<double[]>(p);
        var vectors = new List<double[]>(p);
        var vtvs = new List<double>(p);
        for (var j = 0; j < p; j++)
        {
            var r = kept.Count;
            var col = columns[j];
            if (scale[j] == 0 || r >= n)
            {
                dropped[j] = true;
                continue;
            }

            var tail = col.AsSpan(r, n - r);
            var norm = Math.Sqrt(DenseKernels.Dot(tail, tail));
            if (norm <= tolerance)
            {
                dropped[j] = true;
                continue;
            }

            // v = x - alpha e1 with alpha = -sign(x0)||x||, stored in place of the column tail.
            var alpha = tail[0] >= 0 ? -norm : norm;
            tail[0] -= alpha;
            var vtv = DenseKernels.Dot(tail, tail);
            var rj = new double[r + 1];
            for (var k = 0; k < r; k++)
            {
                rj[k] = col[k];
            }

            rj[r] = alpha;
            rCols.Add(rj);
            kept.Add(j);
            vectors.Add(col);
            vtvs.Add(vtv);
            for (var m = j + 1; m < p; m++)
            {
                var other = columns[m].AsSpan(r, n - r);
                DenseKernels.SubtractScaled(other, 2 * DenseKernels.Dot(tail, other) / vtv, tail);
            }
        }

        var k2 = kept.Count;
        var upper = new double[k2 * k2];
        for (var c = 0; c < k2; c++)
        {
            for (var row = 0; row <= c; row++)
            {
                upper[(row * k2) + c] = rCols[c][row];
            }
        }

        return new HouseholderQr([.. kept], dropped, [.. vectors], [.. vtvs], upper, scale, p, n);
    }

    /// <summary>
    /// Solves the augmented system [I A; A' 0] [dr; dx] = [f; g] of iterative refinement for least squares (Björck 1967):
    /// with the scaled A_s = Q [R; 0] and g_s = S^-1 g, h = R^-T g_s, [d1; d2] = Q'f, dx_s = R^-1 (d1 - h), dr = Q [h; d2].
    /// </summary>
    /// <remarks>Refining residuals and coefficients together corrects the error that refining the coefficients alone leaves
    /// when the residuals are large (a poor fit of large values, as NIST's Wampler5): that error grows with the square of
    /// the condition number, this one with the condition number (Björck 1996, section 2.9).</remarks>
    /// <param name="f">b - r - A x for the current r and x (n values).</param>
    /// <param name="g">-A' r on the original scale, one value per input column (dropped columns are ignored).</param>
    /// <returns>The corrections of the coefficients (original scale, zero for dropped columns) and of the residuals.</returns>
    public (double[] Dx, double[] Dr) SolveAugmented(ReadOnlySpan<double> f, ReadOnlySpan<double> g)
    {
        var k = Kept.Length;
        var h = new double[k];
        for (var i = 0; i < k; i++)
        {
            // Forward substitution with R': R'[i, m] = R[m, i].
            var s = g[Kept[i]] / _scale[Kept[i]];
            for (var m = 0; m < i; m++)
            {
                s -= _upper[(m * k) + i] * h[m];
            }

            h[i] = s / _upper[(i * k) + i];
        }

        var d = f.ToArray();
        for (var r = 0; r < k; r++)
        {
            var v = _vectors[r].AsSpan(r, _n - r);
            var td = d.AsSpan(r, _n - r);
            DenseKernels.SubtractScaled(td, 2 * DenseKernels.Dot(v, td) / _vtv[r], v);
        }

        var beta = new double[k];
        for (var i = k - 1; i >= 0; i--)
        {
            var s = d[i] - h[i];
            for (var m = i + 1; m < k; m++)
            {
                s -= _upper[(i * k) + m] * beta[m];
            }

            beta[i] = s / _upper[(i * k) + i];
        }

        // dr = Q [h; d2]: the first k entries replaced by h, then the reflections in reverse order.
        h.CopyTo(d, 0);
        for (var r = k - 1; r >= 0; r--)
        {
            var v = _vectors[r].AsSpan(r, _n - r);
            var td = d.AsSpan(r, _n - r);
            DenseKernels.SubtractScaled(td, 2 * DenseKernels.Dot(v, td) / _vtv[r], v);
        }

        var dx = new double[_p];
        for (var i = 0; i < k; i++)
        {
            dx[Kept[i]] = beta[i] / _scale[Kept[i]];
        }

        return (dx, d);
    }

    /// <summary>Least-squares coefficients for a right-hand side (not modified), zero for dropped columns.</summary>
    public double[] Solve(ReadOnlySpan<double> rhs)
    {
        var y = rhs.ToArray();
        var k = Kept.Length;
        for (var r = 0; r < k; r++)
        {
            var v = _vectors[r].AsSpan(r, _n - r);
            var ty = y.AsSpan(r, _n - r);
            DenseKernels.SubtractScaled(ty, 2 * DenseKernels.Dot(v, ty) / _vtv[r], v);
        }

        var beta = new double[k];
        for (var i = k - 1; i >= 0; i--)
        {
            var s = y[i];
            for (var m = i + 1; m < k; m++)
            {
                s -= _upper[(i * k) + m] * beta[m];
            }

            beta[i] = s / _upper[(i * k) + i];
        }

        var coefficients = new double[_p];
        for (var i = 0; i < k; i++)
        {
            coefficients[Kept[i]] = beta[i] / _scale[Kept[i]];
        }

        return coefficients;
    }
}
