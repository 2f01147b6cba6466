namespace Indikator.Core.Data;

/// <summary>The kind of a column in a <see cref="ValidationReport"/>.</summary>
/// <remarks>Values of this type are immutable and thread safe.</remarks>
public enum ColumnKind
{
    /// <summary>A numeric column.</summary>
    Numeric,

    /// <summary>A categorical column.</summary>
    Categorical,

    /// <summary>Observation weights: required, finite and non-negative.</summary>
    Weight,
}
