namespace Indikator.Core.Indicators.Disclosure;

/// <summary>Thrown when the cells given to <see cref="CountTable"/> are invalid; names the 0-based cell index and the field.</summary>
/// <remarks>Instances are not shared and need no synchronisation.</remarks>
public sealed class TableDataException : ArgumentException
{
    /// <summary>Creates the exception with a default message.</summary>
    public TableDataException()
        : this("The table cells are invalid.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public TableDataException(string message)
        : base(message)
    {
        CellIndex = -1;
        Field = string.Empty;
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TableDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        CellIndex = -1;
        Field = string.Empty;
    }

    internal TableDataException(int cellIndex, string field, string problem)
        : base(cellIndex >= 0 ? $"cells[{cellIndex}].{field}: {problem}" : $"cells: {problem}")
    {
        CellIndex = cellIndex;
        Field = field;
    }

    /// <summary>Gets the 0-based index of the invalid cell in the input, or -1 when the problem is the table as a whole.</summary>
    public int CellIndex { get; }

    /// <summary>Gets the invalid field, for example <c>Count</c>.</summary>
    public string Field { get; }
}
