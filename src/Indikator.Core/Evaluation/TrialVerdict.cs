namespace Indikator.Core.Evaluation;

/// <summary>How a trial office did against its controls, read off its confidence interval.</summary>
public enum TrialVerdict
{
    /// <summary>The interval holds 0: as good as its controls, as far as the data can tell.</summary>
    AsGoodAsControls,

    /// <summary>The interval lies above 0: better than its controls.</summary>
    Better,

    /// <summary>The interval lies below 0: worse than its controls.</summary>
    Worse,
}
