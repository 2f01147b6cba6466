using System.Globalization;
using Indikator.Core.Data;
using Indikator.Core.Numerics;
using Indikator.Core.Outcomes;
using Indikator.Core.RiskAdjustment;

namespace Indikator.Core.Indicators.Work;

/// <summary>
/// The columns the risk model and the aggregation read, built once per computation: bands and deciles derived, the
/// measurement month and a dense person code (never the key) added, and the rows in person order, so that every pass
/// over the rows (the fits' person-clustered scores, the cells' person sums) reads memory sequentially.
/// </summary>
/// <remarks>
/// Row j of <see cref="Table"/> is row <see cref="PanelRow"/>[j] of the panel: the panel's rows grouped by person
/// (persons in order of first appearance, rows ascending within a person). A panel already grouped that way (the
/// synthetic data, a file sorted by person) is used as it is, its columns shared, not copied; any other panel's model
/// columns are copied once in that order. Errors that name a row name the panel's row.
/// </remarks>
internal sealed class ModelSource
{
    public const string PeriodColumn = "_work_period";
    public const string PersonColumn = "_work_person";

    private ModelSource(PersonMonthPanel panel, int[]? panelRow, ColumnTable table, int[] periodCodes, YearMonth[] months, int[] personStart, List<CategoricalTerm> terms, IReadOnlyList<string> numeric)
    {
        Panel = panel;
        PanelRow = panelRow;
        Table = table;
        PeriodCodes = periodCodes;
        Months = months;
        PersonStart = personStart;
        Terms = terms;
        Numeric = numeric;
    }

    /// <summary>Gets the panel; priority groups read their conditions' columns from it (through <see cref="PanelRow"/>).</summary>
    public PersonMonthPanel Panel { get; }

    /// <summary>Gets the panel row of each row of <see cref="Table"/>, or null when they are the same rows (the panel was
    /// already grouped by person).</summary>
    public int[]? PanelRow { get; }

    /// <summary>Gets the model's columns, rows grouped by person (person codes ascending).</summary>
    public ColumnTable Table { get; }

    /// <summary>Gets the measurement month of each row as 0..T-1 (index into <see cref="Months"/>).</summary>
    public int[] PeriodCodes { get; }

    public YearMonth[] Months { get; }

    /// <summary>Gets, for person p, the rows PersonStart[p]..PersonStart[p+1]-1 of <see cref="Table"/>: each person's
    /// rows are contiguous, so a pass in row order is a pass person by person.</summary>
    public int[] PersonStart { get; }

    /// <summary>Gets the categorical terms of the model (covariates, bands, deciles).</summary>
    public List<CategoricalTerm> Terms { get; }

    public IReadOnlyList<string> Numeric { get; }

    public int PersonCount => PersonStart.Length - 1;

