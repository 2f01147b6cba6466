using System.Diagnostics.CodeAnalysis;

namespace Indikator.Core.Data;

/// <summary>Named numeric and categorical columns of equal length: what a model or an indicator reads.</summary>
/// <remarks>Implemented by <see cref="ColumnTable"/> and <see cref="PersonMonthPanel"/>. Implementations are immutable and thread safe.</remarks>
public interface IColumnSource
{
    /// <summary>Gets the number of rows.</summary>
    int RowCount { get; }

    /// <summary>Gets the numeric columns in the order they were added.</summary>
    IReadOnlyList<NumericColumn> NumericColumns { get; }

    /// <summary>Gets the categorical columns in the order they were added.</summary>
    IReadOnlyList<CategoricalColumn> CategoricalColumns { get; }

    /// <summary>Looks up a numeric column by name (case sensitive).</summary>
    /// <param name="name">The column name.</param>
    /// <param name="column">The column when found.</param>
    /// <returns>Whether the column exists.</returns>
    bool TryGetNumeric(string name, [NotNullWhen(true)] out NumericColumn? column);

    /// <summary>Looks up a categorical column by name (case sensitive).</summary>
    /// <param name="name">The column name.</param>
    /// <param name="column">The column when found.</param>
    /// <returns>Whether the column exists.</returns>
    bool TryGetCategorical(string name, [NotNullWhen(true)] out CategoricalColumn? column);
}
