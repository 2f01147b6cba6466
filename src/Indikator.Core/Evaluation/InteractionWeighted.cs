using System.Globalization;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Evaluation;

/// <summary>
/// Sun and Abraham's (2021) interaction-weighted estimator: cohort x relative-month interactions in one fit with office
/// and month effects, the never-treated control offices as the comparison group, averaged over cohorts with their
/// person-month shares as weights.
/// </summary>
/// <remarks>
/// <para>Naming: e is a cohort (trial offices with the same start), k the months since the start, binned at -L and K
/// (<see cref="TrialSpec.Leads"/>, <see cref="TrialSpec.Lags"/>), D_(e,k) the indicator of a person-month of cohort e at
/// relative month k, n_(e,k) the number of such person-months. Because every treated cell has its own coefficient, the
/// month effects are identified by the controls and the trial offices' own pre-trial months only, never by an already
/// treated cohort: the source of the two-way fixed-effects bias (Goodman-Bacon 2021; de Chaisemartin and
/// D'Haultfoeuille 2020).</para>
/// <para>Average effect: the fit y = a_o + g_t + sum_(e, k &gt;= 0) beta_(e,k) D_(e,k) + u, all pre-trial months as
/// the baseline (the extended two-way estimator of Wooldridge 2021, which equals the imputation estimator of Borusyak,
/// Jaravel and Spiess 2024), and theta = sum w_j beta_j with w_j = n_j / sum n over the post cells j. To bootstrap theta
/// it is made a coefficient of an equivalent fit: with j0 the largest cell, regress on D_j0 / w_j0 and on
/// D_j - (w_j / w_j0) D_j0 for j != j0; the coefficient of the first is theta, and the fit and residuals are those of
/// the plain interactions. Its interval: CR2 by office with Bell-McCaffrey degrees of freedom (<see cref="CellRegression"/>).</para>
/// <para>Event study: the fit with every k except -1 (leads included), theta_k = sum_e w_(e,k) beta_(e,k) with
/// w_(e,k) = n_(e,k) / sum_e n_(e,k), and the CR2 variance of that contrast by office with its Bell-McCaffrey degrees
/// of freedom. The shares are taken as fixed: a trial's offices and starts are set by design, not sampled. The placebo
/// test is the F test of all leads theta_k, k &lt;= -2, with the CR1 covariance and G - 1 denominator degrees of freedom.</para>
/// </remarks>
internal static class InteractionWeighted
{
    public const string Average = "att";

    public static TrialEffect AverageEffect(TrialSample sample, TrialSpec spec, bool bootstrap, CancellationToken cancellationToken)
    {
        var rows = sample.Rows;
        var lags = spec.Lags;
        var cohorts = sample.CohortStarts.Length;
        var cellOf = new int[rows.Length];
        var counts = new int[cohorts * (lags + 1)];
        for (var i = 0; i < rows.Length; i++)
        {
            var e = sample.CohortOf(rows[i]);
            var k = e >= 0 ? sample.RelativeMonth(rows[i]) : -1;
            cellOf[i] = k >= 0 ? (e * (lags + 1)) + Math.Min(k, lags) : -1;
            if (cellOf[i] >= 0)
            {
                counts[cellOf[i]]++;
            }
        }

        var cells = Enumerable.Range(0, counts.Length).Where(c => counts[c] > 0).ToArray();
        if (cells.Length == 0)
        {
            throw new InvalidOperationException("No trial office has person-months from its start on.");
        }

        double total = cells.Sum(c => counts[c]);
        var j0 = cells.OrderByDescending(c => counts[c]).ThenBy(c => c).First();
        var w0 = counts[j0] / total;
        var columns = new List<(string Name, double[] Values)>();
        var names = new List<string>();
        var first = new double[rows.Length];
        columns.Add((Average, first));
        names.Add(Average);
        var column = new Dictionary<int, double[]>();
        foreach (var c in cells.Where(c => c != j0))
        {
            var values = new double[rows.Length];
            var name = string.Create(CultureInfo.InvariantCulture, $"post_c{c / (lags + 1)}_k{c % (lags + 1)}");
            column.Add(c, values);
            columns.Add((name, values));
            names.Add(name);
        }

        for (var i = 0; i < rows.Length; i++)
        {
            var c = cellOf[i];
            if (c < 0)
            {
                continue;
            }

            if (c == j0)
            {
                first[i] = 1 / w0;
                foreach (var (other, values) in column)
                {
                    values[i] = -(counts[other] / total) / w0;
                }
            }
            else
            {
                column[c][i] = 1;
            }
        }

        var fit = TrialSample.Fit(sample.Table(rows, columns), names, CovarianceSpec.Cluster(TrialSample.OfficeColumn), spec, cancellationToken);
        var test = bootstrap ? TrialInference.Bootstrap(fit, Average, spec, cancellationToken) : null;
        return TrialInference.PooledEffect(
            fit,
            TrialInference.Cells(fit, sample, rows, columns),
            Average,
            spec.Comparison == TrialComparison.LastTreated
                ? "Interaction-weighted average effect over the post-start months (Sun and Abraham 2021; cohort x relative-month effects, controls and the last-treated cohort before its start)"
                : "Interaction-weighted average effect over the post-start months (Sun and Abraham 2021; cohort x relative-month effects, never-treated controls)",
            spec.ConfidenceLevel,
            test);
    }

