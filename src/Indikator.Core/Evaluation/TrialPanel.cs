using System.Globalization;
using Indikator.Core.Data;
using Indikator.Core.Indicators.Work;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Evaluation;

/// <summary>
/// The person-months an evaluation reads, as dense columns: the risk-adjusted outcome, the office, the calendar month
/// (0 = the first month of the data, so that month differences are calendar differences) and a dense person code
/// (never the key). Rows with a missing outcome, office, month or person are left out and counted.
/// </summary>
internal sealed class TrialPanel
{
    private TrialPanel(double[] y, int[] office, int[] month, int[] person, string[] offices, YearMonth first, int months, int persons, int excluded)
    {
        Y = y;
        Office = office;
        Month = month;
        Person = person;
        Offices = offices;
        FirstMonth = first;
        MonthCount = months;
        PersonCount = persons;
        Excluded = excluded;
    }

    public double[] Y { get; }

    public int[] Office { get; }

    /// <summary>Gets each row's calendar month as months since <see cref="FirstMonth"/>.</summary>
    public int[] Month { get; }

    public int[] Person { get; }

    public string[] Offices { get; }

    public YearMonth FirstMonth { get; }

    public int MonthCount { get; }

    public int PersonCount { get; }

    /// <summary>Gets the number of rows left out for a missing value.</summary>
    public int Excluded { get; }

    public int RowCount => Y.Length;

    public YearMonth MonthAt(int index) => YearMonth.FromIndex(FirstMonth.Index + index);

    /// <summary>The residuals of the work result's risk model (variant (a): without unit effects), so the trial is judged
    /// on actual minus expected, exactly as the published indicator is.</summary>
    public static TrialPanel FromWork(WorkIndicatorResult work, TrialSpec spec)
    {
        if (!work.Options.Outcomes.Contains(spec.Outcome, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Outcome '{spec.Outcome}' was not computed; the work result has {string.Join(", ", work.Options.Outcomes)}.", nameof(spec));
        }

        var fit = work.Model(spec.Outcome);
        var source = fit.State.Frame.Source;
        var office = Categorical(source, spec.OfficeColumn, nameof(spec.OfficeColumn));
        var period = Categorical(source, ModelSource.PeriodColumn, nameof(spec.PeriodColumn));
        var person = Categorical(source, ModelSource.PersonColumn, nameof(spec.PersonColumn));
        var used = fit.UsedRows.Span;
        var residuals = fit.Residuals.Span;
        var rows = new int[used.Length];
        var y = new double[used.Length];
        for (var i = 0; i < used.Length; i++)
        {
            rows[i] = used[i];
            y[i] = residuals[i];
        }

        return Build(y, rows, office, period, person, excludedBefore: 0);
    }

    /// <summary>A caller's columns: the outcome is taken as already risk-adjusted.</summary>
    public static TrialPanel FromColumns(IColumnSource data, TrialSpec spec)
    {
        if (!data.TryGetNumeric(spec.Outcome, out var outcome))
        {
            throw new ArgumentException($"The data have no numeric column '{spec.Outcome}' (Outcome).", nameof(spec));
        }

        var office = Categorical(data, spec.OfficeColumn, nameof(spec.OfficeColumn));
        var period = Categorical(data, spec.PeriodColumn, nameof(spec.PeriodColumn));
        var person = Categorical(data, spec.PersonColumn, nameof(spec.PersonColumn));
        var values = outcome.Array;
        var rows = new List<int>(values.Length);
        var excluded = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsNaN(values[i]))
            {
                excluded++;
                continue;
            }

            if (double.IsInfinity(values[i]))
            {
                throw new NonFiniteValueException(spec.Outcome, i);
            }

            rows.Add(i);
        }

        var y = new double[rows.Count];
        for (var i = 0; i < y.Length; i++)
        {
            y[i] = values[rows[i]];
        }

        return Build(y, [.. rows], office, period, person, excluded);
    }

    private static TrialPanel Build(double[] y, int[] rows, CategoricalColumn office, CategoricalColumn period, CategoricalColumn person, int excludedBefore)
    {
        // Calendar month of each period level; the months between the first and the last form the month axis.
        var levelMonth = new int[period.LevelCount];
        var first = int.MaxValue;
        var last = int.MinValue;
        for (var l = 0; l < levelMonth.Length; l++)
        {
            if (!YearMonth.TryParse(period.Levels[l], CultureInfo.InvariantCulture, out var m))
            {
                throw new InputDataException($"Column '{period.Name}': level {l} is not a month in the form yyyy-MM.", sourceName: null, period.Name, row: -1, lineNumber: 0);
            }

            levelMonth[l] = m.Index;
        }

        var officeCodes = office.CodeArray;
        var periodCodes = period.CodeArray;
        var personCodes = person.CodeArray;
        var keep = new bool[rows.Length];
        var kept = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            if (officeCodes[r] < 0 || periodCodes[r] < 0 || personCodes[r] < 0)
            {
                continue;
            }

            keep[i] = true;
            kept++;
            first = Math.Min(first, levelMonth[periodCodes[r]]);
            last = Math.Max(last, levelMonth[periodCodes[r]]);
        }

        if (kept == 0)
        {
            throw new InputDataException($"No row has an outcome, an office ('{office.Name}'), a month ('{period.Name}') and a person.");
        }

        var outY = new double[kept];
        var outOffice = new int[kept];
        var outMonth = new int[kept];
        var outPerson = new int[kept];
        var j = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            if (!keep[i])
            {
                continue;
            }

            var r = rows[i];
            outY[j] = y[i];
            outOffice[j] = officeCodes[r];
            outMonth[j] = levelMonth[periodCodes[r]] - first;
            outPerson[j] = personCodes[r];
            j++;
        }

        return new TrialPanel(outY, outOffice, outMonth, outPerson, [.. office.Levels], YearMonth.FromIndex(first), last - first + 1, person.LevelCount, excludedBefore + (rows.Length - kept));
    }

    private static CategoricalColumn Categorical(IColumnSource data, string name, string property)
        => data.TryGetCategorical(name, out var column)
            ? column
            : throw new ArgumentException($"The data have no categorical column '{name}' ({property}) named in the trial specification.");
}
