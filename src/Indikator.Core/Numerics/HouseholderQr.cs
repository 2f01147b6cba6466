namespace Indikator.Core.Numerics;

/// <summary>Least squares by Householder QR with column scaling and LINPACK dqrdc2-style limited pivoting.</summary>
/// <remarks>
/// <para>Columns are first scaled to unit Euclidean norm (equilibration), which removes the artificial part of the
/// condition number that comes from units (Longley, Wampler). Columns are then reduced in their given order;
/// a column whose remaining norm, relative to its scaled norm of one, falls below the tolerance lies (numerically)
/// in the span of the earlier columns and is dropped, as R's <c>lm()</c> does. The kept order is the given order,
/// so names and reference levels stay where the user put them.</para>
/// </remarks>
internal static class HouseholderQr
{
    /// <summary>The solution of a scaled QR least-squares problem.</summary>
    /// <param name="Kept">Indices of the kept columns, in order.</param>
    /// <param name="Dropped">Drop flag per input column.</param>
    /// <param name="Coefficients">Coefficients on the original (unscaled) columns; zero for dropped columns.</param>
    /// <param name="Bread">(X'X)^-1 of the kept columns on the original scale (kept x kept, row-major).</param>
    /// <param name="Condition">1-norm condition number of the scaled R.</param>
    public sealed record Solution(int[] Kept, bool[] Dropped, double[] Coefficients, double[] Bread, double Condition);

    /// <param name="columns">The design columns (each of length n); overwritten.</param>
    /// <param name="y">The outcome (length n); overwritten.</param>
    /// <param name="tolerance">Relative norm below which a column counts as collinear.</param>
    public static Solution Solve(double[][] columns, double[] y, double tolerance)
    {
        var p = columns.Length;
        var n = y.Length;
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
        var rCols = new List<double[]>(p); // column j of R (top rows)
        for (var j = 0; j < p; j++)
        {
            var r = kept.Count;
            var col = columns[j];
            if (scale[j] == 0)
            {
                dropped[j] = true;
                continue;
            }

            var tail = col.AsSpan(r, n - r);
            var norm = Math.Sqrt(DenseKernels.Dot(tail, tail));
            if (r >= n || norm <= tolerance)
            {
                dropped[j] = true;
                continue;
            }

            // Householder vector v = x + sign(x0)||x|| e1, stored in place of the column tail.
            var alpha = tail[0] >= 0 ? -norm : norm;
            tail[0] -= alpha;
            var vtv = DenseKernels.Dot(tail, tail);
            var rj = new double[p];
            for (var k = 0; k < r; k++)
            {
                rj[k] = col[k];
            }

            rj[r] = alpha;
            rCols.Add(rj);
            kept.Add(j);
            if (vtv > 0)
            {
                for (var m = j + 1; m < p; m++)
                {
                    var other = columns[m].AsSpan(r, n - r);
                    var f = 2 * DenseKernels.Dot(tail, other) / vtv;
                    DenseKernels.SubtractScaled(other, f, tail);
                }

                var ty = y.AsSpan(r, n - r);
                var fy = 2 * DenseKernels.Dot(tail, ty) / vtv;
                DenseKernels.SubtractScaled(ty, fy, tail);
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

        var beta = new double[k2];
        for (var i = k2 - 1; i >= 0; i--)
        {
            var s = y[i];
            for (var m = i + 1; m < k2; m++)
            {
                s -= upper[(i * k2) + m] * beta[m];
            }

            beta[i] = s / upper[(i * k2) + i];
        }

        var coefficients = new double[p];
        for (var i = 0; i < k2; i++)
        {
            coefficients[kept[i]] = beta[i] / scale[kept[i]];
        }

        var bread = SymmetricSolver.InverseFromUpper(upper, k2);
        for (var i = 0; i < k2; i++)
        {
            for (var m = 0; m < k2; m++)
            {
                bread[(i * k2) + m] /= scale[kept[i]] * scale[kept[m]];
            }
        }

        return new Solution([.. kept], dropped, coefficients, bread, SymmetricSolver.ConditionOfUpper(upper, k2));
    }
}
