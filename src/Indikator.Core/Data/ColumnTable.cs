using Indikator.Core.Internal;
using System.Diagnostics.CodeAnalysis;

namespace Indikator.Core.Data;

/// <summary>An immutable set of named numeric and categorical columns of equal length.</summary>
/// <remarks>
/// <para>The general-purpose table for model fitting and CSV input; <see cref="PersonMonthPanel"/>
/// adds person keys, periods and weights on top of one. Build one with <see cref="ColumnTableBuilder"/>
/// (whole columns), <see cref="ObjectTableBuilder{T}"/> (objects) or <see cref="CsvLoader"/> (CSV).</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
[Reporting.Notebooks.TypeFormatterSource(typeof(Reporting.Notebooks.NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class ColumnTable : IColumnSource
{
    private readonly NumericColumn[] _numeric;
    private readonly CategoricalColumn[] _categorical;
    private readonly Dictionary<string, NumericColumn> _numericByName;
    private readonly Dictionary<string, CategoricalColumn> _categoricalByName;

    internal ColumnTable(int rowCount, NumericColumn[] numeric, CategoricalColumn[] categorical)
    {
        RowCount = rowCount;
        _numeric = numeric;
        _categorical = categorical;
        NumericColumns = ValueList.Wrap(_numeric);
        CategoricalColumns = ValueList.Wrap(_categorical);
        _numericByName = numeric.ToDictionary(c => c.Name, StringComparer.Ordinal);
        _categoricalByName = categorical.ToDictionary(c => c.Name, StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public int RowCount { get; }

    /// <inheritdoc/>
    public IReadOnlyList<NumericColumn> NumericColumns { get; }

    /// <inheritdoc/>
    public IReadOnlyList<CategoricalColumn> CategoricalColumns { get; }

    /// <summary>Gets a numeric column by name.</summary>
    /// <param name="name">The column name (case sensitive).</param>
    /// <returns>The column.</returns>
    /// <exception cref="KeyNotFoundException">No numeric column has that name; the message lists those that exist.</exception>
    public NumericColumn Numeric(string name)
        => _numericByName.TryGetValue(name, out var column)
            ? column
            : throw new KeyNotFoundException($"There is no numeric column '{name}'. Numeric columns: {string.Join(", ", _numericByName.Keys)}.");

    /// <summary>Gets a categorical column by name.</summary>
    /// <param name="name">The column name (case sensitive).</param>
    /// <returns>The column.</returns>
    /// <exception cref="KeyNotFoundException">No categorical column has that name; the message lists those that exist.</exception>
    public CategoricalColumn Categorical(string name)
        => _categoricalByName.TryGetValue(name, out var column)
            ? column
            : throw new KeyNotFoundException($"There is no categorical column '{name}'. Categorical columns: {string.Join(", ", _categoricalByName.Keys)}.");

    /// <inheritdoc/>
    public bool TryGetNumeric(string name, [NotNullWhen(true)] out NumericColumn? column)
        => _numericByName.TryGetValue(name, out column);

    /// <inheritdoc/>
    public bool TryGetCategorical(string name, [NotNullWhen(true)] out CategoricalColumn? column)
        => _categoricalByName.TryGetValue(name, out column);
}
