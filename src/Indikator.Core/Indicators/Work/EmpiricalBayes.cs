namespace Indikator.Core.Indicators.Work;

/// <summary>The fitted random-effects distribution of unit contributions.</summary>
internal sealed record ShrinkageFit(TauSquaredEstimator Estimator, double TauSquared, double Mean);

/// <summary>Empirical-Bayes shrinkage of unit estimates with known standard errors (normal-normal model).</summary>
/// <remarks>
/// Model: c_u ~ N(theta_u, s_u^2), theta_u ~ N(mu, tau^2). DerSimonian and Laird (1986): with w_u = 1/s_u^2,
/// Q = sum w_u (c_u - c_w)^2, tau^2 = max(0, (Q - (k - 1)) / (S1 - S2/S1)), S1 = sum w, S2 = sum w^2.
/// REML (Viechtbauer 2005): Fisher scoring tau^2 += sum w*^2 ((c - mu)^2 - s^2) / sum w*^2 + 1 / sum w* - tau^2 step,
/// with w* = 1/(tau^2 + s^2), from the DL value, truncated at zero.
/// </remarks>
internal static class EmpiricalBayes
{
    public static ShrinkageFit Fit(ReadOnlySpan<double> estimates, ReadOnlySpan<double> se, TauSquaredEstimator estimator)
    {
        var tau2 = DerSimonianLaird(estimates, se);
        if (estimator == TauSquaredEstimator.RestrictedMaximumLikelihood)
        {
            tau2 = Reml(estimates, se, tau2);
        }

        return new ShrinkageFit(estimator, tau2, RandomEffectsMean(estimates, se, tau2));
    }

    public static double DerSimonianLaird(ReadOnlySpan<double> c, ReadOnlySpan<double> se)
    {
        var k = c.Length;
        if (k < 2)
        {
            return 0;
        }

        double s1 = 0, s2 = 0, sc = 0;
        for (var u = 0; u < k; u++)
        {
            var w = 1 / (se[u] * se[u]);
            s1 += w;
            s2 += w * w;
            sc += w * c[u];
        }

        var mean = sc / s1;
        var q = 0.0;
        for (var u = 0; u < k; u++)
        {
            var d = c[u] - mean;
            q += d * d / (se[u] * se[u]);
        }

        return Math.Max(0, (q - (k - 1)) / (s1 - (s2 / s1)));
    }

    public static double RandomEffectsMean(ReadOnlySpan<double> c, ReadOnlySpan<double> se, double tau2)
    {
        double sw = 0, sc = 0;
        for (var u = 0; u < c.Length; u++)
        {
            var w = 1 / (tau2 + (se[u] * se[u]));
            sw += w;
            sc += w * c[u];
        }

        return sw > 0 ? sc / sw : 0;
    }

    private static double Reml(ReadOnlySpan<double> c, ReadOnlySpan<double> se, double start)
    {
        var tau2 = start;
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var mu = RandomEffectsMean(c, se, tau2);
            double sw = 0, sw2 = 0, num = 0;
            for (var u = 0; u < c.Length; u++)
            {
                var v = se[u] * se[u];
                var w = 1 / (tau2 + v);
                var d = c[u] - mu;
                sw += w;
                sw2 += w * w;
                num += w * w * ((d * d) - v);
            }

            var next = Math.Max(0, (num / sw2) + (1 / sw));
            var change = Math.Abs(next - tau2);
            tau2 = next;
            if (change <= 1e-12 * (1 + tau2))
            {
                break;
            }
        }

        return tau2;
    }
}
