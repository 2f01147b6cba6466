using Indikator.Core.Data;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Internal;

namespace Indikator.Core.Evaluation;

/// <summary>
/// Evaluates an office trial on the risk-adjusted person-month outcome: trial offices against control offices
/// (given, or matched on pre-trial level, trend and size), by difference-in-differences with office and month effects,
/// an event study with a placebo test, Sun and Abraham's interaction-weighted estimator for staggered starts, and each
/// trial office against its own controls.
/// </summary>
/// <remarks>
/// <para>The outcome is the one the work indicator publishes: actual minus expected from the work indicators' risk model
/// (variant (a), <see cref="WorkRiskModelSpec"/>), so that a trial office is not credited for a change in who its users
/// are. Inference: because trial offices are few, the bias-reduced cluster-robust covariance (CR2) by office with
/// Bell-McCaffrey degrees of freedom, and the wild cluster bootstrap-t by office (restricted, Webb weights) beside it,
/// for the average effects; per office, CR2 clustered two ways by person and office x month with the office's cells - 1
/// degrees of freedom. docs/evaluation.md has the formulas, references and simulated coverage.</para>
/// <para>The same inputs give the same result whatever the row order or thread count: controls are matched
/// deterministically and the bootstrap is seeded.</para>
/// <para>This type is stateless and thread safe.</para>
/// </remarks>
public static class TrialEvaluation
{
    /// <summary>Evaluates a trial on the risk-adjusted outcome of a work-indicator result.</summary>
    /// <param name="work">The work indicators; their risk model (variant (a)) for <see cref="TrialSpec.Outcome"/> gives
    /// the expected outcome, and its rows the offices and measurement months.</param>
    /// <param name="spec">The trial.</param>
    /// <param name="cancellationToken">Cancels the fits and the bootstrap.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The specification is invalid: an option out of range, an office unknown or
    /// listed twice, a start outside the data, too few offices to match (named in the message).</exception>
    /// <exception cref="InputDataException">A trial office has too few pre-trial months to match on.</exception>
    /// <exception cref="NotSupportedException">The work indicators were computed inside a database.</exception>
    /// <exception cref="OperationCanceledException">The evaluation was cancelled.</exception>
    public static TrialEvaluationResult Evaluate(WorkIndicatorResult work, TrialSpec spec, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(work);
        Validate(spec);
        var panel = TrialPanel.FromWork(work, spec);
        return Run(panel, spec, $"{spec.Outcome}, actual minus expected from the work indicators' risk model", cancellationToken);
    }

    /// <summary>Evaluates a trial on a caller's person-months whose outcome is already risk-adjusted.</summary>
    /// <param name="data">The person-months: <see cref="TrialSpec.Outcome"/> (numeric, NaN = missing),
    /// <see cref="TrialSpec.OfficeColumn"/>, <see cref="TrialSpec.PeriodColumn"/> (levels <c>yyyy-MM</c>) and
    /// <see cref="TrialSpec.PersonColumn"/> (categorical).</param>
    /// <param name="spec">The trial.</param>
    /// <param name="cancellationToken">Cancels the fits and the bootstrap.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A column is missing, or the specification is invalid (named in the message).</exception>
    /// <exception cref="InputDataException">A month level is not <c>yyyy-MM</c>, an outcome is infinite, or a trial
    /// office has too few pre-trial months to match on.</exception>
    /// <exception cref="OperationCanceledException">The evaluation was cancelled.</exception>
    public static TrialEvaluationResult Evaluate(IColumnSource data, TrialSpec spec, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(data);
        Validate(spec);
        return Run(TrialPanel.FromColumns(data, spec), spec, spec.Outcome, cancellationToken);
    }

