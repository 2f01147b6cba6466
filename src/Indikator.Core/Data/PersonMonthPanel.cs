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
public sealed class PersonMonthPanel : IColumnSource
{
    private readonly long[] _personKeys;
    private readonly YearMonth[] _periods;
    private readonly double[]? _weights;

    internal PersonMonthPanel(long[] personKeys, YearMonth[] periods, double[]? weights, ColumnTable columns)
    {
        _personKeys = personKeys;
        _periods = periods;
        _weights = weights;
        Columns = columns;
    }

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
    public CategoricalColumn Categorical(string name) => Columns.Categorical(name);

    /// <inheritdoc/>
    public bool TryGetNumeric(string name, [NotNullWhen(true)] out NumericColumn? column)
        => Columns.TryGetNumeric(name, out column);

    /// <inheritdoc/>
    public bool TryGetCategorical(string name, [NotNullWhen(true)] out CategoricalColumn? column)
        => Columns.TryGetCategorical(name, out column);

    internal long[] PersonKeyArray => _personKeys;

    internal YearMonth[] PeriodArray => _periods;

    internal double[]? WeightArray => _weights;
}
