using System.Runtime.CompilerServices;

namespace Indikator.Core.Numerics;

/// <summary>
/// Demeaning by any number of fixed effects: Gauss-Seidel alternating projections in coefficient space with
/// Irons-Tuck acceleration, as fixest does (Berge 2018; Gaure 2013 for the method of alternating projections).
/// </summary>
/// <remarks>
/// <para>Naming: <c>alpha[f]</c> are the coefficients of fixed effect f, <c>r = x - sum_f D_f alpha[f]</c> the
/// current residual, and one sweep F(alpha) updates each alpha[f] in turn by the weighted group means of r.
/// The fixed point is the least-squares projection onto the span of all dummies.</para>
/// <para>Irons-Tuck: from alpha, F(alpha) and F(F(alpha)) with d1 = F(F) - F and d2 = F(F) - 2F + alpha, the next
/// point is F(F) - (d2'd1 / d2'd2) d1. Convergence is declared when one sweep changes no coefficient by more than
/// tolerance x (1 + max |alpha|).</para>
/// </remarks>
internal static class AlternatingProjections
{
    /// <summary>The demeaned column and the fixed-effect coefficients.</summary>
    public sealed record Result(double[] Demeaned, double[][] Alpha, int Iterations, bool Converged);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double[][] InverseCounts(int[][] codes, int[] levelCounts, double[]? weights, int rows)
    {
        var inv = new double[codes.Length][];
        for (var f = 0; f < codes.Length; f++)
        {
            var n = new double[levelCounts[f]];
            var c = codes[f];
            for (var i = 0; i < rows; i++)
            {
                n[c[i]] += weights is null ? 1.0 : weights[i];
            }

            for (var l = 0; l < n.Length; l++)
            {
                n[l] = n[l] > 0 ? 1.0 / n[l] : 0;
            }

            inv[f] = n;
        }

        return inv;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Result Demean(int[][] codes, double[][] inverseCounts, double[]? weights, double[] x, double tolerance, int maxIterations, CancellationToken cancellation)
    {
        var k = codes.Length;
        var rows = x.Length;
        var offsets = new int[k + 1];
        for (var f = 0; f < k; f++)
        {
            offsets[f + 1] = offsets[f] + inverseCounts[f].Length;
        }

        var total = offsets[k];
        var a0 = new double[total];
        var a1 = new double[total];
        var a2 = new double[total];
        var r = new double[rows];
        var sums = new double[total];
        var iterations = 0;
        var converged = false;
        while (iterations < maxIterations)
        {
            cancellation.ThrowIfCancellationRequested();
            Sweep(codes, inverseCounts, weights, x, offsets, a0, a1, r, sums);
            Sweep(codes, inverseCounts, weights, x, offsets, a1, a2, r, sums);
            iterations += 2;
            var change = 0.0;
            var size = 0.0;
            double num = 0, den = 0;
            for (var i = 0; i < total; i++)
            {
                var d1 = a2[i] - a1[i];
                var d2 = d1 - (a1[i] - a0[i]);
                num += d2 * d1;
                den += d2 * d2;
                change = Math.Max(change, Math.Abs(d1));
                size = Math.Max(size, Math.Abs(a2[i]));
            }

            if (change <= tolerance * (1 + size))
            {
                converged = true;
                Array.Copy(a2, a0, total);
                break;
            }

            var step = den > 0 ? num / den : 0;
            for (var i = 0; i < total; i++)
            {
                a0[i] = a2[i] - (step * (a2[i] - a1[i]));
            }
        }

        Residual(codes, x, offsets, a0, r);
        var alpha = new double[k][];
        for (var f = 0; f < k; f++)
        {
            alpha[f] = a0.AsSpan(offsets[f], offsets[f + 1] - offsets[f]).ToArray();
        }

        return new Result(r, alpha, iterations, converged);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Residual(int[][] codes, double[] x, int[] offsets, double[] alpha, double[] r)
    {
        Array.Copy(x, r, x.Length);
        for (var f = 0; f < codes.Length; f++)
        {
            var c = codes[f];
            var a = alpha.AsSpan(offsets[f]);
            for (var i = 0; i < r.Length; i++)
            {
                r[i] -= a[c[i]];
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Sweep(int[][] codes, double[][] inverseCounts, double[]? weights, double[] x, int[] offsets, double[] from, double[] to, double[] r, double[] sums)
    {
        Residual(codes, x, offsets, from, r);
        Array.Copy(from, to, from.Length);
        for (var f = 0; f < codes.Length; f++)
        {
            var c = codes[f];
            var s = sums.AsSpan(offsets[f], inverseCounts[f].Length);
            s.Clear();
            if (weights is null)
            {
                for (var i = 0; i < r.Length; i++)
                {
                    s[c[i]] += r[i];
                }
            }
            else
            {
                for (var i = 0; i < r.Length; i++)
                {
                    s[c[i]] += weights[i] * r[i];
                }
            }

            var inv = inverseCounts[f];
            for (var l = 0; l < s.Length; l++)
            {
                s[l] *= inv[l];
                to[offsets[f] + l] += s[l];
            }

            for (var i = 0; i < r.Length; i++)
            {
                r[i] -= s[c[i]];
            }
        }
    }
}
