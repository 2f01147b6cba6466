namespace Indikator.Core.RiskAdjustment;

/// <summary>Which residuals a wild cluster bootstrap resamples.</summary>
public enum WildBootstrapType
{
    /// <summary>WCR: residuals and fitted values of the model estimated under H0, t*_b = (beta*_b - r) / se*_b; the
    /// recommended variant (MacKinnon, Nielsen and Webb 2023).</summary>
    Restricted,

    /// <summary>WCU: residuals and fitted values of the unrestricted model, t*_b = (beta*_b - beta^) / se*_b, one set
    /// of t*_b for every null value r.</summary>
    Unrestricted,
}
