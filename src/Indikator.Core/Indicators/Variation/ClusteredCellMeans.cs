namespace Indikator.Core.Indicators.Variation;

/// <summary>
/// Means of two row values (raw and adjusted outcome) per cell, with person-clustered (CR1) variances of the means,
/// in one pass over the rows and one over the rows grouped by person.
/// </summary>
/// <remarks>
/// For cell c with n rows, G persons, person sums S_p and row counts n_p, the CR1 variance of the mean m = sum v / n is
/// V = G/(G-1) sum_p (S_p - n_p m)^2 / n^2 = G/(G-1) (S_SS - 2 m S_nS + m^2 S_nn) / n^2 (as for the contributions,
/// docs/arbeidsindikatoren.md, section 3). NaN with fewer than two persons.
/// </remarks>
internal sealed class ClusteredCellMeans
{
    private ClusteredCellMeans(int cells)
    {
        Rows = new int[cells];
        Persons = new int[cells];
        Mean1 = new double[cells];
        Mean2 = new double[cells];
        Variance1 = new double[cells];
        Variance2 = new double[cells];
    }

    public int[] Rows { get; }

    public int[] Persons { get; }

    public double[] Mean1 { get; }

    public double[] Mean2 { get; }

    public double[] Variance1 { get; }

    public double[] Variance2 { get; }

    /// <param name="cellOf">Cell of each used row (-1: none).</param>
    /// <param name="personOf">Dense person code of each used row.</param>
    /// <param name="persons">The number of person codes.</param>
    /// <param name="v1">First value of each used row.</param>
    /// <param name="v2">Second value of each used row.</param>
    /// <param name="cells">The number of cells.</param>
    public static ClusteredCellMeans Compute(int[] cellOf, int[] personOf, int persons, double[] v1, double[] v2, int cells)
    {
        var result = new ClusteredCellMeans(cells);
        var sum1 = new double[cells];
        var sum2 = new double[cells];
        for (var i = 0; i < cellOf.Length; i++)
        {
            var c = cellOf[i];
            if (c < 0)
            {
                continue;
            }

            result.Rows[c]++;
            sum1[c] += v1[i];
            sum2[c] += v2[i];
        }

        // Rows grouped by person (counting sort; rows ascending within a person, so sums do not depend on thread count).
        var start = new int[persons + 1];
        foreach (var p in personOf)
        {
            start[p + 1]++;
        }

        for (var p = 0; p < persons; p++)
        {
            start[p + 1] += start[p];
        }

        var next = (int[])start.Clone();
        var order = new int[personOf.Length];
        for (var i = 0; i < personOf.Length; i++)
        {
            order[next[personOf[i]]++] = i;
        }

        var ss1 = new double[cells];
        var ss2 = new double[cells];
        var sn1 = new double[cells];
        var sn2 = new double[cells];
        var snn = new double[cells];
        var acc1 = new double[cells];
        var acc2 = new double[cells];
        var accN = new int[cells];
        var touched = new List<int>();
        for (var p = 0; p < persons; p++)
        {
            touched.Clear();
            for (var j = start[p]; j < start[p + 1]; j++)
            {
                var i = order[j];
                var c = cellOf[i];
                if (c < 0)
                {
                    continue;
                }

                if (accN[c] == 0)
                {
                    touched.Add(c);
                }

                accN[c]++;
                acc1[c] += v1[i];
                acc2[c] += v2[i];
            }

            foreach (var c in touched)
            {
                var n = (double)accN[c];
                result.Persons[c]++;
                ss1[c] += acc1[c] * acc1[c];
                ss2[c] += acc2[c] * acc2[c];
                sn1[c] += n * acc1[c];
                sn2[c] += n * acc2[c];
                snn[c] += n * n;
                acc1[c] = 0;
                acc2[c] = 0;
                accN[c] = 0;
            }
        }

        for (var c = 0; c < cells; c++)
        {
            var n = (double)result.Rows[c];
            var g = result.Persons[c];
            result.Mean1[c] = n > 0 ? sum1[c] / n : double.NaN;
            result.Mean2[c] = n > 0 ? sum2[c] / n : double.NaN;
            result.Variance1[c] = ClusteredMeanVariance.Cr1(ss1[c], sn1[c], snn[c], result.Mean1[c], n, g);
            result.Variance2[c] = ClusteredMeanVariance.Cr1(ss2[c], sn2[c], snn[c], result.Mean2[c], n, g);
        }

        return result;
    }
}
