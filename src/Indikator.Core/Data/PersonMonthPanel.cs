using System.Diagnostics.CodeAnalysis;

namespace Indikator.Core.Data;

/// <summary>
/// An immutable, columnar table of person-months: a person key, a period, optional weights,
/// numeric columns and dictionary-encoded categorical columns.
/// </summary>
/// <remarks>
/// <para>Columns are plain arrays, so ten million rows with twenty numeric and five categorical
/// columns take about 10M x (8 + 4 + 20 x 8 + 5 x 4) bytes = 1.9 GB and no per-row objects.
/// Create one with <see cref="PersonMonthPanelBuilder"/> (whole columns), <see cref="ObjectPanelBuilder{T}"/>
/// (objects) or <see cref="CsvLoader"/> (CSV); check one with <see cref="DataValidator"/>.</para>
/// <para>Person keys are data, never text: no message, log line or output of this package
/// prints them.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
[Reporting.Notebooks.TypeFormatterSource(typeof(Reporting.Notebooks.NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class PersonMonthPanel : IColumnSource
{
    private readonly long[] _personKeys;
    private readonly YearMonth[] _periods;
    private readonly double[]? _weights;
    private readonly Lazy<CategoricalColumn> _periodColumn;

    internal PersonMonthPanel(long[] personKeys, YearMonth[] periods, double[]? weights, ColumnTable columns)
    {
        _personKeys = personKeys;
        _periods = periods;
        _weights = weights;
        Columns = columns;
        _periodColumn = new Lazy<CategoricalColumn>(EncodePeriods);
    }

    /// <summary>The name under which <see cref="Periods"/> can be looked up as a categorical column, for example as a fixed effect.</summary>
    public const string PeriodColumnName = "period";

    /// <summary>Gets the number of person-months.</summary>
    public int RowCount => _periods.Length;

    /// <summary>Gets the person key of each row. Treat as confidential: never print it.</summary>
    public ReadOnlyMemory<long> PersonKeys => _personKeys;

    /// <summary>Gets the period (measurement month) of each row.</summary>
    public ReadOnlyMemory<YearMonth> Periods => _periods;

    /// <summary>Gets whether the panel has observation weights.</summary>
    public bool HasWeights => _weights is not null;

    /// <summary>Gets the observation weights, or an empty memory when the panel has none.</summary>
    public ReadOnlyMemory<double> Weights => _weights;

    /// <summary>Gets the numeric and categorical columns.</summary>
    public ColumnTable Columns { get; }

    /// <inheritdoc/>
    public IReadOnlyList<NumericColumn> NumericColumns => Columns.NumericColumns;

    /// <inheritdoc/>
    public IReadOnlyList<CategoricalColumn> CategoricalColumns => Columns.CategoricalColumns;

    /// <inheritdoc cref="ColumnTable.Numeric(string)"/>
    public NumericColumn Numeric(string name) => Columns.Numeric(name);

    /// <inheritdoc cref="ColumnTable.Categorical(string)"/>
    /// <remarks>The periods are found under <see cref="PeriodColumnName"/> as described at <see cref="TryGetCategorical"/>.</remarks>
    public CategoricalColumn Categorical(string name)
        => TryGetCategorical(name, out var column) ? column : Columns.Categorical(name);

    /// <inheritdoc/>
    public bool TryGetNumeric(string name, [NotNullWhen(true)] out NumericColumn? column)
        => Columns.TryGetNumeric(name, out column);

    /// <summary>Looks up a categorical column by name (case sensitive).</summary>
    /// <param name="name">The column name.</param>
    /// <param name="column">The column when found.</param>
    /// <returns>Whether the column exists.</returns>
    /// <remarks>Unless the panel has its own column of that name, <see cref="PeriodColumnName"/>
    /// (<c>period</c>) finds the periods as a categorical column with levels <c>yyyy-MM</c> in
    /// calendar order, so a model can absorb period effects with <c>FixedEffects = ["office", "period"]</c>.
    /// It is built on first use and not listed in <see cref="CategoricalColumns"/>.</remarks>
    public bool TryGetCategorical(string name, [NotNullWhen(true)] out CategoricalColumn? column)
    {
        if (Columns.TryGetCategorical(name, out column))
        {
            return true;
        }

        column = name == PeriodColumnName ? _periodColumn.Value : null;
        return column is not null;
    }

    internal long[] PersonKeyArray => _personKeys;

    private CategoricalColumn EncodePeriods()
    {
        var min = int.MaxValue;
        var max = int.MinValue;
        foreach (var period in _periods)
        {
            min = Math.Min(min, period.Index);
            max = Math.Max(max, period.Index);
        }

        if (_periods.Length == 0)
        {
            return new CategoricalColumn(PeriodColumnName, [], []);
        }

        // Dense codes over the months that occur, in calendar order.
        var codeOfMonth = new int[max - min + 1];
        foreach (var period in _periods)
        {
            codeOfMonth[period.Index - min] = 1;
        }

        var levels = new List<string>();
        for (var offset = 0; offset < codeOfMonth.Length; offset++)
        {
            if (codeOfMonth[offset] != 0)
            {
                codeOfMonth[offset] = levels.Count;
                levels.Add(YearMonth.FromIndex(min + offset).ToString());
            }
        }

        var codes = new int[_periods.Length];
        for (var row = 0; row < codes.Length; row++)
        {
            codes[row] = codeOfMonth[_periods[row].Index - min];
        }

        return new CategoricalColumn(PeriodColumnName, codes, [.. levels]);
    }

    internal YearMonth[] PeriodArray => _periods;

    internal double[]? WeightArray => _weights;
}
