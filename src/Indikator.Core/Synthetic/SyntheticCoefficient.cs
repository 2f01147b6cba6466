namespace Indikator.Core.Synthetic;

/// <summary>One term of the true base model of the monthly employment probability.</summary>
/// <param name="Term">The term, for example <c>need_category=varig_tilpasset</c>, <c>age-40</c>, <c>(age-40)^2</c>, <c>prior_hours</c> or <c>intercept</c>.</param>
/// <param name="Value">The coefficient on the probability scale.</param>
/// <remarks>This record is immutable and thread safe.</remarks>
public sealed record SyntheticCoefficient(string Term, double Value);
