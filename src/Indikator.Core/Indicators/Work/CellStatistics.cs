namespace Indikator.Core.Indicators.Work;

/// <summary>
/// Sums per cell (a unit, or a unit in a month) over the rows a fit used, in single passes over columnar arrays:
/// person-months, outcome and residual sums, design sums, and the person-cluster pieces of the variance of the cell's
/// mean residual.
/// </summary>
/// <remarks>
/// For cell c with persons p (cluster sums E_p of residuals and row counts n_p over the cell's rows), the CR1
/// variance of the cell mean m = sum e / n is
/// V = G/(G-1) sum_p (E_p - n_p m)^2 / n^2 = G/(G-1) (S_EE - 2 m S_nE + m^2 S_nn) / n^2.
/// With scores, also Q_c = sum_p E_p s_p, where s_p = sum of x_i e_i over all the person's rows (the person's score):
/// the cross-moment of the cell's residual sums and the coefficients' estimation error (docs/arbeidsindikatoren.md,
/// section 3). s_p is built per person on the fly, so nothing per row is stored.
/// </remarks>
internal sealed class CellStatistics
{
    public CellStatistics(int cells, int k, bool scores = false)
    {
        Scores = scores ? new double[cells * k] : null;
        Cells = cells;
        K = k;
        Rows = new int[cells];
        Persons = new int[cells];
        SumY = new double[cells];
        SumE = new double[cells];
        SumEE = new double[cells];
        SumNE = new double[cells];
        SumNN = new double[cells];
        Design = new double[cells * k];
    }

    public int Cells { get; }

    public int K { get; }

    public int[] Rows { get; }

    public int[] Persons { get; }

    public double[] SumY { get; }

    public double[] SumE { get; }

    public double[] SumEE { get; }

    public double[] SumNE { get; }

    public double[] SumNN { get; }

    public double[] Design { get; }

    /// <summary>Gets Q_c = sum over persons of E_pc s_p per cell (k per cell), or null when not asked for.</summary>
    public double[]? Scores { get; }

    public double Mean(double[] sums, int cell) => sums[cell] / Rows[cell];

    /// <summary>The person-clustered (CR1) variance of the cell's mean residual; NaN with fewer than two persons.</summary>
    public double ResidualVariance(int cell)
    {
        var n = (double)Rows[cell];
        var g = Persons[cell];
        if (g < 2)
        {
            return double.NaN;
        }

        var m = SumE[cell] / n;
        var ss = SumEE[cell] - (2 * m * SumNE[cell]) + (m * m * SumNN[cell]);
        return Math.Max(0, ss) * g / (g - 1) / (n * n);
    }

    /// <summary>Stacks the cells of several statistics (with the same design width) in order: the cells of a priority-group level, computed one group at a time.</summary>
    public static CellStatistics Stack(IReadOnlyList<CellStatistics> parts)
    {
        var k = parts[0].K;
        var stacked = new CellStatistics(parts.Sum(p => p.Cells), k, parts.All(p => p.Scores is not null));
        var at = 0;
        foreach (var part in parts)
        {
            Array.Copy(part.Rows, 0, stacked.Rows, at, part.Cells);
            Array.Copy(part.Persons, 0, stacked.Persons, at, part.Cells);
            Array.Copy(part.SumY, 0, stacked.SumY, at, part.Cells);
            Array.Copy(part.SumE, 0, stacked.SumE, at, part.Cells);
            Array.Copy(part.SumEE, 0, stacked.SumEE, at, part.Cells);
            Array.Copy(part.SumNE, 0, stacked.SumNE, at, part.Cells);
            Array.Copy(part.SumNN, 0, stacked.SumNN, at, part.Cells);
            Array.Copy(part.Design, 0, stacked.Design, at * k, part.Cells * k);
            if (stacked.Scores is { } scores)
            {
                Array.Copy(part.Scores!, 0, scores, at * k, part.Cells * k);
            }

            at += part.Cells;
        }

        return stacked;
    }

    /// <summary>Computes the statistics of <paramref name="cellOfRow"/> over the used rows.</summary>
    /// <param name="cellOfRow">Cell of each data row (-1: outside every cell).</param>
    /// <param name="usedRows">The rows the fit used.</param>
    /// <param name="residuals">The fit's residuals, aligned with <paramref name="usedRows"/>.</param>
    /// <param name="y">The outcome of every data row.</param>
    /// <param name="design">The design map, or null for no design sums.</param>
    /// <param name="positionOfRow">Position of each data row in <paramref name="usedRows"/>, -1 when unused.</param>
    /// <param name="source">The person grouping.</param>
    /// <param name="cells">The number of cells.</param>
    /// <param name="scores">Whether to compute <see cref="Scores"/> (needs <paramref name="design"/>).</param>
    public static CellStatistics Compute(int[] cellOfRow, ReadOnlySpan<int> usedRows, ReadOnlySpan<double> residuals, double[] y, DesignMap? design, int[] positionOfRow, ModelSource source, int cells, bool scores = false)
    {
        var k = design?.Size ?? 0;
        var stats = new CellStatistics(cells, k, scores && design is not null);
        var q = stats.Scores;
        var score = new double[q is null ? 0 : k];
        for (var i = 0; i < usedRows.Length; i++)
        {
            var row = usedRows[i];
            var cell = cellOfRow[row];
            if (cell < 0)
            {
                continue;
            }

            stats.Rows[cell]++;
            stats.SumY[cell] += y[row];
            stats.SumE[cell] += residuals[i];
            design?.Add(row, stats.Design.AsSpan(cell * k, k));
        }

        // Person clusters: per person, residual sums and row counts per touched cell, flushed after the person.
        var accE = new double[cells];
        var accN = new int[cells];
        var touched = new int[16];
        var start = source.PersonStart;
        var rows = source.PersonRows;
        for (var p = 0; p < source.PersonCount; p++)
        {
            var count = 0;
            for (var j = start[p]; j < start[p + 1]; j++)
            {
                var row = rows[j];
                var position = positionOfRow[row];
                if (position < 0)
                {
                    continue;
                }

                // The score runs over all the person's used rows, also those outside every cell of this level.
                if (q is not null)
                {
                    design!.AddScaled(row, residuals[position], score);
                }

                var cell = cellOfRow[row];
                if (cell < 0)
                {
                    continue;
                }

                if (accN[cell] == 0)
                {
                    if (count == touched.Length)
                    {
                        Array.Resize(ref touched, count * 2);
                    }

                    touched[count++] = cell;
                }

                accN[cell]++;
                accE[cell] += residuals[position];
            }

            for (var t = 0; t < count; t++)
            {
                var cell = touched[t];
                var e = accE[cell];
                var n = (double)accN[cell];
                stats.Persons[cell]++;
                stats.SumEE[cell] += e * e;
                stats.SumNE[cell] += n * e;
                stats.SumNN[cell] += n * n;
                if (q is not null)
                {
                    var target = q.AsSpan(cell * k, k);
                    for (var c = 0; c < k; c++)
                    {
                        target[c] += e * score[c];
                    }
                }

                accE[cell] = 0;
                accN[cell] = 0;
            }

            if (q is not null)
            {
                Array.Clear(score);
            }
        }

        return stats;
    }
}

/// <summary>A level's sums over the rows of one fit: per unit and month (with the design) and per unit pooled.</summary>
internal sealed record LevelAggregate(CellStatistics Cells, CellStatistics Pooled);
