namespace Indikator.Core.RiskAdjustment;

/// <summary>How fixed effects are projected out.</summary>
public enum AbsorptionStrategy
{
    /// <summary>The closed form (group means) for one fixed effect; for two, the exact two-way solve when a cost model of
    /// both methods expects it to be faster, alternating projections otherwise; alternating projections for three or
    /// more.</summary>
    /// <remarks>With la and lb the level counts of the larger and the smaller fixed effect, n the rows and m the columns
    /// projected, the exact solve is chosen when la lb is at most 65,536 or when all of these hold: la lb is at most n / 4
    /// and at most 1,000,000, and lb min(n, la lb) + lb^3 / 3 is at most 7 m n (forming and factoring the Schur complement
    /// costs no more than one sweep of alternating projections). docs/risk-adjustment.md derives the rule.</remarks>
    Auto,

    /// <summary>Always use alternating projections with Irons-Tuck acceleration (iterative, to <see cref="FitOptions.Tolerance"/>).</summary>
    AlternatingProjections,

    /// <summary>The closed form for one fixed effect and the exact two-way solve for two, whatever the level counts; its
    /// memory grows as la lb (a table of cell sums per column) and lb^2 (the Schur complement). Alternating projections are
    /// used for three or more fixed effects, when the two-way cell grid does not fit in one array, and when the Schur
    /// system is numerically singular; <see cref="LinearModelResult.Absorption"/> reports the method used.</summary>
    Exact,
}
