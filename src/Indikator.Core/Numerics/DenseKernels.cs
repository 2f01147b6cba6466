using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Indikator.Core.Numerics;

/// <summary>Small dense kernels on spans: dot products and scaled additions with a fixed summation order.</summary>
/// <remarks>The summation order depends only on the span length and <see cref="Vector{T}.Count"/>, so a
/// result is reproducible on a given machine whatever the thread that computes it.</remarks>
internal static class DenseKernels
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var n = a.Length;
        var i = 0;
        var sum = 0.0;
        if (Vector.IsHardwareAccelerated && n >= 4 * Vector<double>.Count)
        {
            var w = Vector<double>.Count;
            var va = MemoryMarshal.Cast<double, Vector<double>>(a);
            var vb = MemoryMarshal.Cast<double, Vector<double>>(b);
            Vector<double> s0 = Vector<double>.Zero, s1 = Vector<double>.Zero, s2 = Vector<double>.Zero, s3 = Vector<double>.Zero;
            var v = 0;
            var vEnd = (n / (4 * w)) * 4;
            for (; v < vEnd; v += 4)
            {
                s0 += va[v] * vb[v];
                s1 += va[v + 1] * vb[v + 1];
                s2 += va[v + 2] * vb[v + 2];
                s3 += va[v + 3] * vb[v + 3];
            }

            sum = Vector.Sum((s0 + s1) + (s2 + s3));
            i = vEnd * w;
        }

        for (; i < n; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>y[i] -= alpha * x[i].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SubtractScaled(Span<double> y, double alpha, ReadOnlySpan<double> x)
    {
        var n = y.Length;
        var i = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count)
        {
            var vy = MemoryMarshal.Cast<double, Vector<double>>(y);
            var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
            var va = new Vector<double>(alpha);
            for (var v = 0; v < vy.Length; v++)
            {
                vy[v] -= va * vx[v];
            }

            i = vy.Length * Vector<double>.Count;
        }

        for (; i < n; i++)
        {
            y[i] -= alpha * x[i];
        }
    }

    /// <summary>x[i] *= s[i].</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void MultiplyInPlace(Span<double> x, ReadOnlySpan<double> s)
    {
        var n = x.Length;
        var i = 0;
        if (Vector.IsHardwareAccelerated && n >= Vector<double>.Count)
        {
            var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
            var vs = MemoryMarshal.Cast<double, Vector<double>>(s);
            for (var v = 0; v < vx.Length; v++)
            {
                vx[v] *= vs[v];
            }

            i = vx.Length * Vector<double>.Count;
        }

        for (; i < n; i++)
        {
            x[i] *= s[i];
        }
    }
}
