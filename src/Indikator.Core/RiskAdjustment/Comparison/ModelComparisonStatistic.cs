namespace Indikator.Core.RiskAdjustment;

/// <summary>What a model comparison shows in parentheses below each estimate.</summary>
public enum ModelComparisonStatistic
{
    /// <summary>The standard error, as fixest's <c>etable</c> and statsmodels' <c>summary_col</c> do by default.</summary>
    StandardError = 0,

    /// <summary>The confidence interval at <see cref="ModelComparisonOptions.ConfidenceLevel"/>, in brackets.</summary>
    ConfidenceInterval = 1,

    /// <summary>The t statistic.</summary>
    TStatistic = 2,
}
