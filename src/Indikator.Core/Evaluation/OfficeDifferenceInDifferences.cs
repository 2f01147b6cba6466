namespace Indikator.Core.Evaluation;

/// <summary>
/// One trial office against its own controls: y = a_o + g_t + beta D_ot + u on the office's and its controls'
/// person-months, with the bias-reduced cluster-robust covariance (CR2) clustered two ways, by person and by office x
/// month, and a t interval with m - 1 degrees of freedom, m the trial office's number of office x month cells.
/// </summary>
/// <remarks>
/// <para>One trial office is one treated cluster, for which office clustering and the wild cluster bootstrap both fail
/// (MacKinnon and Webb 2017, 2018). The office's effect is read as the effect for this office in this period, and its
/// uncertainty as that of its users and months: persons recur across months, and the users of an office share the
/// month's local shocks (two-way clustering, Cameron, Gelbach and Miller 2011: V = V_person + V_cell - V_person-month).
/// The plain (CR1) terms under-cover here (91-93 % for a nominal 95 % in the repeated simulation): beta rests on the
/// trial office's few cells, each with high leverage. CR2 (Bell and McCaffrey 2002) adjusts each cluster's residuals by
/// (I - H_gg)^(-1/2) in every term, which makes the variance unbiased under homoskedasticity; and the t reference
/// distribution takes its degrees of freedom from the cells that carry the information on beta, the trial office's
/// own, minus one for its office effect. Together 94.9 % coverage in the repeated simulation (docs/evaluation.md).</para>
/// <para>Persistent office shocks that last beyond a month are not in this interval; the pooled effect's interval,
/// clustered by office, is the one that includes them.</para>
/// </remarks>
internal static class OfficeDifferenceInDifferences
{
    public const string Method = "Difference-in-differences against its own controls (office and month effects)";

    public const string CovarianceDescription = "CR2 (Bell-McCaffrey bias-reduced) cluster-robust two ways, by person and by office x month; t with the trial office's office x month cells minus 1 degrees of freedom";

    public static TrialEffect Estimate(TrialSample sample, int[] rows, int trialCode, double level)
    {
        var panel = sample.Panel;
        var treated = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            treated[i] = sample.CohortOf(r) >= 0 && sample.RelativeMonth(r) >= 0 ? 1 : 0;
        }

        var fit = CellRegression.Build(sample, rows, [treated]);
        int before = 0, after = 0;
        var start = sample.CohortStarts[sample.OfficeCohort[trialCode]];
        for (var c = 0; c < fit.CellCount; c++)
        {
            if (fit.CellOffice[c] == trialCode)
            {
                _ = fit.CellMonth[c] >= start ? after++ : before++;
            }
        }

        if (before == 0 || after == 0)
        {
            throw new InvalidOperationException(
                $"The effect of trial office '{panel.Offices[trialCode]}' is not identified: it needs person-months before and after its start.");
        }

        var contrast = fit.Regressor(0);
        var (estimate, cellSe, _) = fit.Cr2(contrast, c => c);
        var person = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            person[i] = panel.Person[rows[i]];
        }

        // Two-way: persons + office x month cells - their intersection (a person is in a cell once: singletons).
        var (persons, singletons) = fit.Cr2Rows(contrast, person);
        var cells = cellSe * cellSe;
        var variance = cells + persons - singletons;
        if (!(variance > 0))
        {
            // The difference can be negative in small samples; the larger one-way term is then the conservative choice
            // (Cameron, Gelbach and Miller 2011).
            variance = Math.Max(cells, persons);
        }

        return TrialInference.Effect(Method, estimate, Math.Sqrt(variance), before + after - 1, CovarianceDescription, rows.Length, level, bootstrap: null);
    }
}
