namespace Indikator.Core.Indicators.Work;

/// <summary>The fitted overdispersion of a funnel plot: both Spiegelhalter (2005) adjustments are estimated, <see cref="Mode"/> says which one the limits use.</summary>
internal sealed record FunnelFit(FunnelOverdispersion Mode, double Phi, double TauSquared)
{
    /// <summary>qnorm(0.975): two-sided 95 percent limits.</summary>
    public const double Z95 = 1.9599639845400536;

    /// <summary>qnorm(0.999): two-sided 99.8 percent limits.</summary>
    public const double Z998 = 3.0902323061678132;

    /// <summary>The same estimates with the limits of another adjustment.</summary>
    public FunnelFit As(FunnelOverdispersion mode) => this with { Mode = mode };

    /// <summary>The half-width of the limit at standard error <paramref name="se"/> for normal quantile <paramref name="z"/>.</summary>
    /// <remarks>The multiplicative limits never get narrower than the plain ones: with phi below 1 (less spread than
    /// chance) they stay at z se, as Spiegelhalter (2005, section 5.2) only inflates for overdispersion.</remarks>
    public double HalfWidth(double se, double z) => Mode switch
    {
        FunnelOverdispersion.Multiplicative => z * se * Math.Sqrt(Math.Max(1, Phi)),
        FunnelOverdispersion.Additive => z * Math.Sqrt((se * se) + TauSquared),
        _ => z * se,
    };
}

/// <summary>Spiegelhalter (2005) funnel plots: z-scores against a target, winsorised overdispersion, multiplicative and additive limits.</summary>
/// <remarks>
/// <para>With estimates y_u, target t and standard errors s_u (for a proportion: y_u = O_u/n_u, t = pooled p0,
/// s_u = sqrt(p0 (1 - p0) / n_u)), d_u = y_u - t and z_u = d_u / s_u. Winsorisation at q = 10 percent: with I units
/// and k = floor(q I), the k smallest z are set to the (k+1)-th smallest and the k largest to the (k+1)-th largest.
/// phi = (1/I) sum zw_u^2. Multiplicative limits: t +/- z sqrt(phi) s_u. Additive random effects
/// (DerSimonian-Laird on the winsorised z): w_u = 1/s_u^2, tau^2 = max(0, (I phi - (I - 1)) / (sum w - sum w^2 / sum w)),
/// limits t +/- z sqrt(s_u^2 + tau^2).</para>
/// <para>Spiegelhalter, D. J. (2005). Funnel plots for comparing institutional performance. Statistics in Medicine 24,
/// 1185-1202, sections 5.1-5.3; the rule "set the lowest 100q% of z-scores to Z_q" is read as above, as in the
/// reference results of shared/reference/inference (Part 4).</para>
/// </remarks>
internal static class FunnelLimits
{
    /// <summary>One in this many z-scores is winsorised at each end (q = 10 percent); k = floor(I / 10) in integers, so no rounding of 0.1 I.</summary>
    public const int WinsorDivisor = 10;

    /// <summary>Estimates phi and tau^2 from the deviations from the target and their standard errors (all finite, se &gt; 0).</summary>
    public static FunnelFit Fit(ReadOnlySpan<double> deviation, ReadOnlySpan<double> se, FunnelOverdispersion mode)
    {
        var count = deviation.Length;
        if (count < 2)
        {
            return new FunnelFit(mode, 1, 0);
        }

        var z = new double[count];
        for (var u = 0; u < count; u++)
        {
            z[u] = deviation[u] / se[u];
        }

        var winsorised = Winsorise(z);
        double phi = 0, s1 = 0, s2 = 0;
        for (var u = 0; u < count; u++)
        {
            phi += winsorised[u] * winsorised[u];
            var weight = 1 / (se[u] * se[u]);
            s1 += weight;
            s2 += weight * weight;
        }

        phi /= count;
        var tau2 = Math.Max(0, ((count * phi) - (count - 1)) / (s1 - (s2 / s1)));
        return new FunnelFit(mode, phi, tau2);
    }

    /// <summary>Winsorises z-scores at q = 1 / <see cref="WinsorDivisor"/> at each end: a new array in the input order.</summary>
    public static double[] Winsorise(ReadOnlySpan<double> z)
    {
        var result = z.ToArray();
        if (result.Length < 2)
        {
            return result;
        }

        var sorted = (double[])result.Clone();
        Array.Sort(sorted);
        var k = result.Length / WinsorDivisor;
        for (var u = 0; u < result.Length; u++)
        {
            result[u] = Math.Clamp(result[u], sorted[k], sorted[result.Length - 1 - k]);
        }

        return result;
    }
}
