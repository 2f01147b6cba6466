namespace Indikator.Core.Data;

/// <summary>
/// An immutable, columnar table of person-months: a person key, a period, optional weights,
/// numeric columns and dictionary-encoded categorical columns.
/// </summary>
/// <remarks>
/// <para>Columns are plain arrays, so ten million rows with twenty numeric and five categorical
/// columns take about 10M x (8 + 4 + 20 x 8 + 5 x 4) bytes = 1.9 GB and no per-row objects.
/// Create one with <see cref="PersonMonthPanelBuilder"/>.</para>
/// <para>Person keys are data, never text: no message, log line or output of this package
/// prints them.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed class PersonMonthPanel
{
    private readonly long[] _personKeys;
    private readonly YearMonth[] _periods;
    private readonly double[]? _weights;
    private readonly NumericColumn[] _numeric;
    private readonly CategoricalColumn[] _categorical;
    private readonly Dictionary<string, NumericColumn> _numericByName;
    private readonly Dictionary<string, CategoricalColumn> _categoricalByName;

    internal PersonMonthPanel(
        long[] personKeys,
        YearMonth[] periods,
        double[]? weights,
        NumericColumn[] numeric,
        CategoricalColumn[] categorical)
    {
        _personKeys = personKeys;
        _periods = periods;
        _weights = weights;
        _numeric = numeric;
        _categorical = categorical;
        _numericByName = numeric.ToDictionary(c => c.Name, StringComparer.Ordinal);
        _categoricalByName = categorical.ToDictionary(c => c.Name, StringComparer.Ordinal);
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

    /// <summary>Gets the numeric columns in the order they were added.</summary>
    public IReadOnlyList<NumericColumn> NumericColumns => _numeric;

    /// <summary>Gets the categorical columns in the order they were added.</summary>
    public IReadOnlyList<CategoricalColumn> CategoricalColumns => _categorical;

    /// <summary>Gets a numeric column by name.</summary>
    /// <param name="name">The column name (case sensitive).</param>
    /// <returns>The column.</returns>
    /// <exception cref="KeyNotFoundException">No numeric column has that name.</exception>
    public NumericColumn Numeric(string name)
        => _numericByName.TryGetValue(name, out var column)
            ? column
            : throw new KeyNotFoundException($"The panel has no numeric column '{name}'. Numeric columns: {string.Join(", ", _numericByName.Keys)}.");

    /// <summary>Gets a categorical column by name.</summary>
    /// <param name="name">The column name (case sensitive).</param>
    /// <returns>The column.</returns>
    /// <exception cref="KeyNotFoundException">No categorical column has that name.</exception>
    public CategoricalColumn Categorical(string name)
        => _categoricalByName.TryGetValue(name, out var column)
            ? column
            : throw new KeyNotFoundException($"The panel has no categorical column '{name}'. Categorical columns: {string.Join(", ", _categoricalByName.Keys)}.");

    /// <summary>Looks up a numeric column by name.</summary>
    /// <param name="name">The column name.</param>
    /// <param name="column">The column when found.</param>
    /// <returns>Whether the column exists.</returns>
    public bool TryGetNumeric(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out NumericColumn? column)
        => _numericByName.TryGetValue(name, out column);

    /// <summary>Looks up a categorical column by name.</summary>
    /// <param name="name">The column name.</param>
    /// <param name="column">The column when found.</param>
    /// <returns>Whether the column exists.</returns>
    public bool TryGetCategorical(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CategoricalColumn? column)
        => _categoricalByName.TryGetValue(name, out column);

    internal long[] PersonKeyArray => _personKeys;

    internal YearMonth[] PeriodArray => _periods;

    internal double[]? WeightArray => _weights;
}
