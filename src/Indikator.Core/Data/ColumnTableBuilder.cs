using Indikator.Core.Internal;

namespace Indikator.Core.Data;

/// <summary>Assembles a <see cref="ColumnTable"/> from whole columns.</summary>
/// <remarks>
/// <para>Each column is copied when it is added, so the caller may change or reuse its array afterwards without
/// changing the table. Copying one column at a time costs one column's memory while it is added (200 MB for 25
/// million doubles), which the caller's array can give back as soon as the call returns; the finished table holds one
/// copy of every column. Several tables built by one builder share the columns, which nothing can change.</para>
/// <para>Instances are not thread safe; the table they build is.</para>
/// </remarks>
public sealed class ColumnTableBuilder
{
    private readonly List<NumericColumn> _numeric = [];
    private readonly List<CategoricalColumn> _categorical = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    // True for the library's own builders, whose arrays are fresh or already owned by an immutable column: copying
    // those would hold two copies of every column of a 25-million-row panel.
    private readonly bool _adopt;

    /// <summary>Initializes a builder that copies the arrays it is given.</summary>
    public ColumnTableBuilder()
    {
    }

    private ColumnTableBuilder(bool adopt) => _adopt = adopt;

    /// <summary>Returns a builder that adopts arrays without copying; for library code whose arrays are fresh or
    /// already immutable, never for a caller's arrays.</summary>
    internal static ColumnTableBuilder Adopting() => new(adopt: true);

    /// <summary>Adds a numeric column; <see cref="double.NaN"/> marks missing values.</summary>
    /// <param name="name">A name not used by another column.</param>
    /// <param name="values">One value per row; copied, so the caller may change or reuse the array afterwards.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is empty or already used.</exception>
    public ColumnTableBuilder AddNumeric(string name, double[] values)
    {
        Guard.NotNull(values);
        ClaimName(name);
        _numeric.Add(new NumericColumn(name, _adopt ? values : values.AsSpan().ToArray()));
        return this;
    }

    /// <summary>Adds a categorical column that is already encoded; the column stores its levels in ordinal order
    /// (<see cref="CategoricalColumn"/>). The codes and levels are copied, and <paramref name="codes"/> is never
    /// changed.</summary>
    /// <param name="name">A name not used by another column.</param>
    /// <param name="codes">One code per row: an index into <paramref name="levels"/>, or <see cref="CategoricalColumn.MissingCode"/>.</param>
    /// <param name="levels">The level names, distinct.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is empty or already used, a level repeats, or a code is out of range (the row is named).</exception>
    public ColumnTableBuilder AddCategorical(string name, int[] codes, IReadOnlyList<string> levels)
        => AddCategorical(name, codes, levels, ordered: false);

    /// <summary>Adds an encoded categorical column whose level order the library defines (bands): kept, not sorted.</summary>
    internal ColumnTableBuilder AddOrderedCategorical(string name, int[] codes, IReadOnlyList<string> levels)
        => AddCategorical(name, codes, levels, ordered: true);

    private ColumnTableBuilder AddCategorical(string name, int[] codes, IReadOnlyList<string> levels, bool ordered)
    {
        Guard.NotNull(codes);
        Guard.NotNull(levels);

        // A caller's codes are copied before they are checked, so the checked codes are the ones the column keeps.
        var copied = !_adopt;
        if (copied)
        {
            codes = codes.AsSpan().ToArray();
        }

        var levelArray = levels.ToArray();
        if (levelArray.Distinct(StringComparer.Ordinal).Count() != levelArray.Length)
        {
            throw new ArgumentException($"Column '{name}': level names must be distinct.", nameof(levels));
        }

        for (var row = 0; row < codes.Length; row++)
        {
            var code = codes[row];
            if (code < CategoricalColumn.MissingCode || code >= levelArray.Length)
            {
                throw new ArgumentException(
                    $"Column '{name}', row {row}: code {code} is outside 0..{levelArray.Length - 1} (or -1 for missing).", nameof(codes));
            }
        }

        ClaimName(name);

        // The column remaps codes in place when it sorts the levels: then it gets a copy, never an adopted array, which
        // may belong to another column. Sorted levels (the usual case for codes from another column) keep the adopted
        // array, as numeric columns do.
        var owned = copied || ordered || CategoricalColumn.InOrdinalOrder(levelArray) ? codes : [.. codes];
        _categorical.Add(new CategoricalColumn(name, owned, levelArray, ordered));
        return this;
    }

    /// <summary>Adds a categorical column from labels, with levels in ordinal order of the labels (<see cref="CategoricalColumn"/>).</summary>
    /// <param name="name">A name not used by another column.</param>
    /// <param name="labels">One label per row; null or empty marks a missing value.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is empty or already used.</exception>
    public ColumnTableBuilder AddCategorical(string name, IReadOnlyList<string?> labels)
    {
        Guard.NotNull(labels);
        ClaimName(name);
        var encoder = new CategoryEncoder();
        var codes = new int[labels.Count];
        for (var row = 0; row < codes.Length; row++)
        {
            var label = labels[row];
            codes[row] = string.IsNullOrEmpty(label) ? CategoricalColumn.MissingCode : encoder.Encode(label);
        }

        _categorical.Add(new CategoricalColumn(name, codes, encoder.Levels()));
        return this;
    }

    /// <summary>Builds the table.</summary>
    /// <returns>The immutable table.</returns>
    /// <exception cref="ArgumentException">Columns differ in length.</exception>
    public ColumnTable Build() => Build(expectedRows: null);

    internal ColumnTable Build(int? expectedRows)
    {
        var rows = expectedRows
            ?? (_numeric.Count > 0 ? _numeric[0].Length : _categorical.Count > 0 ? _categorical[0].Length : 0);
        foreach (var column in _numeric)
        {
            Guard.SameLength(rows, column.Length, column.Name);
        }

        foreach (var column in _categorical)
        {
            Guard.SameLength(rows, column.Length, column.Name);
        }

        return new ColumnTable(rows, [.. _numeric], [.. _categorical]);
    }

    private void ClaimName(string name)
    {
        Guard.NotEmpty(name);
        if (!_names.Add(name))
        {
            throw new ArgumentException($"A column named '{name}' was already added.", nameof(name));
        }
    }
}
