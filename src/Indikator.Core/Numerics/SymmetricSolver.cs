namespace Indikator.Core.Numerics;

/// <summary>Cholesky factorisation with collinearity detection, and inverses, on small dense
/// symmetric matrices stored row-major in flat arrays.</summary>
internal static class SymmetricSolver
{
    /// <summary>
    /// Factors the symmetric positive semi-definite <paramref name="a"/> (n x n, row-major) in column order,
    /// dropping a column whose pivot falls below <paramref name="tolerance"/> times its diagonal: that column is
    /// (numerically) a combination of the columns before it. The same rule as fixest's collinearity check.
    /// </summary>
    /// <returns>The lower factor L of the kept columns (n x n, zero rows and columns for dropped ones) and the drop flags.</returns>
    public static (double[] Lower, bool[] Dropped) CholeskyWithDrop(ReadOnlySpan<double> a, int n, double tolerance)
    {
        var l = new double[n * n];
        var dropped = new bool[n];
        for (var j = 0; j < n; j++)
        {
            var diag = a[(j * n) + j];
            var d = diag;
            for (var k = 0; k < j; k++)
            {
                d -= l[(j * n) + k] * l[(j * n) + k];
            }

            if (!(diag > 0) || d <= tolerance * diag)
            {
                dropped[j] = true;
                continue;
            }

            var ljj = Math.Sqrt(d);
            l[(j * n) + j] = ljj;
            for (var i = j + 1; i < n; i++)
            {
                var s = a[(i * n) + j];
                for (var k = 0; k < j; k++)
                {
                    s -= l[(i * n) + k] * l[(j * n) + k];
                }

                l[(i * n) + j] = s / ljj;
            }
        }

        return (l, dropped);
    }

    /// <summary>Solves L L' x = b in place for the kept columns of a factor from <see cref="CholeskyWithDrop"/>.</summary>
    public static void CholeskySolve(ReadOnlySpan<double> l, int n, ReadOnlySpan<bool> dropped, Span<double> b)
    {
        for (var i = 0; i < n; i++)
        {
            if (dropped[i])
            {
                b[i] = 0;
                continue;
            }

            var s = b[i];
            for (var k = 0; k < i; k++)
            {
                s -= l[(i * n) + k] * b[k];
            }

            b[i] = s / l[(i * n) + i];
        }

        for (var i = n - 1; i >= 0; i--)
        {
            if (dropped[i])
            {
                continue;
            }

            var s = b[i];
            for (var k = i + 1; k < n; k++)
            {
                s -= l[(k * n) + i] * b[k];
            }

            b[i] = s / l[(i * n) + i];
        }
    }

    /// <summary>Inverse of an upper-triangular k x k matrix (row-major).</summary>
    public static double[] InvertUpper(ReadOnlySpan<double> r, int k)
    {
        var inv = new double[k * k];
        for (var j = k - 1; j >= 0; j--)
        {
            inv[(j * k) + j] = 1.0 / r[(j * k) + j];
            for (var i = j - 1; i >= 0; i--)
            {
                var s = 0.0;
                for (var m = i + 1; m <= j; m++)
                {
                    s += r[(i * k) + m] * inv[(m * k) + j];
                }

                inv[(i * k) + j] = -s / r[(i * k) + i];
            }
        }

        return inv;
    }

    /// <summary>(R'R)^-1 = R^-1 R^-T for an upper-triangular R (k x k, row-major).</summary>
    public static double[] InverseFromUpper(ReadOnlySpan<double> r, int k)
    {
        var ri = InvertUpper(r, k);
        var result = new double[k * k];
        for (var i = 0; i < k; i++)
        {
            for (var j = i; j < k; j++)
            {
                var s = 0.0;
                for (var m = j; m < k; m++)
                {
                    s += ri[(i * k) + m] * ri[(j * k) + m];
                }

                result[(i * k) + j] = s;
                result[(j * k) + i] = s;
            }
        }

        return result;
    }

    /// <summary>The 1-norm condition number of an upper-triangular matrix, ||R||_1 ||R^-1||_1.</summary>
    public static double ConditionOfUpper(ReadOnlySpan<double> r, int k)
    {
        if (k == 0)
        {
            return 1;
        }

        var ri = InvertUpper(r, k);
        return OneNorm(r, k) * OneNorm(ri, k);
    }

    private static double OneNorm(ReadOnlySpan<double> m, int k)
    {
        var best = 0.0;
        for (var j = 0; j < k; j++)
        {
            var s = 0.0;
            for (var i = 0; i < k; i++)
            {
                s += Math.Abs(m[(i * k) + j]);
            }

            best = Math.Max(best, s);
        }

        return best;
    }

    /// <summary>A B A' for A (r x c) and symmetric B (c x c), row-major.</summary>
    public static double[] Congruence(ReadOnlySpan<double> a, int r, int c, ReadOnlySpan<double> b)
    {
        var ab = new double[r * c];
        for (var i = 0; i < r; i++)
        {
            for (var j = 0; j < c; j++)
            {
                var s = 0.0;
                for (var m = 0; m < c; m++)
                {
                    s += a[(i * c) + m] * b[(m * c) + j];
                }

                ab[(i * c) + j] = s;
            }
        }

        var result = new double[r * r];
        for (var i = 0; i < r; i++)
        {
            for (var j = i; j < r; j++)
            {
                var s = 0.0;
                for (var m = 0; m < c; m++)
                {
                    s += ab[(i * c) + m] * a[(j * c) + m];
                }

                result[(i * r) + j] = s;
                result[(j * r) + i] = s;
            }
        }

        return result;
    }
}
