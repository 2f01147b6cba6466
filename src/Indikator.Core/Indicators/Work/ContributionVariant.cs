namespace Indikator.Core.Indicators.Work;

/// <summary>How a unit's contribution (NAV-bidraget) is estimated; see docs/arbeidsindikatoren.md.</summary>
public enum ContributionVariant
{
    /// <summary>(a) NAV's published approach: the unit's mean residual, actual minus expected, from the risk model without unit effects.</summary>
    MeanResidual,

    /// <summary>(b) The within estimator: the unit's fixed effect in the risk model with unit and period fixed effects, centred to a person-month-weighted mean of zero.</summary>
    FixedEffect,
}