    public static (IReadOnlyList<EventStudyPoint> Points, PlaceboTest Placebo) EventStudy(TrialSample sample, TrialSpec spec, CancellationToken cancellationToken)
    {
        var rows = sample.Rows;
        int leads = spec.Leads, lags = spec.Lags, width = leads + lags + 1;
        var cohorts = sample.CohortStarts.Length;
        var cellOf = new int[rows.Length];
        var counts = new int[cohorts * width];
        for (var i = 0; i < rows.Length; i++)
        {
            var e = sample.CohortOf(rows[i]);
            cellOf[i] = e >= 0 ? (e * width) + Math.Clamp(sample.RelativeMonth(rows[i]), -leads, lags) + leads : -1;
            if (cellOf[i] >= 0)
            {
                counts[cellOf[i]]++;
            }
        }

        var reference = leads - 1;
        var columns = new Dictionary<int, double[]>();
        var names = new Dictionary<int, string>();
        for (var c = 0; c < counts.Length; c++)
        {
            if (counts[c] > 0 && c % width != reference)
            {
                columns.Add(c, new double[rows.Length]);
                names.Add(c, string.Create(CultureInfo.InvariantCulture, $"es_c{c / width}_k{(c % width) - leads}"));
            }
        }

        for (var i = 0; i < rows.Length; i++)
        {
            if (cellOf[i] >= 0 && columns.TryGetValue(cellOf[i], out var values))
            {
                values[i] = 1;
            }
        }

        var ordered = columns.Keys.Order().ToArray();
        var fit = TrialSample.Fit(
            sample.Table(rows, ordered.Select(c => (names[c], columns[c]))), [.. ordered.Select(c => names[c])], CovarianceSpec.Cluster(TrialSample.OfficeColumn), spec, cancellationToken);
        var cells = TrialInference.Cells(fit, sample, rows, ordered.Select(c => (names[c], columns[c])));
        var points = new List<EventStudyPoint>();
        var leadTerms = new List<(string Name, double Weight)[]>();
        for (var b = 0; b < width; b++)
        {
            var k = b - leads;
            var n = Enumerable.Range(0, cohorts).Sum(e => counts[(e * width) + b]);
            var binned = b == 0 || b == width - 1;
            if (b == reference)
            {
                points.Add(new EventStudyPoint(k, binned, 0, 0, 0, 0, n));
                continue;
            }

            // Cohorts whose coefficient the fit kept; their shares renormalized.
            var kept = Enumerable.Range(0, cohorts).Select(e => (e * width) + b)
                .Where(c => counts[c] > 0 && TrialInference.IndexOf(fit, names[c]) >= 0).ToArray();
            double keptTotal = kept.Sum(c => counts[c]);
            if (kept.Length == 0)
            {
                points.Add(new EventStudyPoint(k, binned, double.NaN, double.NaN, double.NaN, double.NaN, n));
                continue;
            }

            var terms = kept.Select(c => (names[c], counts[c] / keptTotal)).ToArray();
            var (estimate, _) = TrialInference.Combination(fit, terms);
            var (_, se, dof) = cells.Cr2(TrialInference.Contrast(fit, cells, terms), c => cells.CellOffice[c]);
            var q = double.IsFinite(dof) && dof > 0 ? StudentT.InvCDF(0, 1, dof, 1 - ((1 - spec.ConfidenceLevel) / 2)) : double.NaN;
            points.Add(new EventStudyPoint(k, binned, estimate, se, estimate - (q * se), estimate + (q * se), n));
            if (k <= -2)
            {
                leadTerms.Add(terms);
            }
        }

        return (points, Placebo(fit, leadTerms));
    }

    private static PlaceboTest Placebo(LinearModelResult fit, List<(string Name, double Weight)[]> leads)
    {
        var m = leads.Count;
        var dof = fit.InferenceDegreesOfFreedom;
        if (m == 0)
        {
            return new PlaceboTest(0, double.NaN, dof, double.NaN, "No trial office has person-months two or more months before its start.");
        }

        if (m > dof)
        {
            // A clustered covariance has rank at most G - 1: more leads than that cannot be tested jointly.
            return new PlaceboTest(m, double.NaN, dof, double.NaN, $"{m} leads cannot be tested jointly with {dof + 1} offices; lower Leads.");
        }

        var theta = Vector<double>.Build.Dense(m);
        var sigma = Matrix<double>.Build.Dense(m, m);
        for (var a = 0; a < m; a++)
        {
            theta[a] = TrialInference.Combination(fit, leads[a]).Estimate;
            for (var b = 0; b < m; b++)
            {
                sigma[a, b] = Covariance(fit, leads[a], leads[b]);
            }
        }

        var solved = sigma.Solve(theta);
        var w = theta.DotProduct(solved);
        if (!double.IsFinite(w) || w < 0)
        {
            return new PlaceboTest(m, double.NaN, dof, double.NaN, "The covariance of the leads is singular.");
        }

        var f = w / m;
        return new PlaceboTest(m, f, dof, 1 - FisherSnedecor.CDF(m, dof, f), string.Empty);
    }

    private static double Covariance(LinearModelResult fit, (string Name, double Weight)[] a, (string Name, double Weight)[] b)
    {
        var sum = 0.0;
        foreach (var (na, wa) in a)
        {
            var ia = TrialInference.IndexOf(fit, na);
            foreach (var (nb, wb) in b)
            {
                sum += wa * wb * fit.CovarianceAt(ia, TrialInference.IndexOf(fit, nb));
            }
        }

        return sum;
    }
}
