namespace Indikator.Core.RiskAdjustment;

/// <summary>Options of <see cref="ModelComparison"/>.</summary>
/// <remarks>This type is immutable and thread safe.</remarks>
public sealed record ModelComparisonOptions
{
    /// <summary>Gets the default options: standard errors, four decimals, significance stars.</summary>
    public static ModelComparisonOptions Default { get; } = new();

    /// <summary>Gets what is shown below each estimate.</summary>
    /// <value>The default value is <see cref="ModelComparisonStatistic.StandardError"/>.</value>
    public ModelComparisonStatistic Statistic { get; init; } = ModelComparisonStatistic.StandardError;

    /// <summary>Gets the number of decimals of estimates and statistics.</summary>
    /// <value>The default value is 4.</value>
    public int Decimals { get; init; } = 4;

    /// <summary>Gets the level of the intervals when <see cref="Statistic"/> asks for them.</summary>
    /// <value>The default value is 0.95.</value>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Gets a value indicating whether estimates carry significance stars: *** p &lt; 0.001, ** p &lt; 0.01,
    /// * p &lt; 0.05, fixest's <c>etable</c> codes without its "." for p &lt; 0.1.</summary>
    /// <value>The default value is true.</value>
    public bool Stars { get; init; } = true;
}
