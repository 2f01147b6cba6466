namespace Indikator.Core.Evaluation;

/// <summary>The trial effect at one month relative to the start (0 = the start month), averaged over the cohorts that
/// reach it with their person-month shares as weights (Sun and Abraham 2021).</summary>
/// <param name="RelativeMonth">Months since the start; negative before it. -1 is the reference (estimate 0).</param>
/// <param name="IsBinned">Whether the point stands for all months at or beyond <paramref name="RelativeMonth"/> on its
/// side (the first lead or the last lag).</param>
/// <param name="Estimate">The effect relative to month -1; NaN when no trial office reaches the month.</param>
/// <param name="StandardError">The standard error (CR2 by office, the cohort shares taken as fixed); 0 for the reference.</param>
/// <param name="Lower">The lower bound of the t interval (Bell-McCaffrey degrees of freedom).</param>
/// <param name="Upper">The upper bound of the t interval.</param>
/// <param name="PersonMonths">The trial person-months at this relative month.</param>
/// <remarks>This type is immutable and thread safe.</remarks>
public sealed record EventStudyPoint(int RelativeMonth, bool IsBinned, double Estimate, double StandardError, double Lower, double Upper, int PersonMonths)
{
    /// <summary>Gets whether this is the reference month -1, whose effect is 0 by definition.</summary>
    public bool IsReference => RelativeMonth == -1;
}
