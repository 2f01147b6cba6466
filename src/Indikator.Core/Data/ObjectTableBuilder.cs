using Indikator.Core.Internal;

namespace Indikator.Core.Data;

/// <summary>Builds a <see cref="ColumnTable"/> from objects you already have, one column per selector, in one pass.</summary>
/// <typeparam name="T">The row type.</typeparam>
/// <remarks>
/// <para>Selectors are registered once; <see cref="Build"/> may then be called for any number of
/// sequences. Categorical levels are in ordinal order of their labels, whatever the order of the rows
/// (see <see cref="CategoricalColumn"/>); a null or empty label is missing. A numeric selector returning <see cref="double.NaN"/> (or null, for the
/// <see cref="Nullable{T}"/> overload) gives a missing value.</para>
/// <code>
/// ColumnTable table = new ObjectTableBuilder&lt;Row&gt;()
///     .AddNumeric("y", r => r.Worked)
///     .AddNumeric("age", r => r.Age)
///     .AddCategorical("office", r => r.Office)
///     .Build(rows);
/// </code>
/// <para>Instances are not thread safe; the tables they build are.</para>
/// </remarks>
public sealed class ObjectTableBuilder<T>
{
    private readonly ObjectColumnSelectors<T> _columns = new();

    /// <summary>Adds a numeric column.</summary>
    /// <param name="name">A name not used by another column.</param>
    /// <param name="select">Gets the value of a row; <see cref="double.NaN"/> for missing.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is empty or already used.</exception>
    public ObjectTableBuilder<T> AddNumeric(string name, Func<T, double> select)
    {
        _columns.AddNumeric(name, select);
        return this;
    }

    /// <summary>Adds a numeric column whose missing values are null.</summary>
    /// <param name="name">A name not used by another column.</param>
    /// <param name="select">Gets the value of a row; null for missing.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is empty or already used.</exception>
    public ObjectTableBuilder<T> AddNumeric(string name, Func<T, double?> select)
    {
        Guard.NotNull(select);
        _columns.AddNumeric(name, x => select(x) ?? double.NaN);
        return this;
    }

    /// <summary>Adds a categorical column.</summary>
    /// <param name="name">A name not used by another column.</param>
    /// <param name="select">Gets the label of a row; null or empty for missing.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is empty or already used.</exception>
    public ObjectTableBuilder<T> AddCategorical(string name, Func<T, string?> select)
    {
        _columns.AddCategorical(name, select);
        return this;
    }

    /// <summary>Builds a table with one row per item, in order.</summary>
    /// <param name="items">The rows; enumerated once.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException">An item is null (its 0-based position is named).</exception>
    public ColumnTable Build(IEnumerable<T> items)
    {
        Guard.NotNull(items);
        var accumulator = _columns.Start(items.TryGetNonEnumeratedCount(out var count) ? count : 0);
        var row = 0;
        foreach (var item in items)
        {
            if (item is null)
            {
                throw new ArgumentException(FormattableString.Invariant($"Item {row} is null."), nameof(items));
            }

            accumulator.Add(item);
            row++;
        }

        return accumulator.ToTable(row);
    }
}
