using Indikator.Core.Internal;

namespace Indikator.Core.Data;

/// <summary>Assembles a <see cref="PersonMonthPanel"/> from whole columns.</summary>
/// <remarks>
/// <para>Arrays passed in are adopted, not copied, so that ten million rows are not held twice:
/// do not change them after <see cref="Build"/>.</para>
/// <para>Instances are not thread safe; the panel they build is.</para>
/// </remarks>
public sealed class PersonMonthPanelBuilder
{
    private readonly List<NumericColumn> _numeric = [];
    private readonly List<CategoricalColumn> _categorical = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private long[]? _personKeys;
    private YearMonth[]? _periods;
    private double[]? _weights;

    /// <summary>Sets the person key column.</summary>
    /// <param name="personKeys">One key per row.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="personKeys"/> is null.</exception>
    public PersonMonthPanelBuilder WithPersonKeys(long[] personKeys)
    {
        _personKeys = Guard.NotNull(personKeys);
        return this;
    }

    /// <summary>Sets the period column.</summary>
    /// <param name="periods">One month per row.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> is null.</exception>
    public PersonMonthPanelBuilder WithPeriods(YearMonth[] periods)
    {
        _periods = Guard.NotNull(periods);
        return this;
    }

    /// <summary>Sets observation weights.</summary>
    /// <param name="weights">One finite, non-negative weight per row.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    public PersonMonthPanelBuilder WithWeights(double[] weights)
    {
        _weights = Guard.NotNull(weights);
        return this;
    }

    /// <summary>Adds a numeric column; <see cref="double.NaN"/> marks missing values.</summary>
    /// <param name="name">A name not used by another column.</param>
    /// <param name="values">One value per row.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is empty or already used.</exception>
    public PersonMonthPanelBuilder AddNumeric(string name, double[] values)
    {
        ClaimName(name);
        _numeric.Add(new NumericColumn(name, Guard.NotNull(values)));
        return this;
    }

    /// <summary>Adds a categorical column that is already encoded.</summary>
    /// <param name="name">A name not used by another column.</param>
    /// <param name="codes">One code per row: an index into <paramref name="levels"/>, or <see cref="CategoricalColumn.MissingCode"/>.</param>
    /// <param name="levels">The level names, distinct.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is empty or already used, a level repeats, or a code is out of range (the row is named).</exception>
    public PersonMonthPanelBuilder AddCategorical(string name, int[] codes, IReadOnlyList<string> levels)
    {
        Guard.NotNull(codes);
        Guard.NotNull(levels);
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
        _categorical.Add(new CategoricalColumn(name, codes, levelArray));
        return this;
    }

    /// <summary>Adds a categorical column from labels, encoding levels in order of first appearance.</summary>
    /// <param name="name">A name not used by another column.</param>
    /// <param name="labels">One label per row; null or empty marks a missing value.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is empty or already used.</exception>
    public PersonMonthPanelBuilder AddCategorical(string name, IReadOnlyList<string?> labels)
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

    /// <summary>Builds the panel.</summary>
    /// <returns>The immutable panel.</returns>
    /// <exception cref="InvalidOperationException">Person keys or periods were not set.</exception>
    /// <exception cref="ArgumentException">A column's length differs from the period column's, or a weight is negative or not finite (the row is named).</exception>
    public PersonMonthPanel Build()
    {
        var periods = _periods ?? throw new InvalidOperationException("Set the period column with WithPeriods before Build.");
        var keys = _personKeys ?? throw new InvalidOperationException("Set the person key column with WithPersonKeys before Build.");
        var rows = periods.Length;
        Guard.SameLength(rows, keys.Length, "person key");
        if (_weights is not null)
        {
            Guard.SameLength(rows, _weights.Length, "weight");
            for (var row = 0; row < rows; row++)
            {
                var w = _weights[row];
                if (!double.IsFinite(w) || w < 0)
                {
                    throw new ArgumentException($"Column 'weight', row {row}: weight {w} must be finite and non-negative.");
                }
            }
        }

        foreach (var column in _numeric)
        {
            Guard.SameLength(rows, column.Length, column.Name);
        }

        foreach (var column in _categorical)
        {
            Guard.SameLength(rows, column.Length, column.Name);
        }

        return new PersonMonthPanel(keys, periods, _weights, [.. _numeric], [.. _categorical]);
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
