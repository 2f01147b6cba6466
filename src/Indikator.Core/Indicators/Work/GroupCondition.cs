using System.Globalization;
using Indikator.Core.Internal;

namespace Indikator.Core.Indicators.Work;

/// <summary>A condition on one column of a person-month, part of a <see cref="PriorityGroup"/>: a numeric comparison
/// (for example age under 30) or a set of categories (for example need category in spesielt tilpasset, varig tilpasset).</summary>
/// <remarks>
/// <para>A missing value never satisfies a condition: a person-month with an unknown age is in no age group, and one
/// with an unknown need category is neither in nor outside a set of need categories.</para>
/// <para>Equality compares the column, the operator, the value and the categories in order. This type is immutable and thread safe.</para>
/// </remarks>
public sealed record GroupCondition
{
    private readonly ValueList<string> _categories;

    private GroupCondition(string column, GroupOperator op, double value, string[] categories)
    {
        Column = column;
        Operator = op;
        Value = value;
        _categories = ValueList.Wrap(categories);
    }

    /// <summary>Gets the column the condition reads (numeric for comparisons, categorical for <see cref="GroupOperator.In"/> and <see cref="GroupOperator.NotIn"/>).</summary>
    public string Column { get; }

    /// <summary>Gets the operator.</summary>
    public GroupOperator Operator { get; }

    /// <summary>Gets the number a comparison compares with (NaN for a set of categories).</summary>
    public double Value { get; }

    /// <summary>Gets the categories of <see cref="GroupOperator.In"/> and <see cref="GroupOperator.NotIn"/> (empty for a comparison).</summary>
    public IReadOnlyList<string> Categories => _categories;

    /// <summary>Gets a value indicating whether the condition reads a categorical column.</summary>
    public bool IsCategorical => Operator is GroupOperator.In or GroupOperator.NotIn;

    /// <summary>Creates a comparison of a numeric column with a number.</summary>
    /// <param name="column">The numeric column, for example <c>age</c>.</param>
    /// <param name="op">One of the four comparisons.</param>
    /// <param name="value">The finite number to compare with.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="column"/> is empty, <paramref name="op"/> is not a comparison, or <paramref name="value"/> is not finite.</exception>
    public static GroupCondition Compare(string column, GroupOperator op, double value)
    {
        Guard.NotEmpty(column);
        if (op is not (GroupOperator.LessThan or GroupOperator.AtMost or GroupOperator.GreaterThan or GroupOperator.AtLeast))
        {
            throw new ArgumentException($"Condition on '{column}': {op} is not a comparison; use OneOf or NoneOf for categories.", nameof(op));
        }

        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"Condition on '{column}': the value must be a finite number (was {value.ToString(CultureInfo.InvariantCulture)}).", nameof(value));
        }

        return new GroupCondition(column, op, value, []);
    }

    /// <summary>Creates the condition that a categorical column holds one of the given categories.</summary>
    /// <param name="column">The categorical column, for example <c>need_category</c>.</param>
    /// <param name="categories">The categories (at least one, none repeated).</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> or <paramref name="categories"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="column"/> is empty, or the categories are empty, hold an empty or null category, or repeat one.</exception>
    public static GroupCondition OneOf(string column, params string[] categories) => Set(column, GroupOperator.In, categories);

    /// <summary>Creates the condition that a categorical column holds a known category other than the given ones.</summary>
    /// <param name="column">The categorical column.</param>
    /// <param name="categories">The categories left out (at least one, none repeated).</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> or <paramref name="categories"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="column"/> is empty, or the categories are empty, hold an empty or null category, or repeat one.</exception>
    public static GroupCondition NoneOf(string column, params string[] categories) => Set(column, GroupOperator.NotIn, categories);

    /// <summary>Compares the column, the operator, the value and the categories in order.</summary>
    /// <param name="other">The other condition.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(GroupCondition? other)
        => other is not null && string.Equals(Column, other.Column, StringComparison.Ordinal) && Operator == other.Operator
           && Value.Equals(other.Value) && _categories.Equals(other._categories);

    /// <summary>A hash of the column, the operator, the value and the categories.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Column, StringComparer.Ordinal);
        hash.Add(Operator);
        hash.Add(Value);
        foreach (var category in _categories)
        {
            hash.Add(category, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>The condition as in the documentation, for example <c>age &lt; 30</c> or <c>need_category in [a, b]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Operator switch
    {
        GroupOperator.LessThan => $"{Column} < {Number()}",
        GroupOperator.AtMost => $"{Column} <= {Number()}",
        GroupOperator.GreaterThan => $"{Column} > {Number()}",
        GroupOperator.AtLeast => $"{Column} >= {Number()}",
        GroupOperator.In => $"{Column} in [{string.Join(", ", _categories)}]",
        _ => $"{Column} not in [{string.Join(", ", _categories)}]",
    };

    private string Number() => Value.ToString(CultureInfo.InvariantCulture);

    private static GroupCondition Set(string column, GroupOperator op, string[] categories)
    {
        Guard.NotEmpty(column);
        Guard.NotNull(categories);
        if (categories.Length == 0)
        {
            throw new ArgumentException($"Condition on '{column}': at least one category is needed.", nameof(categories));
        }

        for (var i = 0; i < categories.Length; i++)
        {
            if (string.IsNullOrEmpty(categories[i]))
            {
                throw new ArgumentException($"Condition on '{column}': category {i} is null or empty.", nameof(categories));
            }

            if (Array.IndexOf(categories, categories[i]) < i)
            {
                throw new ArgumentException($"Condition on '{column}': category '{categories[i]}' is repeated.", nameof(categories));
            }
        }

        return new GroupCondition(column, op, double.NaN, (string[])categories.Clone());
    }
}
