using System.Runtime.CompilerServices;

namespace Indikator.Core.Numerics;

/// <summary>
/// Exact projection onto one or two sets of fixed-effect dummies through cell sums.
/// </summary>
/// <remarks>
/// <para>Naming: a <em>cell</em> is a combination of levels (office x period); <c>nw</c> is the weighted count of a
/// cell and <c>s</c> the weighted sum of a column in it. A = the fixed effect with more levels, B = the one with
/// fewer. The normal equations of the regression of a column x on the dummies of A and B are</para>
/// <code>
///   diag(nA) a + N g       = sA
///   N' a     + diag(nB) g  = sB        with N[a, b] = nw of cell (a, b)
/// </code>
/// <para>Eliminating a gives the Schur complement system (Gaure 2013 discusses the same structure)</para>
/// <code>
///   (diag(nB) - N' diag(1/nA) N) g = sB - N' (sA / nA),     a = (sA - N g) / nA
/// </code>
/// <para>of the size of B. The Schur matrix is singular once per connected component of the bipartite
/// graph of levels; one level of B per component is fixed at zero. One step of iterative refinement on the
/// cell-level residual of the normal equations brings the solution to working precision. Everything after the
/// first pass over the rows works on cell sums, so the cost is one pass over the data per column plus
/// O(|A| |B|^2 + |B|^3) for the factorisation, shared by all columns.</para>
/// <para>With one fixed effect the solution is the group mean (and with none, the mean).</para>
/// </remarks>
internal sealed class CellProjection
{
    private CellProjection(int[]? cell, int cellCount, double[]?[] tables, FixedEffectCoefficients coefficients, int components, int[][]? componentOfLevel, double[] rawSquares)
    {
        RawSquares = rawSquares;
        ComponentOfLevel = componentOfLevel;
        Cell = cell;
        CellCount = cellCount;
        Tables = tables;
        Coefficients = coefficients;
        Components = components;
    }

    /// <summary>Gets the cell of each row (null for a single cell).</summary>
    public int[]? Cell { get; }

    /// <summary>Gets the number of cells.</summary>
    public int CellCount { get; }

    /// <summary>Gets, per column, the fixed-effect value of each cell (null for a column left as is).</summary>
    public double[]?[] Tables { get; }

    /// <summary>Gets the per-column fixed-effect coefficients.</summary>
    public FixedEffectCoefficients Coefficients { get; }

    /// <summary>Gets sum_i w_i x_i^2 of each column (zero for the constant), for the collinearity check.</summary>
    public double[] RawSquares { get; }

    /// <summary>Gets the number of connected components (1 unless two fixed effects split the data).</summary>
    public int Components { get; }

    /// <summary>Gets the connected component of each level, [fe][level], for two fixed effects; otherwise null.</summary>
    public int[][]? ComponentOfLevel { get; }

