using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.PushDown;

/// <summary>The columns a pushed-down fit reads, by role; validated names of a <see cref="LinearModelSpec"/> and the cluster columns.</summary>
internal sealed record PushDownModel(
    string Outcome,
    string[] Covariates,
    string[] Terms,
    string[] FixedEffects,
    string? Weights,
    string[] Clusters)
{
    /// <summary>Gets the numeric columns that must not be NULL: covariates, outcome, weights.</summary>
    public IEnumerable<string> NumericColumns
        => Covariates.Append(Outcome).Concat(Weights is null ? [] : [Weights]).Distinct(StringComparer.Ordinal);

    /// <summary>Gets the categorical columns that must not be missing: categorical covariates, fixed effects, clusters.</summary>
    public IEnumerable<string> CategoricalColumns
        => Terms.Concat(FixedEffects).Concat(Clusters).Distinct(StringComparer.Ordinal);
}

/// <summary>The kind of a design column.</summary>
internal enum DesignKind
{
    Constant,
    Numeric,
    Indicator,
}

/// <summary>One design column: the intercept, a numeric covariate, or the indicator of a level of categorical covariate <paramref name="Term"/>.</summary>
internal sealed record DesignEntry(DesignKind Kind, string Name, string Column, int Term = -1, string? Level = null);

/// <summary>What the later statements need from the first pass: the design, the fixed-effect projections per level and
/// the categorical levels; or, when <see cref="Symbolic"/>, placeholders for an explanation.</summary>
internal sealed class DesignValues
{
    /// <summary>Gets the design columns (p of them); the outcome is column p.</summary>
    public required DesignEntry[] Design { get; init; }

    /// <summary>Gets the levels of each fixed effect, in ordinal order.</summary>
    public required string[][] FixedEffectLevels { get; init; }

    /// <summary>Gets [column][fe][level]: the projection of column j (design columns, then the outcome) onto the fixed effects.</summary>
    public required double[]?[][] FixedEffectValues { get; init; }

    /// <summary>Gets the used levels of each categorical covariate, in ordinal order.</summary>
    public required string[][] TermLevels { get; init; }

    /// <summary>Gets the weighted mean of the outcome.</summary>
    public double OutcomeMean { get; init; }

    /// <summary>Gets a value indicating whether numbers and levels are placeholders (an explanation, nothing run).</summary>
    public bool Symbolic { get; init; }

    /// <summary>Gets p + 1.</summary>
    public int Columns => Design.Length + 1;
}
