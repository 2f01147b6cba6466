using Indikator.Core.Internal;
using Indikator.Core.Reporting;

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

    /// <summary>Gets display names for coefficients and fixed effects, by the name the fit gives them (fixest's
    /// <c>dict</c>); a name not in the map is shown as it is.</summary>
    /// <value>The default value is an empty map.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyDictionary<string, string> Labels { get; init => field = ValueMap.Of(value); } = ValueMap.Of(new Dictionary<string, string>());

    /// <summary>Gets the language of the table's own words: the row labels below the coefficients, "Yes"/"No", the notes and the header of the term column.</summary>
    /// <value>The default value is <see cref="ReportLanguage.English"/>.</value>
    public ReportLanguage Language { get; init; } = ReportLanguage.English;
}