    private static void Validate(TrialSpec spec)
    {
        Guard.NotNull(spec);
        if (spec.Trials.Count == 0)
        {
            throw new ArgumentException("Trials must hold at least one trial office.", nameof(spec));
        }

        Check(spec.ControlsPerTrialOffice >= 1, $"ControlsPerTrialOffice must be at least 1 (was {spec.ControlsPerTrialOffice}).");
        Check(spec.MatchingMonths >= 2, $"MatchingMonths must be at least 2 (was {spec.MatchingMonths}).");
        Check(spec.Leads >= 2, $"Leads must be at least 2 (was {spec.Leads}).");
        Check(spec.Lags >= 1, $"Lags must be at least 1 (was {spec.Lags}).");
        Check(Enum.IsDefined(spec.Comparison), $"Comparison must be a defined value (was {spec.Comparison}).");
        Check(
            spec.Comparison != TrialComparison.LastTreated || spec.Trials.Select(t => t.Start).Distinct().Count() > 1,
            "Comparison LastTreated needs staggered starts: at least two distinct start months.");
        Check(spec.ConfidenceLevel is > 0 and < 1, $"ConfidenceLevel must be in (0, 1) (was {spec.ConfidenceLevel}).");
        Check(spec.BootstrapReplications >= 99, $"BootstrapReplications must be at least 99 (was {spec.BootstrapReplications}).");
        Check(spec.MaxDegreeOfParallelism == -1 || spec.MaxDegreeOfParallelism > 0, $"MaxDegreeOfParallelism must be -1 or positive (was {spec.MaxDegreeOfParallelism}).");
        var trials = spec.Trials.Select(t => t.Office).ToArray();
        var twice = trials.GroupBy(o => o, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        Check(twice is null, $"Trials: office '{twice?.Key}' is listed more than once.");
        var both = spec.Controls.FirstOrDefault(c => trials.Contains(c, StringComparer.Ordinal));
        Check(both is null, $"Controls: office '{both}' is also a trial office.");
        Check(spec.Controls.Distinct(StringComparer.Ordinal).Count() == spec.Controls.Count, "Controls: an office is listed more than once.");

        static void Check(bool ok, string message)
        {
            if (!ok)
            {
                throw new ArgumentException(message, nameof(spec));
            }
        }
    }

    private static TrialEvaluationResult Run(TrialPanel panel, TrialSpec spec, string outcome, CancellationToken cancellationToken)
    {
        var trials = spec.Trials;
        var trialCodes = trials.Select(t => Code(panel, t.Office, "Trials")).ToArray();
        foreach (var t in trials)
        {
            var start = t.Start.Index - panel.FirstMonth.Index;
            if (start < 1 || start >= panel.MonthCount)
            {
                throw new ArgumentException(
                    $"Trials: office '{t.Office}' starts {t.Start}, but the data cover {panel.FirstMonth} to {panel.MonthAt(panel.MonthCount - 1)}; a start needs a month of data before it and be within the data.",
                    nameof(spec));
            }
        }

        IReadOnlyList<MatchedControl> controls;
        int[][] controlsOf;
        if (spec.Controls.Count > 0)
        {
            var given = spec.Controls.Select(c => Code(panel, c, "Controls")).ToArray();
            controls = [.. trials.SelectMany(t => spec.Controls.Select(c => new MatchedControl(t.Office, c, double.NaN, double.NaN, double.NaN, double.NaN)))];
            controlsOf = [.. trials.Select(_ => given)];
        }
        else
        {
            controls = ControlMatching.Match(panel, trials, trialCodes, spec);
            controlsOf = [.. trials.Select(t => controls.Where(m => m.TrialOffice == t.Office).Select(m => Code(panel, m.ControlOffice, "Controls")).ToArray())];
        }

        int[] controlCodes = [.. controlsOf.SelectMany(c => c).Distinct()];
        var sample = new TrialSample(panel, trialCodes, trials, controlCodes);
        var pooled = sample;
        if (spec.Comparison == TrialComparison.LastTreated)
        {
            // The last cohort joins the controls until its start; later months have no untreated comparison.
            var last = trials.Max(t => t.Start);
            var earlier = Enumerable.Range(0, trials.Count).Where(t => trials[t].Start != last).ToArray();
            var lastCodes = Enumerable.Range(0, trials.Count).Where(t => trials[t].Start == last).Select(t => trialCodes[t]);
            pooled = new TrialSample(
                panel, [.. earlier.Select(t => trialCodes[t])], [.. earlier.Select(t => trials[t])], [.. controlCodes.Concat(lastCodes)], last.Index - panel.FirstMonth.Index);
        }

        var effect = InteractionWeighted.AverageEffect(pooled, spec, bootstrap: true, cancellationToken);
        var twoWay = TwoWayDifferenceInDifferences.Estimate(pooled, spec, bootstrap: true, cancellationToken);
        var (points, placebo) = InteractionWeighted.EventStudy(pooled, spec, cancellationToken);
        var offices = OfficeEffects.Estimate(sample, trials, trialCodes, controlsOf, spec, cancellationToken);
        var cohorts = sample.CohortStarts.Select(panel.MonthAt).ToArray();
        return new TrialEvaluationResult(spec, outcome, controls, cohorts, effect, twoWay, points, placebo, offices, panel.Excluded);
    }

    private static int Code(TrialPanel panel, string office, string property)
    {
        var code = Array.IndexOf(panel.Offices, office);
        return code >= 0 && panel.Office.Contains(code)
            ? code
            : throw new ArgumentException($"{property}: office '{office}' has no person-month with the outcome in the data.");
    }
}
