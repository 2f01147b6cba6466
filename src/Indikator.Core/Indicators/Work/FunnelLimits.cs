namespace Indikator.Core.Indicators.Work;

/// <summary>The overdispersion of a funnel plot.</summary>
internal sealed record FunnelFit(FunnelOverdispersion Mode, double Phi, double TauSquared)
{
    public const double Z95 = 1.959963984540054;
    public const double Z998 = 3.090232306167813;

    /// <summary>The half-width of the limit at standard error <paramref name="se"/> for normal quantile <paramref name="z"/>.</summary>
    public double HalfWidth(double se, double z) => Mode switch
    {
        FunnelOverdispersion.Multiplicative => z * se * Math.Sqrt(Math.Max(1, Phi)),
        FunnelOverdispersion.Additive => z * Math.Sqrt((se * se) + TauSquared),
        _ => z * se,
    };
}

/// <summary>Spiegelhalter (2005) funnel plots: z-scores against the national value 0, winsorised overdispersion.</summary>
/// <remarks>
/// z_u = c_u / s_u; the 10 percent smallest and largest z are set to the 10th and 90th percentile (winsorised);
/// phi = mean of the winsorised z^2. Multiplicative: limits scaled by sqrt(phi) when phi &gt; 1. Additive:
/// tau^2 = max(0, (k phi - (k - 1)) / (S1 - S2/S1)) with w = 1/s^2, limits +/- z sqrt(s^2 + tau^2).
/// </remarks>
internal static class FunnelLimits
{
    public static FunnelFit Fit(ReadOnlySpan<double> c, ReadOnlySpan<double> se, FunnelOverdispersion mode)
    {
        var k = c.Length;
        if (k < 2)
        {
            return new FunnelFit(mode, 1, 0);
        }

        var z = new double[k];
        for (var u = 0; u < k; u++)
        {
            z[u] = c[u] / se[u];
        }

        var sorted = (double[])z.Clone();
        Array.Sort(sorted);
        var low = sorted[(int)Math.Floor(0.1 * (k - 1))];
        var high = sorted[(int)Math.Ceiling(0.9 * (k - 1))];
        double phi = 0, s1 = 0, s2 = 0;
        for (var u = 0; u < k; u++)
        {
            var w = Math.Clamp(z[u], low, high);
            phi += w * w;
            var weight = 1 / (se[u] * se[u]);
            s1 += weight;
            s2 += weight * weight;
        }

        phi /= k;
        var tau2 = mode == FunnelOverdispersion.Additive ? Math.Max(0, ((k * phi) - (k - 1)) / (s1 - (s2 / s1))) : 0;
        return new FunnelFit(mode, phi, tau2);
    }
}
