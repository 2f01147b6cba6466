using Indikator.Core.Internal;

namespace Indikator.Core.Indicators;

/// <summary>Pearson and Spearman correlation, for comparing how two indicators or an indicator and a truth rank units.</summary>
/// <remarks>This type is stateless and thread safe.</remarks>
public static class IndicatorCorrelation
{
    /// <summary>The Pearson product-moment correlation of paired values.</summary>
    /// <param name="x">The first values.</param>
    /// <param name="y">The second values, as many as <paramref name="x"/>.</param>
    /// <returns>The correlation in [-1, 1]; NaN when there are fewer than two pairs or a side is constant.</returns>
    /// <exception cref="ArgumentException">The two sides differ in length.</exception>
    public static double Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        Guard.SameLength(x.Length, y.Length, nameof(y));
        if (x.Length < 2)
        {
            return double.NaN;
        }

        double mx = 0, my = 0;
        for (var i = 0; i < x.Length; i++)
        {
            mx += x[i];
            my += y[i];
        }

        mx /= x.Length;
        my /= y.Length;
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>The Spearman rank correlation: the Pearson correlation of the ranks, ties given their average rank.</summary>
    /// <param name="x">The first values.</param>
    /// <param name="y">The second values, as many as <paramref name="x"/>.</param>
    /// <returns>The rank correlation in [-1, 1]; NaN when there are fewer than three pairs or a side is constant.</returns>
    /// <exception cref="ArgumentException">The two sides differ in length.</exception>
    public static double Spearman(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        Guard.SameLength(x.Length, y.Length, nameof(y));
        return x.Length < 3 ? double.NaN : Pearson(Ranks(x), Ranks(y));
    }

    /// <summary>Ranks from 0, ties sharing the average of their ranks.</summary>
    internal static double[] Ranks(ReadOnlySpan<double> values)
    {
        var order = new int[values.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var keys = values.ToArray();
        Array.Sort(keys, order);
        var ranks = new double[values.Length];
        var start = 0;
        while (start < order.Length)
        {
            var end = start;
            while (end + 1 < order.Length && keys[end + 1] == keys[start])
            {
                end++;
            }

            for (var j = start; j <= end; j++)
            {
                ranks[order[j]] = (start + end) / 2.0;
            }

            start = end + 1;
        }

        return ranks;
    }
}
