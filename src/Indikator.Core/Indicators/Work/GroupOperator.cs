namespace Indikator.Core.Indicators.Work;

/// <summary>How a <see cref="GroupCondition"/> compares a person-month's value in its column.</summary>
/// <remarks>The four comparisons read a numeric column; <see cref="In"/> and <see cref="NotIn"/> read a categorical
/// column. A missing value (NaN or a missing category) never satisfies a condition, <see cref="NotIn"/> included.
/// This enumeration is immutable and thread safe.</remarks>
public enum GroupOperator
{
    /// <summary>The value is less than <see cref="GroupCondition.Value"/> (job file: <c>lt</c>).</summary>
    LessThan = 0,

    /// <summary>The value is at most <see cref="GroupCondition.Value"/> (job file: <c>le</c>).</summary>
    AtMost = 1,

    /// <summary>The value is greater than <see cref="GroupCondition.Value"/> (job file: <c>gt</c>).</summary>
    GreaterThan = 2,

    /// <summary>The value is at least <see cref="GroupCondition.Value"/> (job file: <c>ge</c>).</summary>
    AtLeast = 3,

    /// <summary>The category is one of <see cref="GroupCondition.Categories"/> (job file: <c>in</c>).</summary>
    In = 4,

    /// <summary>The category is known and none of <see cref="GroupCondition.Categories"/> (job file: <c>notIn</c>).</summary>
    NotIn = 5,
}
