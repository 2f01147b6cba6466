using System.Runtime.CompilerServices;
using Indikator.Core.Numerics;

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

    /// <summary>Another outcome's statistics over the same rows and cells: the counts and design sums, which do not depend on the outcome, are <paramref name="shared"/>'s arrays.</summary>
    private CellStatistics(CellStatistics shared)
    {
        Scores = shared.Scores is null ? null : new double[shared.Scores.Length];
        Cells = shared.Cells;
        K = shared.K;
        Rows = shared.Rows;
        Persons = shared.Persons;
        SumY = new double[Cells];
        SumE = new double[Cells];
        SumEE = new double[Cells];
        SumNE = new double[Cells];
        SumNN = shared.SumNN;
        Design = shared.Design;
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
        return ClusteredMeanVariance.Cr1(SumEE[cell], SumNE[cell], SumNN[cell], SumE[cell] / n, n, Persons[cell]);
    }

    /// <summary>
    /// Adds the design and score sums of a finer layout's unit x month cells into this layout's cells: both are sums over
    /// rows (Q_c = sum_p E_pc s_p is linear in the cell's residual sums E_pc), so a coarse cell's are the sums of the
    /// fine cells it is made of. Person counts and the squared person sums are not, and come from the rows.
    /// </summary>
    /// <param name="finer">The finer layout's statistics, with design and scores.</param>
    /// <param name="unitMap">The coarse unit of each fine unit (-1: none).</param>
    /// <param name="months">The number of months per unit.</param>
    /// <param name="design">Whether to add the design sums too: false for the other outcomes of a pass, which share the first one's.</param>
    public void AddFinerSums(CellStatistics finer, int[] unitMap, int months, bool design = true)
    {
        var k = K;
        for (var fineCell = 0; fineCell < finer.Cells; fineCell++)
        {
            var unit = unitMap[fineCell / months];
            if (unit < 0 || finer.Rows[fineCell] == 0)
            {
                continue;
            }

            var cell = (unit * months) + (fineCell % months);
            if (design)
            {
                Add(finer.Design, Design, fineCell, cell, k);
            }

            if (Scores is { } scores)
            {
                Add(finer.Scores!, scores, fineCell, cell, k);
            }
        }

        static void Add(double[] from, double[] to, int fromCell, int toCell, int k)
        {
            var source = from.AsSpan(fromCell * k, k);
            var target = to.AsSpan(toCell * k, k);
            for (var j = 0; j < k; j++)
            {
                target[j] += source[j];
            }
        }
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

    /// <summary>The statistics of several cell layouts for one outcome (<see cref="ComputeMany"/> with one outcome).</summary>
    public static CellStatistics[] ComputeAll(IReadOnlyList<CellRequest> requests, int[] usedRows, double[] residuals, double[] y, DesignMap? design, ModelSource source)
        => ComputeMany(requests, usedRows, [residuals], [y], design, source)[0];

    /// <summary>
    /// Computes the statistics of several cell layouts for several outcomes of the same rows in one pass over the used
    /// rows, which are grouped by person (<see cref="ModelSource"/> keeps the rows in person order): each row is added
    /// to its cells and to its person's sums, and a person's sums are flushed into the person-cluster pieces when the
    /// next person's rows begin. The sums over rows are added in row order and the person pieces in person order, as
    /// separate passes would add them, so the results have the same bits; what is shared is the reading of the rows,
    /// each row's cells, and what does not depend on the outcome (row and person counts, design sums), which is counted
    /// once and shared by the outcomes' statistics. The memory is read sequentially.
    /// </summary>
    /// <param name="requests">The layouts.</param>
    /// <param name="usedRows">The rows the fits used, ascending (the same for every outcome).</param>
    /// <param name="residuals">Per outcome, the fit's residuals, aligned with <paramref name="usedRows"/>.</param>
    /// <param name="y">Per outcome, the outcome of every data row.</param>
    /// <param name="design">The design map (used by the requests that ask for design sums or scores).</param>
    /// <param name="source">The rows' person grouping (<see cref="ModelSource.PersonStart"/>).</param>
    /// <returns>Per outcome, per request, the statistics.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CellStatistics[][] ComputeMany(IReadOnlyList<CellRequest> requests, int[] usedRows, double[][] residuals, double[][] y, DesignMap? design, ModelSource source)
    {
        var count = requests.Count;
        var outcomes = residuals.Length;
        var k = design?.Size ?? 0;
        var stats = new CellStatistics[outcomes][];
        var cellOf = new int[count][];
        var byMonth = new bool[count];
        var maps = new int[]?[count];
        var sumsLater = new bool[count];
        for (var o = 0; o < outcomes; o++)
        {
            stats[o] = new CellStatistics[count];
        }

        for (var q = 0; q < count; q++)
        {
            var request = requests[q];
            stats[0][q] = new CellStatistics(request.Cells, request.Design ? k : 0, request.Scores && design is not null);
            for (var o = 1; o < outcomes; o++)
            {
                stats[o][q] = new CellStatistics(stats[0][q]);
            }

            // Allocated here, added up from a finer layout's cells by the caller (AddFinerSums).
            sumsLater[q] = request.SumsFromFiner;
            cellOf[q] = request.Codes;
            byMonth[q] = request.ByMonth;
            maps[q] = request.Map;
        }

        // Per layout and cell, the outcomes' sums side by side, so that a row's updates of a cell share a cache line:
        // per outcome the outcome sum, the residual sum and the person's residual sum (flushed after each person).
        var stride = Stride * outcomes;
        var sums = new double[count][];
        for (var q = 0; q < count; q++)
        {
            sums[q] = new double[requests[q].Cells * stride];
        }

        var first = stats[0];
        var anyScores = first.Where((s, q) => s.Scores is not null && !sumsLater[q]).Any();
        var designHere = first.Select((s, q) => s.K > 0 && !sumsLater[q]).ToArray();
        var score = new double[outcomes][];
        for (var o = 0; o < outcomes; o++)
        {
            score[o] = new double[anyScores ? k : 0];
        }

        var scales = new double[outcomes];
        var values = new double[outcomes];
        var accN = new int[count][];
        var touched = new int[count][];
        var touchedCount = new int[count];
        for (var q = 0; q < count; q++)
        {
            accN[q] = new int[requests[q].Cells];
            touched[q] = new int[16];
        }

        // A row's design entries, walked once and added to the score and to every layout's design sums.
        var walk = design is not null && (anyScores || Enumerable.Range(0, count).Any(q => first[q].K > 0 && !sumsLater[q]));
        var entryCoefficients = new int[design?.MaxEntries ?? 0];
        var entryValues = new double[entryCoefficients.Length];
        var entries = 0;
        var start = source.PersonStart;
        var period = source.PeriodCodes;
        var months = source.Months.Length;
        var person = -1;
        var personEnd = 0;
        for (var i = 0; i < usedRows.Length; i++)
        {
            var row = usedRows[i];
            if (row >= personEnd)
            {
                // The previous person's rows are done (rows ascending, each person's rows contiguous).
                if (person >= 0)
                {
                    FlushAll(stats, touched, touchedCount, sums, accN, sumsLater, score, anyScores);
                }

                do
                {
                    person++;
                }
                while (start[person + 1] <= row);
                personEnd = start[person + 1];
            }

            if (walk)
            {
                entries = design!.Entries(row, entryCoefficients, entryValues);
            }

            for (var o = 0; o < outcomes; o++)
            {
                scales[o] = residuals[o][i];
                values[o] = y[o][row];
            }

            // The score runs over all the person's used rows, also those outside every cell of a layout.
            if (anyScores)
            {
                DesignMap.AddScaled(entryCoefficients.AsSpan(0, entries), entryValues.AsSpan(0, entries), scales, score);
            }

            for (var q = 0; q < count; q++)
            {
                var cell = cellOf[q][row];
                if (cell < 0)
                {
                    continue;
                }

                if (byMonth[q])
                {
                    cell = (cell * months) + period[row];
                }

                if (maps[q] is { } map && (cell = map[cell]) < 0)
                {
                    continue;
                }

                var target = first[q];
                target.Rows[cell]++;
                if (designHere[q])
                {
                    DesignMap.Add(entryCoefficients.AsSpan(0, entries), entryValues.AsSpan(0, entries), target.Design.AsSpan(cell * k, k));
                }

                var acc = accN[q];
                if (acc[cell] == 0)
                {
                    if (touchedCount[q] == touched[q].Length)
                    {
                        Array.Resize(ref touched[q], touchedCount[q] * 2);
                    }

                    touched[q][touchedCount[q]++] = cell;
                }

                acc[cell]++;
                var cellSums = sums[q].AsSpan(cell * stride, stride);
                for (var o = 0; o < outcomes; o++)
                {
                    var e = scales[o];
                    var at = o * Stride;
                    cellSums[at] += values[o];
                    cellSums[at + 1] += e;
                    cellSums[at + 2] += e;
                }
            }
        }

        if (person >= 0)
        {
            FlushAll(stats, touched, touchedCount, sums, accN, sumsLater, score, anyScores);
        }

        for (var q = 0; q < count; q++)
        {
            for (var o = 0; o < outcomes; o++)
            {
                var own = stats[o][q];
                var from = sums[q];
                for (int cell = 0, at = o * Stride; cell < own.Cells; cell++, at += stride)
                {
                    own.SumY[cell] = from[at];
                    own.SumE[cell] = from[at + 1];
                }
            }
        }

        return stats;
    }

    /// <summary>Per outcome and cell, <see cref="ComputeMany"/> keeps the outcome sum, the residual sum and the current person's residual sum.</summary>
    private const int Stride = 3;

    private static void FlushAll(CellStatistics[][] stats, int[][] touched, int[] touchedCount, double[][] sums, int[][] accN, bool[] sumsLater, double[][] score, bool anyScores)
    {
        var stride = Stride * stats.Length;
        for (var q = 0; q < touchedCount.Length; q++)
        {
            var cells = touched[q];
            var count = touchedCount[q];
            var n = accN[q];
            var first = stats[0][q];
            for (var t = 0; t < count; t++)
            {
                var cell = cells[t];
                var nc = (double)n[cell];
                first.Persons[cell]++;
                first.SumNN[cell] += nc * nc;
            }

            for (var o = 0; o < stats.Length; o++)
            {
                Flush(stats[o][q], cells, count, sums[q], stride, (o * Stride) + 2, n, sumsLater[q] ? null : score[o]);
            }

            for (var t = 0; t < count; t++)
            {
                n[cells[t]] = 0;
            }

            touchedCount[q] = 0;
        }

        if (anyScores)
        {
            foreach (var s in score)
            {
                Array.Clear(s);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Flush(CellStatistics stats, int[] touched, int count, double[] sums, int stride, int offset, int[] accN, double[]? score)
    {
        var q = score is null ? null : stats.Scores;
        var k = score?.Length ?? 0;
        for (var t = 0; t < count; t++)
        {
            var cell = touched[t];
            ref var person = ref sums[(cell * stride) + offset];
            var e = person;
            var n = (double)accN[cell];
            stats.SumEE[cell] += e * e;
            stats.SumNE[cell] += n * e;
            if (q is not null)
            {
                // t - (-e) s is t + e s to the bit, a vector at a time.
                DenseKernels.SubtractScaled(q.AsSpan(cell * k, k), -e, score);
            }

            person = 0;
        }
    }
}

/// <summary>One cell layout for <see cref="CellStatistics.ComputeMany"/>.</summary>
/// <param name="Codes">Cell of each data row, or with <paramref name="ByMonth"/> the unit of each data row (-1: outside every cell).</param>
/// <param name="Cells">The number of cells.</param>
/// <param name="Design">Whether to sum the design per cell.</param>
/// <param name="Scores">Whether to compute the cells' score cross-moments (needs the design).</param>
/// <param name="Map">When given, the cell is Map[code] (-1: outside): a coarser layout read through a finer one's codes, such as a group pooled over its months.</param>
/// <param name="SumsFromFiner">Whether the design and score sums are left to <see cref="CellStatistics.AddFinerSums"/> (allocated, not summed over rows).</param>
/// <param name="ByMonth">Whether the cell is unit x month, code * T + the row's month (<see cref="ModelSource.PeriodCodes"/>), computed in the pass instead of stored per row.</param>
internal sealed record CellRequest(int[] Codes, int Cells, bool Design, bool Scores, int[]? Map = null, bool SumsFromFiner = false, bool ByMonth = false);

/// <summary>A level's sums over the rows of one fit: per unit and month (with the design) and per unit pooled.</summary>
internal sealed record LevelAggregate(CellStatistics Cells, CellStatistics Pooled)
{
    /// <summary>Gets, for a priority-group level, the nested differences of its groups (<see cref="GroupSuppression"/>,
    /// rule 2): counted over the rows in memory once for all outcomes over the same rows, or inside a database; null for
    /// other levels.</summary>
    public GroupSuppression.GroupDifferences? Differences { get; init; }
}
