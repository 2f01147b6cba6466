namespace Indikator.Core.Indicators.Work;

/// <summary>Why person-months of the stock are left out of an outcome's risk model and tables.</summary>
public enum RowExclusionReason
{
    /// <summary>The outcome is missing: not yet observable (censored) at the last complete register month, or missing
    /// in the data.</summary>
    OutcomeMissing,

    /// <summary>A covariate of the risk model is missing (for example the age), so the model cannot place the row.</summary>
    CovariateMissing,
}
