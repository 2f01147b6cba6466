using System.Globalization;
using Indikator.Core.Data;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Evaluation;

/// <summary>
/// The person-months of the trial and control offices, with each row's cohort (the trial offices that share a start
/// month; -1 for a control) and the tables the fits read. Columns are dense and private to the evaluation; the person
/// column is a code, used for clustering only.
/// </summary>
internal sealed class TrialSample
{
    public const string Outcome = "y";
    public const string OfficeColumn = "office";
    public const string MonthColumn = "month";
    public const string PersonColumn = "person";
    public const string OfficeMonthColumn = "office_month";

    /// <param name="panel">The panel.</param>
    /// <param name="trialCodes">The trial offices' codes, in the order of <paramref name="trials"/>.</param>
    /// <param name="trials">The trial offices in the sample as treated.</param>
    /// <param name="controlCodes">The comparison offices.</param>
    /// <param name="endMonth">The first panel month left out (months since the first), or int.MaxValue for none.</param>
    public TrialSample(TrialPanel panel, int[] trialCodes, IReadOnlyList<TrialOffice> trials, int[] controlCodes, int endMonth = int.MaxValue)
    {
        Panel = panel;
        var starts = trials.Select(t => t.Start.Index - panel.FirstMonth.Index).Distinct().Order().ToArray();
        CohortStarts = starts;
        OfficeCohort = new int[panel.Offices.Length];
        Array.Fill(OfficeCohort, -2);
        for (var t = 0; t < trials.Count; t++)
        {
            OfficeCohort[trialCodes[t]] = Array.IndexOf(starts, trials[t].Start.Index - panel.FirstMonth.Index);
        }

        foreach (var c in controlCodes)
        {
            OfficeCohort[c] = -1;
        }

        var rows = new List<int>();
        for (var i = 0; i < panel.RowCount; i++)
        {
            if (OfficeCohort[panel.Office[i]] >= -1 && panel.Month[i] < endMonth)
            {
                rows.Add(i);
            }
        }

        Rows = [.. rows];
    }

    public TrialPanel Panel { get; }

    /// <summary>Gets the start of each cohort, in months since the panel's first month, ascending.</summary>
    public int[] CohortStarts { get; }

    /// <summary>Gets each panel office's cohort: its index in <see cref="CohortStarts"/>, -1 for a control, -2 for neither.</summary>
    public int[] OfficeCohort { get; }

    /// <summary>Gets the panel rows of the trial and control offices, ascending.</summary>
    public int[] Rows { get; }

    public bool IsStaggered => CohortStarts.Length > 1;

    /// <summary>Gets the cohort of sample row i (-1 for a control).</summary>
    public int CohortOf(int panelRow) => OfficeCohort[Panel.Office[panelRow]];

    /// <summary>Gets the months since the start of panel row's cohort (meaningless for a control).</summary>
    public int RelativeMonth(int panelRow) => Panel.Month[panelRow] - CohortStarts[CohortOf(panelRow)];

    /// <summary>Builds the table of the given panel rows: outcome, office, month, person and office x month with dense
    /// codes, then the regressors.</summary>
    public ColumnTable Table(int[] rows, IEnumerable<(string Name, double[] Values)> regressors)
    {
        var panel = Panel;
        var y = new double[rows.Length];
        var office = new int[rows.Length];
        var month = new int[rows.Length];
        var person = new int[rows.Length];
        var officeMonth = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            y[i] = panel.Y[r];
            office[i] = panel.Office[r];
            month[i] = panel.Month[r];
            person[i] = panel.Person[r];
            officeMonth[i] = (panel.Office[r] * panel.MonthCount) + panel.Month[r];
        }

        var builder = ColumnTableBuilder.Adopting().AddNumeric(Outcome, y);
        AddDense(builder, OfficeColumn, office, c => panel.Offices[c]);
        AddDense(builder, MonthColumn, month, m => panel.MonthAt(m).ToString());
        AddDense(builder, PersonColumn, person, p => p.ToString(CultureInfo.InvariantCulture));
        AddDense(builder, OfficeMonthColumn, officeMonth, c => c.ToString(CultureInfo.InvariantCulture));
        foreach (var (name, values) in regressors)
        {
            builder.AddNumeric(name, values);
        }

        return builder.Build();
    }

    /// <summary>Fits y on the regressors with office and month fixed effects.</summary>
    public static LinearModelResult Fit(ColumnTable table, IReadOnlyList<string> regressors, CovarianceSpec covariance, TrialSpec spec, CancellationToken cancellationToken)
    {
        var model = new LinearModelSpec(Outcome, regressors) { FixedEffects = [OfficeColumn, MonthColumn] };
        var options = new FitOptions
        {
            Covariance = covariance,
            MaxDegreeOfParallelism = spec.MaxDegreeOfParallelism,

            // An effect must not rest on a fixed-effect projection that stopped short.
            RequireConvergence = true,
        };
        return LinearModel.Fit(table, model, options, cancellationToken);
    }

    /// <summary>Codes 0..L-1 in order of first appearance of the values present, so levels are only those in the rows.</summary>
    private static void AddDense(ColumnTableBuilder builder, string name, int[] values, Func<int, string> label)
    {
        var map = new Dictionary<int, int>();
        var levels = new List<string>();
        var codes = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (!map.TryGetValue(values[i], out var code))
            {
                code = levels.Count;
                map.Add(values[i], code);
                levels.Add(label(values[i]));
            }

            codes[i] = code;
        }

        builder.AddCategorical(name, codes, levels);
    }
}
