namespace Indikator.Core.RiskAdjustment;

/// <summary>
/// Chooses, for two fixed effects, between the exact two-way solve on cell sums (<c>Numerics/CellProjection</c>) and
/// alternating projections (<c>Numerics/AlternatingProjections</c>) by comparing their operation counts.
/// </summary>
/// <remarks>
/// <para>Naming as in CellProjection: la and lb are the level counts of the larger and the smaller fixed effect, C = la lb
/// the cells of the dense grid (the kernel loops over every cell, empty or not), n the rows, m the columns projected
/// (design and outcome).</para>
/// <para>Exact path, per column: one scatter-add of the n rows into a C-long array of cell sums; about seven passes
/// over the C cells (level sums, two Schur solves with their back-substitutions, the refinement residual) and one
/// to write the cell table; afterwards every pass over the design (cross-products, then residuals) looks up
/// x[i] - t[cell[i]], one random read per row in a C-long table. Shared by all columns: two passes over the C cells
/// and at most lb multiply-adds per non-empty cell (at most lb min(n, C)) to form the Schur complement, lb^3/3 to
/// factor it.</para>
/// <para>Alternating projections, per column and sweep: 7 row operations for two fixed effects (the residual: a copy
/// and two lookups; per fixed effect a scatter-add and a subtraction), all into la- and lb-long arrays that stay in
/// cache. Irons-Tuck acceleration needs 6 to 8 sweeps on office x period panels, so about 7 x 6 + 3 = 45 row
/// operations per column, plus a materialised copy of the design.</para>
/// <para>The exact path therefore costs about 3 n + 8 C per column against 45 n. The cell loops are branchy (an empty
/// cell is skipped) and a C-long table of 8 C bytes falls out of the cache as C grows, so a cell operation and a
/// table lookup cost far more than a cached row operation. Measured on the project machine with 10 covariates
/// (docs/benchmarks.md): at 1M rows the exact path is 1.3 to 4.4 times faster at 18,000 and 180,000 cells and 1.1 to
/// 2.5 times slower at 600,000 and 1.8 million; at 4M rows and 600,000 cells the two are even; at 8M rows and 1.8
/// million cells alternating projections still win by 1.2 times. Hence the rule of <see cref="PreferExact"/>: small grids
/// always, otherwise at most one cell per <see cref="RowsPerCell"/> rows, at most <see cref="MaxCells"/> cells, and a
/// Schur complement that costs no more than one sweep.</para>
/// <para>The count assumes the quick convergence of alternating projections on well-connected panels; on poorly
/// connected levels they need many more sweeps and the exact path gains, which <see cref="AbsorptionStrategy.Exact"/>
/// allows to force. This type is stateless and thread safe.</para>
/// </remarks>
internal static class AbsorptionCostModel
{
    /// <summary>Grids up to this many cells always take the exact path: a table of 64k cells (512 KB) stays in a core's
    /// cache and the cell work is a few million operations, so the path is the faster one at any row count.</summary>
    public const long SmallGridCells = 65_536;

    /// <summary>Beyond this many cells (8 MB per table) the per-row table lookups miss the cache, which costs the exact
    /// path more than a typical run of alternating projections whatever the row count.</summary>
    public const long MaxCells = 1_000_000;

    /// <summary>Rows per cell needed above <see cref="SmallGridCells"/>: the per-column cell work (about 8 C operations
    /// that cost several row operations each) must stay well below the 45 n of alternating projections.</summary>
    public const long RowsPerCell = 4;

    /// <summary>Row operations of one sweep of alternating projections over one column, with two fixed effects.</summary>
    public const long RowOperationsPerSweep = 7;

    /// <summary>Whether the exact two-way path is expected to be faster than alternating projections.</summary>
    /// <param name="rows">Rows of the fit.</param>
    /// <param name="columns">Columns projected (design columns other than the constant, and the outcome).</param>
    /// <param name="levels0">Levels of the first fixed effect.</param>
    /// <param name="levels1">Levels of the second fixed effect.</param>
    /// <returns>True for the exact path.</returns>
    public static bool PreferExact(long rows, int columns, int levels0, int levels1)
    {
        long la = Math.Max(levels0, levels1);
        long lb = Math.Min(levels0, levels1);
        var cells = la * lb;
        if (cells <= SmallGridCells)
        {
            return true;
        }

        if (cells > MaxCells || cells * RowsPerCell > rows)
        {
            return false;
        }

        var schur = (lb * Math.Min(rows, cells)) + (lb * lb * lb / 3);
        return schur <= RowOperationsPerSweep * columns * rows;
    }

    /// <summary>Whether the exact path can run at all: the cell grid must fit in one array.</summary>
    /// <param name="levels0">Levels of the first fixed effect.</param>
    /// <param name="levels1">Levels of the second fixed effect.</param>
    /// <returns>True when the cell grid fits.</returns>
    public static bool ExactFits(int levels0, int levels1) => (long)levels0 * levels1 <= Array.MaxLength;
}
