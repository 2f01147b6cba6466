namespace Indikator.Core.RiskAdjustment;

/// <summary>A categorical covariate, expanded to one indicator column per level except the reference level.</summary>
/// <param name="Column">The name of a categorical column of the data.</param>
/// <param name="ReferenceLevel">The level left out (its effect is the baseline); null for the first level, in the
/// column's level order, that occurs among the rows used.</param>
/// <remarks>
/// <para>Indicator columns are named <c>Column[Level]</c>. In a model without intercept and without fixed effects the
/// first categorical term keeps all its levels (as R's <c>lm</c> does), so no level is left out.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed record CategoricalTerm(string Column, string? ReferenceLevel = null);