    /// <param name="codes">Dense codes of zero, one or two fixed effects.</param>
    /// <param name="levelCounts">Number of levels of each.</param>
    /// <param name="weights">Row weights or null.</param>
    /// <param name="columns">Raw columns (the constant is not demeaned).</param>
    /// <param name="rows">Number of rows.</param>
    /// <param name="parallel">Parallel options.</param>
    /// <returns>The projection, or null when two fixed effects give a numerically singular Schur system (a nearly
    /// disconnected level); the caller then uses alternating projections.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CellProjection? Build(int[][] codes, int[] levelCounts, double[]? weights, DesignColumn[] columns, int rows, ParallelOptions parallel)
    {
        int[]? cell;
        int cellCount;
        if (codes.Length == 0)
        {
            cell = null;
            cellCount = 1;
        }
        else if (codes.Length == 1)
        {
            cell = codes[0];
            cellCount = levelCounts[0];
        }
        else
        {
            var c0 = codes[0];
            var c1 = codes[1];
            var l1 = levelCounts[1];
            var combined = new int[rows];
            Parallel.For(0, (rows + BlockGram.ChunkRows - 1) / BlockGram.ChunkRows, parallel, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (chunk) =>
            {
                var end = Math.Min(rows, (chunk + 1) * BlockGram.ChunkRows);
                for (var i = chunk * BlockGram.ChunkRows; i < end; i++)
                {
                    combined[i] = (c0[i] * l1) + c1[i];
                }
            });
            cell = combined;
            cellCount = levelCounts[0] * l1;
        }

        // Task m (m < columns) sums column m per cell; the last task sums the weights. Each task runs over
        // the rows in order, so the sums do not depend on the thread count.
        var m = columns.Length;
        var sums = new double[m + 1][];
        var squares = new double[m];
        Parallel.For(0, m + 1, parallel, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (task) =>
        {
            if (task < m && columns[task].IsConstant)
            {
                return;
            }

            var s = new double[cellCount];
            var column = task < m ? columns[task] : null;
            var x = column?.Values;
            var sq = 0.0;
            if (column?.Codes is { } codes)
            {
                // An indicator adds 1 (or w) where it is 1 and 0 elsewhere, so only its rows need adding.
                var level = column.Level;
                for (var i = 0; i < rows; i++)
                {
                    if (codes[i] == level)
                    {
                        var v = weights is null ? 1.0 : weights[i];
                        s[cell is null ? 0 : cell[i]] += v;
                        sq += v;
                    }
                }
            }
            else if (x is null)
            {
                for (var i = 0; i < rows; i++)
                {
                    s[cell is null ? 0 : cell[i]] += weights is null ? 1.0 : weights[i];
                }
            }
            else if (weights is null && cell is not null)
            {
                for (var i = 0; i < rows; i++)
                {
                    var v = x[i];
                    s[cell[i]] += v;
                    sq += v * v;
                }
            }
            else
            {
                for (var i = 0; i < rows; i++)
                {
                    var w = weights is null ? 1.0 : weights[i];
                    var v = w * x[i];
                    s[cell is null ? 0 : cell[i]] += v;
                    sq += v * x[i];
                }
            }

            sums[task] = s;
            if (task < m)
            {
                squares[task] = sq;
            }
        });

        return FromSums(codes.Length, levelCounts, cell, cellCount, sums[m]!, sums[..m], squares);
    }

    /// <summary>The projection from cell sums alone: what <see cref="Build"/> computes after its pass over the rows, and
    /// all a fit pushed down into a database has.</summary>
    /// <param name="feCount">Zero, one or two fixed effects.</param>
    /// <param name="levelCounts">Number of levels of each.</param>
    /// <param name="cell">The cell of each row, or null (kept for the demeaned design).</param>
    /// <param name="cellCount">Cells: 1, the levels of the one fixed effect, or levels0 x levels1 (cell a * levels1 + b).</param>
    /// <param name="nw">Weighted count of each cell.</param>
    /// <param name="sums">Per column the weighted sum of each cell, null for a column left as is (the constant).</param>
    /// <param name="squares">sum_i w_i x_i^2 per column.</param>
    /// <returns>The projection, or null when two fixed effects give a numerically singular Schur system.</returns>
    public static CellProjection? FromSums(int feCount, int[] levelCounts, int[]? cell, int cellCount, double[] nw, double[]?[] sums, double[] squares)
    {
        var m = sums.Length;
        var tables = new double[]?[m];
        var coef = new double[]?[m][];
        var components = 1;
        int[][]? componentOfLevel = null;
        if (feCount < 2)
        {
            for (var j = 0; j < m; j++)
            {
                var s = sums[j];
                if (s is null)
                {
                    coef[j] = new double[]?[feCount];
                    continue;
                }

                var t = new double[cellCount];
                for (var c = 0; c < cellCount; c++)
                {
                    t[c] = nw[c] > 0 ? s[c] / nw[c] : 0;
                }

                tables[j] = t;
                coef[j] = feCount == 1 ? [t] : [];
            }

            return new CellProjection(cell, cellCount, tables, new FixedEffectCoefficients(coef), components, componentOfLevel, squares);
        }

        var solver = new TwoWaySolver(levelCounts[0], levelCounts[1], nw);
        if (!solver.IsWellPosed)
        {
            return null;
        }

        components = solver.Components;
        componentOfLevel = solver.ComponentOfLevel;
        for (var j = 0; j < m; j++)
        {
            var s = sums[j];
            if (s is null)
            {
                coef[j] = new double[]?[2];
                continue;
            }

            var (f0, f1) = solver.Solve(s);
            var t = new double[cellCount];
            var l1 = levelCounts[1];
            for (var a = 0; a < levelCounts[0]; a++)
            {
                for (var b = 0; b < l1; b++)
                {
                    t[(a * l1) + b] = f0[a] + f1[b];
                }
            }

            tables[j] = t;
            coef[j] = [f0, f1];
        }

        return new CellProjection(cell, cellCount, tables, new FixedEffectCoefficients(coef), components, componentOfLevel, squares);
    }
}
