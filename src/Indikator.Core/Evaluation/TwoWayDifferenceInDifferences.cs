using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Evaluation;

/// <summary>
/// The classic difference-in-differences: y_it = a_o + g_t + beta D_it + e_it on the trial and control offices' person-months,
/// D_it = 1 for a trial office from its start month on, a_o and g_t absorbed office and month effects, the CR2 covariance
/// clustered by office with Bell-McCaffrey degrees of freedom, and a wild cluster bootstrap by office (CR1 t statistic)
/// because trial offices are few.
/// </summary>
/// <remarks>With one start month for all trial offices beta is the DiD of the trial offices against the controls. With
/// staggered starts and effects that change over time or differ by cohort, beta weights some cohort contrasts negatively
/// (Goodman-Bacon 2021; de Chaisemartin and D'Haultfoeuille 2020): it is kept for comparison only, and the headline
/// effect is then <see cref="InteractionWeighted"/>.</remarks>
internal static class TwoWayDifferenceInDifferences
{
    public const string Treated = "trial";

    public static TrialEffect Estimate(TrialSample sample, TrialSpec spec, bool bootstrap, CancellationToken cancellationToken)
    {
        var rows = sample.Rows;
        var treated = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            treated[i] = sample.CohortOf(r) >= 0 && sample.RelativeMonth(r) >= 0 ? 1 : 0;
        }

        var fit = TrialSample.Fit(sample.Table(rows, [(Treated, treated)]), [Treated], CovarianceSpec.Cluster(TrialSample.OfficeColumn), spec, cancellationToken);
        var test = bootstrap ? TrialInference.Bootstrap(fit, Treated, spec, cancellationToken) : null;
        var cells = TrialInference.Cells(fit, sample, rows, [(Treated, treated)]);
        return TrialInference.PooledEffect(fit, cells, Treated, "Two-way fixed effects difference-in-differences (office and month effects)", spec.ConfidenceLevel, test);
    }
}
