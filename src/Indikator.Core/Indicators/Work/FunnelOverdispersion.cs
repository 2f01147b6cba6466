namespace Indikator.Core.Indicators.Work;

/// <summary>Overdispersion adjustment of funnel-plot control limits (Spiegelhalter 2005).</summary>
/// <remarks>
/// <para>With z_u = (y_u - target) / s_u winsorised at 10 percent at each end (zw_u), phi = (1/I) sum zw_u^2 and
/// tau^2 = max(0, (I phi - (I - 1)) / (sum w - sum w^2 / sum w)), w = 1/s_u^2. Both are estimated whatever the
/// adjustment; this choice only says which limits are drawn and published.</para>
/// <para>Spiegelhalter, D. J. (2005). Funnel plots for comparing institutional performance. Statistics in Medicine 24,
/// 1185-1202; Spiegelhalter, D. J., Sherlaw-Johnson, C., Bardsley, M., Blunt, I., Wood, C. and Grigg, O. (2012).
/// Statistical methods for healthcare regulation: rating, screening and surveillance. Journal of the Royal Statistical
/// Society A 175, 1-47.</para>
/// </remarks>
public enum FunnelOverdispersion
{
    /// <summary>No adjustment: limits at +/- z s around the national value. Assumes that all units share one true value, so with real differences between units most large units fall outside.</summary>
    None,

    /// <summary>Multiplicative: limits at +/- z sqrt(phi) s, only when phi &gt; 1. Widens every limit by the same factor, so large units keep very narrow limits.</summary>
    Multiplicative,

    /// <summary>Additive random effects: limits at +/- z sqrt(s^2 + tau^2). Asks whether a unit is unusual given that units genuinely differ by about tau; the default of the work indicators.</summary>
    Additive,
}
