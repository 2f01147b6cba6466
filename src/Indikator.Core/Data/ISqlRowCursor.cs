namespace Indikator.Core.Data;

/// <summary>The rows of a database query projected by <see cref="SqlDialect.Projection"/>, read column by column in order.</summary>
/// <remarks>Each row is read left to right, each column once: binary COPY streams allow nothing else.</remarks>
internal interface ISqlRowCursor
{
    /// <summary>Moves to the next row; false at the end.</summary>
    bool NextRow();

    /// <summary>Whether the next column of the row is null; a null column is consumed.</summary>
    bool IsNull(int ordinal);

    /// <summary>Reads the next column as a 64-bit integer.</summary>
    long GetInt64(int ordinal);

    /// <summary>Reads the next column as a double.</summary>
    double GetDouble(int ordinal);

    /// <summary>Reads the next column as text.</summary>
    string GetString(int ordinal);
}