    public static ModelSource Build(PersonMonthPanel panel, WorkIndicatorOptions options)
    {
        var model = options.Model;
        var builder = ColumnTableBuilder.Adopting();
        var added = new HashSet<string>(StringComparer.Ordinal);

        // Person order first: every column below is taken in it (shared when the panel is already in it).
        _ = PersonIndex.Build(panel.PersonKeyArray, out var personCodes);
        var (start, rows) = GroupByPerson(personCodes);
        var order = IsIdentity(rows) ? null : rows;
        personCodes = Gather(personCodes, order);

        // Each column is taken into person order (and banded or checked) on its own, side by side; the columns are
        // added to the table in a fixed order afterwards, and a failure is the one a sequential loop would meet first.
        var jobs = new List<Func<Action>>();
        foreach (var outcome in options.Outcomes)
        {
            AddNumeric(jobs, builder, added, panel, outcome, nameof(options.Outcomes), order);
        }

        foreach (var name in model.Numeric)
        {
            AddNumeric(jobs, builder, added, panel, name, nameof(model.Numeric), order);
        }

        var terms = new List<CategoricalTerm>();
        foreach (var term in model.Categorical)
        {
            AddCategorical(jobs, builder, added, panel, term.Column, nameof(model.Categorical), order);
            terms.Add(term);
        }

        foreach (var band in model.Bands)
        {
            band.Validate();
            var values = RequireNumeric(panel, band.Column, nameof(model.Bands));
            // Bands keep their natural order (<25, 25-30, ..., >=60): it is fixed by the cuts, not by the rows.
            // Coded from the panel's rows, so that an error names the panel's row.
            jobs.Add(() =>
            {
                var codes = Gather(band.Codes(values), order);
                return () => builder.AddOrderedCategorical(band.BandColumn, codes, band.Levels());
            });
            added.Add(band.BandColumn);
            terms.Add(new CategoricalTerm(band.BandColumn));
        }

        foreach (var column in model.Deciles)
        {
            var values = RequireNumeric(panel, column, nameof(model.Deciles));
            var name = WorkRiskModelSpec.DecileColumn(column);
            jobs.Add(() =>
            {
                var codes = Gather(DecileCodes(values, column), order);
                return () => builder.AddCategorical(name, codes, DecileLevels);
            });
            added.Add(name);
            terms.Add(new CategoricalTerm(name));
        }

        foreach (var level in options.Units)
        {
            foreach (var column in level.Columns)
            {
                AddCategorical(jobs, builder, added, panel, column, nameof(options.Units), order);
            }
        }

        var adds = new Action[jobs.Count];
        WorkIndicators.SideBySide(jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, j => adds[j] = jobs[j]());
        foreach (var add in adds)
        {
            add();
        }

        var (periodCodes, months) = PeriodCodesOf(panel.PeriodArray);
        periodCodes = Gather(periodCodes, order);
        builder.AddCategorical(PeriodColumn, periodCodes, [.. months.Select(m => m.ToString())]);
        // Zero-padded, so that the levels' ordinal order is the codes' order: the column keeps the codes as they are
        // (ascending with the rows) instead of remapping a copy, and the fit's person-clustered score sums are written
        // person after person, sequentially, instead of in the string order of the codes.
        var personLevels = new string[start.Length - 1];
        var digits = "D" + Math.Max(1, (personLevels.Length - 1).ToString(CultureInfo.InvariantCulture).Length).ToString(CultureInfo.InvariantCulture);
        for (var p = 0; p < personLevels.Length; p++)
        {
            personLevels[p] = p.ToString(digits, CultureInfo.InvariantCulture);
        }

        builder.AddCategorical(PersonColumn, personCodes, personLevels);
        return new ModelSource(panel, order, builder.Build(), periodCodes, months, start, terms, model.Numeric);
    }

    /// <summary>Takes a panel-ordered array into the table's row order (<see cref="PanelRow"/>), or returns it when the orders agree.</summary>
    public static T[] Gather<T>(T[] panelValues, int[]? panelRow)
    {
        if (panelRow is null)
        {
            return panelValues;
        }

        var values = new T[panelRow.Length];
        for (var j = 0; j < values.Length; j++)
        {
            values[j] = panelValues[panelRow[j]];
        }

        return values;
    }

    private static bool IsIdentity(int[] order)
    {
        for (var j = 0; j < order.Length; j++)
        {
            if (order[j] != j)
            {
                return false;
            }
        }

        return true;
    }

    public LinearModelSpec Spec(string outcome, bool periodEffects, string? unitColumn)
    {
        var fixedEffects = new List<string>();
        if (unitColumn is not null)
        {
            fixedEffects.Add(unitColumn);
        }

        if (periodEffects)
        {
            fixedEffects.Add(PeriodColumn);
        }

        return new LinearModelSpec(outcome, Numeric) { Categorical = Terms, FixedEffects = fixedEffects };
    }

    private static readonly string[] DecileLevels = ["D01", "D02", "D03", "D04", "D05", "D06", "D07", "D08", "D09", "D10"];

    /// <summary>Deciles over the rows with a value: cut k is the ceil(k n / 10)-th smallest value, decile = 1 + #{cuts below x}.</summary>
    /// <exception cref="NonFiniteValueException">A value is infinite: bad data, never silently missing or the top decile.</exception>
    private static int[] DecileCodes(double[] values, string column)
    {
        var infinite = Array.FindIndex(values, double.IsInfinity);
        if (infinite >= 0)
        {
            throw new NonFiniteValueException(column, infinite);
        }

        var finite = values.Where(double.IsFinite).ToArray();
        var codes = new int[values.Length];
        if (finite.Length == 0)
        {
            Array.Fill(codes, CategoricalColumn.MissingCode);
            return codes;
        }

        var ranks = new int[9];
        for (var k = 1; k <= 9; k++)
        {
            ranks[k - 1] = Math.Max(0, (int)Math.Ceiling(k * finite.Length / 10.0) - 1);
        }

        var cuts = OrderStatistics.Select(finite, ranks);

        for (var i = 0; i < values.Length; i++)
        {
            var x = values[i];
            if (!double.IsFinite(x))
            {
                codes[i] = CategoricalColumn.MissingCode;
                continue;
            }

            var decile = 0;
            while (decile < 9 && x > cuts[decile])
            {
                decile++;
            }

            codes[i] = decile;
        }

        return codes;
    }

