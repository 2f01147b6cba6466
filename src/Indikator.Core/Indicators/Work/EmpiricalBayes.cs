namespace Indikator.Core.Indicators.Work;

/// <summary>The fitted random-effects distribution of unit contributions.</summary>
/// <param name="Estimator">The estimator of tau^2.</param>
/// <param name="TauSquared">tau^2.</param>
/// <param name="Mean">mu = sum w c / sum w with w = 1 / (tau^2 + s^2).</param>
/// <param name="MeanStandardError">se(mu) = 1 / sqrt(sum w).</param>
internal sealed record ShrinkageFit(TauSquaredEstimator Estimator, double TauSquared, double Mean, double MeanStandardError)
{
    /// <summary>The BLUP of a unit with estimate c and standard error s, and its standard error as metafor's
    /// <c>blup()</c> reports it: lambda = tau^2 / (tau^2 + s^2), pred = lambda c + (1 - lambda) mu,
    /// se = sqrt(lambda s^2 + (1 - lambda)^2 se(mu)^2); the second term carries the uncertainty of mu
    /// (Raudenbush 2009, eq. 16.25).</summary>
    public (double Prediction, double StandardError) Blup(double c, double s)
    {
        var v = s * s;
        var lambda = TauSquared / (TauSquared + v);
        var shrink = 1 - lambda;
        return ((lambda * c) + (shrink * Mean), Math.Sqrt((lambda * v) + (shrink * shrink * MeanStandardError * MeanStandardError)));
    }
}

/// <summary>Empirical-Bayes shrinkage of unit estimates with known standard errors (normal-normal model).</summary>
/// <remarks>
/// Model: c_u ~ N(theta_u, s_u^2), theta_u ~ N(mu, tau^2), w_u = 1/(tau^2 + s_u^2). DerSimonian and Laird (1986): with
/// w0_u = 1/s_u^2, Q = sum w0_u (c_u - c_w)^2, tau^2 = max(0, (Q - (k - 1)) / (S1 - S2/S1)), S1 = sum w0,
/// S2 = sum w0^2. REML (Viechtbauer 2005): the root of sum w^2 (c - mu)^2 = sum w - sum w^2 / sum w, by Fisher
/// scoring tau^2 &lt;- max(0, sum w^2 ((c - mu)^2 - s^2) / sum w^2 + 1 / sum w) from the DL value. Paule and Mandel
/// (1982): the root of sum w (c - mu_w)^2 = k - 1, whose left side decreases in tau^2, by bisection to adjacent
/// doubles. Checked against metafor 3.8-1 in shared/reference/inference (eb_reference.json).
/// </remarks>
internal static class EmpiricalBayes
{
    private const int MaxScoringIterations = 10_000;

    public static ShrinkageFit Fit(ReadOnlySpan<double> estimates, ReadOnlySpan<double> se, TauSquaredEstimator estimator)
    {
        var tau2 = estimator switch
        {
            TauSquaredEstimator.DerSimonianLaird => DerSimonianLaird(estimates, se),
            TauSquaredEstimator.RestrictedMaximumLikelihood => Reml(estimates, se, DerSimonianLaird(estimates, se)),
            TauSquaredEstimator.PauleMandel => PauleMandel(estimates, se),
            _ => throw new ArgumentOutOfRangeException(nameof(estimator), estimator, "Unknown tau^2 estimator."),
        };

        var (mean, sw) = WeightedMean(estimates, se, tau2);
        return new ShrinkageFit(estimator, tau2, mean, sw > 0 ? 1 / Math.Sqrt(sw) : double.NaN);
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

    public static double RandomEffectsMean(ReadOnlySpan<double> c, ReadOnlySpan<double> se, double tau2) => WeightedMean(c, se, tau2).Mean;

    /// <summary>The Paule-Mandel tau^2: Q(tau^2) = sum w (c - mu_w)^2 falls monotonically from Q(0) towards 0, so
    /// the root of Q = k - 1 is bracketed by 0 and a doubling upper bound and bisected until the bracket is two
    /// adjacent doubles.</summary>
    public static double PauleMandel(ReadOnlySpan<double> c, ReadOnlySpan<double> se)
    {
        var k = c.Length;
        if (k < 2 || GeneralisedQ(c, se, 0) <= k - 1)
        {
            return 0;
        }

        double lower = 0, upper = Math.Max(DerSimonianLaird(c, se), 1e-300);
        while (GeneralisedQ(c, se, upper) > k - 1)
        {
            lower = upper;
            upper *= 2;
        }

        while (true)
        {
            var mid = 0.5 * (lower + upper);
            if (mid <= lower || mid >= upper)
            {
                return GeneralisedQ(c, se, upper) - (k - 1) <= (k - 1) - GeneralisedQ(c, se, lower) ? upper : lower;
            }

            if (GeneralisedQ(c, se, mid) > k - 1)
            {
                lower = mid;
            }
            else
            {
                upper = mid;
            }
        }
    }

    private static double GeneralisedQ(ReadOnlySpan<double> c, ReadOnlySpan<double> se, double tau2)
    {
        var mean = WeightedMean(c, se, tau2).Mean;
        var q = 0.0;
        for (var u = 0; u < c.Length; u++)
        {
            var d = c[u] - mean;
            q += d * d / (tau2 + (se[u] * se[u]));
        }

        return q;
    }

    private static (double Mean, double SumWeights) WeightedMean(ReadOnlySpan<double> c, ReadOnlySpan<double> se, double tau2)
    {
        double sw = 0, sc = 0;
        for (var u = 0; u < c.Length; u++)
        {
            var w = 1 / (tau2 + (se[u] * se[u]));
            sw += w;
            sc += w * c[u];
        }

        return (sw > 0 ? sc / sw : 0, sw);
    }

    private static double Reml(ReadOnlySpan<double> c, ReadOnlySpan<double> se, double start)
    {
        // Fisher scoring converges linearly, so a change of 1e-12 can still leave an error of several 1e-12; iterate
        // until the step is at rounding level (metafor's default threshold of 1e-5 stops about 1e-8 short of the root).
        var tau2 = start;
        for (var iteration = 0; iteration < MaxScoringIterations; iteration++)
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
            if (change <= 1e-15 * (1 + tau2))
            {
                break;
            }
        }

        return tau2;
    }
}
