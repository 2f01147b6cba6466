using Indikator.Core.Internal;

namespace Indikator.Core.RiskAdjustment;

/// <summary>What to fit: a linear model (OLS, or a linear probability model for a 0/1 outcome) of an outcome on
/// numeric and categorical covariates, with any number of absorbed fixed effects.</summary>
/// <remarks>
/// <para>The model is y = X b + D_1 a_1 + ... + D_k a_k + e, where X holds the numeric covariates, the indicators of
/// the categorical covariates and (without fixed effects) the intercept, and D_f the dummies of fixed effect f.
/// Fixed effects are absorbed (projected out), so they cost no columns; with fixed effects the intercept is part of
/// them and <see cref="Intercept"/> is ignored.</para>
/// <para>The lists are copied when set, so changing a list after passing it in does not change the specification, and
/// two specifications with equal lists are equal (<c>Equals</c> compares the lists element by element).</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed record LinearModelSpec
{
    /// <summary>Initializes a specification.</summary>
    /// <param name="outcome">The name of the numeric outcome column.</param>
    /// <param name="covariates">Names of numeric covariate columns; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="covariates"/> is null.</exception>
    public LinearModelSpec(string outcome, IReadOnlyList<string> covariates)
    {
        Outcome = outcome;
        Covariates = covariates;
    }

    /// <summary>Gets the name of the numeric outcome column.</summary>
    public string Outcome { get; init; }

    /// <summary>Gets the names of the numeric covariates, in coefficient order.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<string> Covariates { get; init => field = ValueList.Of(value); }

    /// <summary>Gets the categorical covariates, expanded to indicators after the numeric ones.</summary>
    /// <value>The default value is none.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<CategoricalTerm> Categorical { get; init => field = ValueList.Of(value); } = ValueList<CategoricalTerm>.Empty;

    /// <summary>Gets the names of categorical columns whose effects are absorbed (for example office and period).</summary>
    /// <value>The default value is none.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<string> FixedEffects { get; init => field = ValueList.Of(value); } = ValueList<string>.Empty;

    /// <summary>Gets the name of a numeric column of non-negative observation weights, or null for equal weights.</summary>
    /// <value>The default value is null. Rows with weight zero are removed and counted.</value>
    public string? Weights { get; init; }

    /// <summary>Gets a value indicating whether the model has an intercept (ignored when there are fixed effects).</summary>
    /// <value>The default value is true.</value>
    public bool Intercept { get; init; } = true;

    /// <summary>Checks at the public edge of every fit that the outcome is named and no list is null.</summary>
    internal void ThrowIfIncomplete()
    {
        Guard.NotEmpty(Outcome);
        Guard.NotNull(Covariates);
        Guard.NotNull(Categorical);
        Guard.NotNull(FixedEffects);
    }
}