    private static (int[] Codes, YearMonth[] Months) PeriodCodesOf(YearMonth[] periods)
    {
        if (periods.Length == 0)
        {
            throw new ArgumentException("The panel has no rows.", nameof(periods));
        }

        var min = int.MaxValue;
        var max = int.MinValue;
        foreach (var p in periods)
        {
            min = Math.Min(min, p.Index);
            max = Math.Max(max, p.Index);
        }

        var present = new bool[max - min + 1];
        foreach (var p in periods)
        {
            present[p.Index - min] = true;
        }

        var map = new int[present.Length];
        var months = new List<YearMonth>();
        for (var k = 0; k < present.Length; k++)
        {
            map[k] = present[k] ? months.Count : -1;
            if (present[k])
            {
                months.Add(YearMonth.FromIndex(min + k));
            }
        }

        var codes = new int[periods.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = map[periods[i].Index - min];
        }

        return (codes, [.. months]);
    }

    private static (int[] Start, int[] Rows) GroupByPerson(int[] personCodes)
    {
        var count = 0;
        foreach (var p in personCodes)
        {
            count = Math.Max(count, p + 1);
        }

        var start = new int[count + 1];
        foreach (var p in personCodes)
        {
            start[p + 1]++;
        }

        for (var p = 0; p < count; p++)
        {
            start[p + 1] += start[p];
        }

        var next = (int[])start.Clone();
        var rows = new int[personCodes.Length];
        for (var r = 0; r < personCodes.Length; r++)
        {
            rows[next[personCodes[r]]++] = r;
        }

        return (start, rows);
    }

    private static double[] RequireNumeric(PersonMonthPanel panel, string name, string what)
        => panel.TryGetNumeric(name, out var column)
            ? column.Array
            : throw new ArgumentException($"{what}: the panel has no numeric column '{name}'.", nameof(panel));

    private static void AddNumeric(List<Func<Action>> jobs, ColumnTableBuilder builder, HashSet<string> added, PersonMonthPanel panel, string name, string what, int[]? order)
    {
        var values = RequireNumeric(panel, name, what);
        if (added.Add(name))
        {
            jobs.Add(() =>
            {
                if (order is not null)
                {
                    // The fit checks the values of the rows it uses and names the row, which would be the table's row:
                    // refuse bad values here, in the panel's order, so that the message names the panel's row.
                    RefuseUnfit(values, name);
                }

                var gathered = Gather(values, order);
                return () => builder.AddNumeric(name, gathered);
            });
        }
    }

    /// <summary>The fit's checks of a numeric column (<see cref="ModelFrame"/>), on every row of the panel: an infinite
    /// value, or one too large for the sums of squares, is refused naming the column and the panel's row.</summary>
    private static void RefuseUnfit(double[] values, string name)
    {
        for (var row = 0; row < values.Length; row++)
        {
            var v = values[row];
            if (double.IsInfinity(v))
            {
                throw new NonFiniteValueException(name, row);
            }

            if (ModelFrame.OverflowProne(v))
            {
                throw new InputDataException(
                    string.Create(CultureInfo.InvariantCulture, $"Column '{name}', row {row}: the value is too large in absolute value (above about 1e150) for the fit's sums of squares in double precision. Rescale the column (for example to thousands or millions) before fitting."),
                    sourceName: null,
                    name,
                    row,
                    lineNumber: 0);
            }
        }
    }

    private static void AddCategorical(List<Func<Action>> jobs, ColumnTableBuilder builder, HashSet<string> added, PersonMonthPanel panel, string name, string what, int[]? order)
    {
        if (!panel.TryGetCategorical(name, out var column))
        {
            throw new ArgumentException($"{what}: the panel has no categorical column '{name}'.", nameof(panel));
        }

        if (added.Add(name))
        {
            jobs.Add(() =>
            {
                var codes = Gather(column.CodeArray, order);
                return () => builder.AddCategorical(name, codes, column.Levels);
            });
        }
    }
}
