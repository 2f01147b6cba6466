using System.Runtime.CompilerServices;

namespace Indikator.Core.Numerics;

/// <summary>
/// Supplies row blocks of the working design [X~ y~]: the design columns after the fixed effects have been
/// projected out (unchanged without fixed effects), followed by the outcome as the last column.
/// </summary>
/// <remarks>Implementations are immutable after construction and safe to read from several threads, so the
/// cross-product, residual and score passes can each recompute the demeaned values on the fly instead of
/// keeping an N x p copy.</remarks>
internal abstract class DesignSource
{
    protected DesignSource(int rows, int columns)
    {
        Rows = rows;
        Columns = columns;
    }

    /// <summary>Gets the number of rows.</summary>
    public int Rows { get; }

    /// <summary>Gets the number of columns, the outcome included (last).</summary>
    public int Columns { get; }

    /// <summary>Gets, per column, the categorical term whose (raw, not demeaned) indicator it is, or -1. Two indicators
    /// of the same term never share a row, so their cross-product is zero and need not be summed.</summary>
    public int[]? ExclusiveGroups { get; init; }

    /// <summary>Writes rows [start, start+count) column-major into <paramref name="buffer"/>: value (row r, column c) at c*count + r.</summary>
    public abstract void Fill(int start, int count, Span<double> buffer);

    /// <summary>The design made of some of these columns, in the given order (the same values, not copied).</summary>
    /// <param name="columns">Indices of the columns to keep.</param>
    public abstract DesignSource Select(int[] columns);

    /// <summary>The exclusive groups of the selected columns.</summary>
    protected int[]? SelectGroups(int[] columns) => ExclusiveGroups is { } groups ? [.. columns.Select(c => groups[c])] : null;
}

/// <summary>
/// The design with each column demeaned by a per-cell table: x~[i, j] = x[i, j] - fe[j][cell[i]], where a cell is a
/// combination of fixed-effect levels (office x period for two fixed effects, the level for one). A null table leaves the column as it is; a null column is the constant one.
/// </summary>
internal sealed class CellDemeanedDesign : DesignSource
{
    private readonly DesignColumn[] _columns;
    private readonly double[]?[] _tables;
    private readonly int[]? _cell;

    /// <param name="columns">Raw columns, the outcome last.</param>
    /// <param name="tables">Per-cell values to subtract for each column, or null.</param>
    /// <param name="cell">Cell of each row, or null when there is a single cell 0.</param>
    /// <param name="rows">Number of rows.</param>
    public CellDemeanedDesign(DesignColumn[] columns, double[]?[] tables, int[]? cell, int rows)
        : base(rows, columns.Length)
    {
        _columns = columns;
        _tables = tables;
        _cell = cell;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Fill(int start, int count, Span<double> buffer)
    {
        for (var c = 0; c < _columns.Length; c++)
        {
            var dst = buffer.Slice(c * count, count);
            var col = _columns[c];
            col.CopyTo(start, dst);
            var table = _tables[c];
            if (table is null)
            {
                continue;
            }

            if (_cell is null)
            {
                var shift = table[0];
                for (var r = 0; r < count; r++)
                {
                    dst[r] -= shift;
                }
            }
            else
            {
                var cells = _cell.AsSpan(start, count);
                for (var r = 0; r < count; r++)
                {
                    dst[r] -= table[cells[r]];
                }
            }
        }
    }

    /// <inheritdoc/>
    public override DesignSource Select(int[] columns)
        => new CellDemeanedDesign([.. columns.Select(c => _columns[c])], [.. columns.Select(c => _tables[c])], _cell, Rows)
        {
            ExclusiveGroups = SelectGroups(columns),
        };
}

/// <summary>The design held as demeaned copies (alternating projections path).</summary>
internal sealed class MaterializedDesign : DesignSource
{
    private readonly double[]?[] _columns;

    /// <param name="columns">Demeaned columns (null for a column of ones), the outcome last.</param>
    /// <param name="rows">Number of rows.</param>
    public MaterializedDesign(double[]?[] columns, int rows)
        : base(rows, columns.Length)
    {
        _columns = columns;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Fill(int start, int count, Span<double> buffer)
    {
        for (var c = 0; c < _columns.Length; c++)
        {
            var dst = buffer.Slice(c * count, count);
            var col = _columns[c];
            if (col is null)
            {
                dst.Fill(1.0);
            }
            else
            {
                col.AsSpan(start, count).CopyTo(dst);
            }
        }
    }

    /// <inheritdoc/>
    public override DesignSource Select(int[] columns)
        => new MaterializedDesign([.. columns.Select(c => _columns[c])], Rows) { ExclusiveGroups = SelectGroups(columns) };
}
