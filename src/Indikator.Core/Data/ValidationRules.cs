using Indikator.Core.Internal;

namespace Indikator.Core.Data;

/// <summary>What <see cref="DataValidator"/> checks beyond the defaults.</summary>
/// <remarks>
/// <para>Without rules, validation flags non-finite numbers (±∞) and, for a
/// <see cref="PersonMonthPanel"/>, weights that are missing, non-finite or negative. Missing numeric
/// and categorical values are counted but allowed unless the column is in
/// <see cref="RequiredColumns"/>.</para>
/// <code>
/// var rules = new ValidationRules
/// {
///     Ranges = new Dictionary&lt;string, ValueRange&gt; { ["age"] = new(16, 67) },
///     RequiredColumns = ["age", "office"],
/// };
/// DataValidator.Validate(panel, rules).ThrowIfInvalid();
/// </code>
/// <para>The collections are copied when set, so changing them afterwards does not change the rules, and rules with
/// equal ranges and columns are equal (ranges whatever their order, required columns in the order given). This type
/// is immutable and thread safe.</para>
/// </remarks>
public sealed record ValidationRules
{
    /// <summary>Gets the rules that check only the defaults.</summary>
    public static ValidationRules Default { get; } = new();

    /// <summary>Gets the allowed range per numeric column name; values outside are invalid.</summary>
    /// <value>The default is no ranges.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyDictionary<string, ValueRange> Ranges { get; init => field = ValueMap.Of(value); } = ValueMap<string, ValueRange>.Empty;

    /// <summary>Gets the numeric or categorical columns in which a missing value is invalid.</summary>
    /// <value>The default is none.</value>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyCollection<string> RequiredColumns { get; init => field = ValueList.Of(value); } = ValueList<string>.Empty;

    /// <summary>Gets the name of a numeric column to check as observation weights (required, finite, non-negative), or null.</summary>
    /// <value>The default is null. Use it for a <see cref="ColumnTable"/> whose weights are an ordinary column;
    /// a <see cref="PersonMonthPanel"/>'s own weights are always checked.</value>
    public string? WeightColumn { get; init; }
}
