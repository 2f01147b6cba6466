using MathNet.Numerics.Distributions;

namespace Indikator.Core.Indicators.Variation;

/// <summary>
/// The Q-profile confidence interval for the between-unit variance tau^2 of estimates with known standard errors
/// (Viechtbauer 2007, "Confidence intervals for the amount of heterogeneity in meta-analysis", Statistics in Medicine
/// 26, 37-52).
/// </summary>
/// <remarks>
/// The generalised Q(tau^2) = sum w_u (c_u - mu_w)^2, w_u = 1 / (tau^2 + s_u^2), mu_w = sum w c / sum w, is chi-square
/// with k - 1 degrees of freedom at the true tau^2 under the normal model, and decreases in tau^2. The limits solve
/// Q(tau^2) = chi^2_(k-1; 1 - alpha/2) (lower) and chi^2_(k-1; alpha/2) (upper); a limit is 0 when Q(0) is already
/// below its quantile. It is exact under the model (the standard errors taken as known), and it is the default of
/// metafor's <c>confint</c>.
/// </remarks>
internal static class TauSquaredInterval
{
    public static (double Lower, double Upper) Compute(ReadOnlySpan<double> c, ReadOnlySpan<double> se, double confidenceLevel)
    {
        var k = c.Length;
        if (k < 2)
        {
            return (double.NaN, double.NaN);
        }

        var alpha = 1 - confidenceLevel;
        var high = ChiSquared.InvCDF(k - 1, 1 - (alpha / 2));
        var low = ChiSquared.InvCDF(k - 1, alpha / 2);
        var values = c.ToArray();
        var errors = se.ToArray();
        return (Solve(values, errors, high), Solve(values, errors, low));
    }

    public static double Q(double[] c, double[] se, double tau2)
    {
        double sw = 0, swc = 0;
        for (var u = 0; u < c.Length; u++)
        {
            var w = 1 / (tau2 + (se[u] * se[u]));
            sw += w;
            swc += w * c[u];
        }

        var mu = swc / sw;
        var q = 0.0;
        for (var u = 0; u < c.Length; u++)
        {
            var d = c[u] - mu;
            q += d * d / (tau2 + (se[u] * se[u]));
        }

        return q;
    }

    /// <summary>The tau^2 &gt;= 0 with Q(tau^2) = target, or 0 when Q(0) is at most the target.</summary>
    private static double Solve(double[] c, double[] se, double target)
    {
        if (Q(c, se, 0) <= target)
        {
            return 0;
        }

        double lo = 0, hi = 0;
        foreach (var s in se)
        {
            hi = Math.Max(hi, s * s);
        }

        hi = Math.Max(hi, 1e-300);
        while (Q(c, se, hi) > target)
        {
            lo = hi;
            hi *= 2;
        }

        for (var iteration = 0; iteration < 2200; iteration++)
        {
            var mid = lo + ((hi - lo) / 2);
            if (mid <= lo || mid >= hi)
            {
                break;
            }

            if (Q(c, se, mid) > target)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return lo + ((hi - lo) / 2);
    }
}
