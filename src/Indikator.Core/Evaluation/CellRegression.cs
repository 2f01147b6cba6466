using MathNet.Numerics.LinearAlgebra;

namespace Indikator.Core.Evaluation;

/// <summary>
/// A trial fit at the level of office x month cells, for the bias-reduced cluster-robust covariance (CR2, Bell and
/// McCaffrey 2002) and its Bell-McCaffrey / Imbens-Kolesar degrees of freedom.
/// </summary>
/// <remarks>
/// <para>Why cells: every regressor of a trial fit (office and month dummies, trial and cohort x relative-month
/// indicators) is constant within an office x month cell, and the outcome is already risk-adjusted. The person-month
/// least squares fit is then the cell fit with weights n_c on the cell means, and everything CR2 needs reduces to cells,
/// so the hat-matrix blocks of clusters with thousands of person-months are small matrices.</para>
/// <para>Naming: X is the cell design (all office dummies, month dummies but the first, the regressors), N = diag(n_c),
/// M = (X'NX)^+ the bread, E_c the sum of the person-month residuals of cell c. For a cluster g (a set of cells) with
/// cell rows X_g, U_g the person-month x cell membership matrix (U_g'U_g = N_g) and Q_g = U_g N_g^(-1/2) (orthonormal),
/// the person-month hat block is H_gg = Q_g K_g Q_g' with K_g = N_g^(1/2) X_g M X_g' N_g^(1/2). So
/// (I - H_gg)^(+1/2) = Q_g (I - K_g)^(+1/2) Q_g' + (I - Q_g Q_g'), and for a contrast c with a_g = X_g M c the cluster's
/// CR2 score is s_g = c'M X_g'U_g' A_g e_g = a_g' N_g^(1/2) (I - K_g)^(+1/2) N_g^(-1/2) E_g, Var(c'b) = sum_g s_g^2.
/// The Moore-Penrose root follows Pustejovsky and Tipton (2018, JBES 36(4)): with office effects and office clusters
/// I - H_gg is singular along the office dummy, where the residuals have no component.</para>
/// <para>Degrees of freedom (Bell and McCaffrey 2002; Imbens and Kolesar 2016, REStat 98(4)) under the working model
/// Var(e) = sigma^2 I: with v_g = A_g U_g X_g M c = U_g w_g, w_g = N_g^(-1/2) (I - K_g)^(+1/2) N_g^(1/2) a_g, the G x G
/// matrix Omega_gh = v_g'(I - H)_gh v_h = [g = h] w_g'N_g w_g - (w_g'N_g X_g) M (X_h'N_h w_h), and
/// dof = (tr Omega)^2 / tr(Omega^2).</para>
/// </remarks>
internal sealed class CellRegression
{
    private const double Tolerance = 1e-10;

    private readonly Matrix<double> _x;
    private readonly double[] _n;
    private readonly double[] _residualSum;
    private readonly Matrix<double> _bread;
    private readonly int[] _rowCell;
    private readonly double[] _rowResidual;

    private CellRegression(Matrix<double> x, double[] n, double[] ySum, int[] office, int[] month, int regressorCount, int[] rowCell, double[] rowY)
    {
        _x = x;
        _n = n;
        CellOffice = office;
        CellMonth = month;
        RegressorCount = regressorCount;
        var p = x.ColumnCount;
        var cells = x.RowCount;
        var gram = Matrix<double>.Build.Dense(p, p);
        var xty = Vector<double>.Build.Dense(p);
        for (var c = 0; c < cells; c++)
        {
            for (var a = 0; a < p; a++)
            {
                var xa = x[c, a];
                if (xa == 0)
                {
                    continue;
                }

                xty[a] += xa * ySum[c];
                for (var b = 0; b < p; b++)
                {
                    gram[a, b] += n[c] * xa * x[c, b];
                }
            }
        }

        _bread = PseudoInverse(gram);
        Coefficients = _bread * xty;
        var fitted = x * Coefficients;
        _residualSum = new double[cells];
        for (var c = 0; c < cells; c++)
        {
            _residualSum[c] = ySum[c] - (n[c] * fitted[c]);
        }

        _rowCell = rowCell;
        _rowResidual = new double[rowY.Length];
        for (var i = 0; i < rowY.Length; i++)
        {
            _rowResidual[i] = rowY[i] - fitted[rowCell[i]];
        }
    }

    /// <summary>Gets each cell's panel office code.</summary>
    public int[] CellOffice { get; }

    /// <summary>Gets each cell's panel month (months since the panel's first month).</summary>
    public int[] CellMonth { get; }

    /// <summary>Gets the number of regressors; they are the last columns of the design, in the order given.</summary>
    public int RegressorCount { get; }

    /// <summary>Gets the coefficients of the cell design: office dummies, month dummies, then the regressors.</summary>
    public Vector<double> Coefficients { get; }

    public int CellCount => _n.Length;

    /// <summary>Builds the cell fit of the sample rows on the given regressors (values per entry of
    /// <paramref name="rows"/>, constant within an office x month cell) with office and month dummies.</summary>
    public static CellRegression Build(TrialSample sample, int[] rows, IReadOnlyList<double[]> regressors)
    {
        var panel = sample.Panel;
        var index = new SortedDictionary<int, int>();
        foreach (var r in rows)
        {
            index.TryAdd((panel.Office[r] * panel.MonthCount) + panel.Month[r], 0);
        }

        var keys = index.Keys.ToArray();
        for (var c = 0; c < keys.Length; c++)
        {
            index[keys[c]] = c;
        }

        var cells = keys.Length;
        var n = new double[cells];
        var ySum = new double[cells];
        var first = new int[cells];
        var rowCell = new int[rows.Length];
        var rowY = new double[rows.Length];
        Array.Fill(first, -1);
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            var c = index[(panel.Office[r] * panel.MonthCount) + panel.Month[r]];
            rowCell[i] = c;
            rowY[i] = panel.Y[r];
            n[c]++;
            ySum[c] += panel.Y[r];
            if (first[c] < 0)
            {
                first[c] = i;
            }
        }

        var office = keys.Select(k => k / panel.MonthCount).ToArray();
        var month = keys.Select(k => k % panel.MonthCount).ToArray();
        var offices = office.Distinct().Order().ToArray();
        var months = month.Distinct().Order().ToArray();
        var p = offices.Length + months.Length - 1 + regressors.Count;
        var x = Matrix<double>.Build.Dense(cells, p);
        for (var c = 0; c < cells; c++)
        {
            x[c, Array.IndexOf(offices, office[c])] = 1;
            var m = Array.IndexOf(months, month[c]);
            if (m > 0)
            {
                x[c, offices.Length + m - 1] = 1;
            }

            for (var j = 0; j < regressors.Count; j++)
            {
                x[c, p - regressors.Count + j] = regressors[j][first[c]];
            }
        }

        return new CellRegression(x, n, ySum, office, month, regressors.Count, rowCell, rowY);
    }

    /// <summary>Gets the contrast vector of the design that picks regressor j with weight 1.</summary>
    public Vector<double> Regressor(int j)
    {
        var c = Vector<double>.Build.Dense(_x.ColumnCount);
        c[_x.ColumnCount - RegressorCount + j] = 1;
        return c;
    }

    /// <summary>c'b, its CR2 standard error with the cells grouped into clusters by <paramref name="clusterOf"/>, and the
    /// Bell-McCaffrey / Imbens-Kolesar degrees of freedom.</summary>
    public (double Estimate, double StandardError, double DegreesOfFreedom) Cr2(Vector<double> contrast, Func<int, int> clusterOf)
    {
        var groups = Enumerable.Range(0, CellCount).GroupBy(clusterOf).OrderBy(g => g.Key).Select(g => g.ToArray()).ToArray();
        var mc = _bread * contrast;
        var variance = 0.0;
        var w = new Vector<double>[groups.Length];
        var projected = new Vector<double>[groups.Length];
        var diagonal = new double[groups.Length];
        for (var g = 0; g < groups.Length; g++)
        {
            var cells = groups[g];
            var m = cells.Length;
            var xg = Matrix<double>.Build.Dense(m, _x.ColumnCount, (i, j) => _x[cells[i], j]);
            var root = Vector<double>.Build.Dense(m, i => Math.Sqrt(_n[cells[i]]));
            var k = (xg * _bread).TransposeAndMultiply(xg);
            for (var i = 0; i < m; i++)
            {
                for (var j = 0; j < m; j++)
                {
                    k[i, j] *= root[i] * root[j];
                }
            }

            var adjust = InverseSquareRoot(Matrix<double>.Build.DenseIdentity(m) - k);
            var a = xg * mc;
            var scaledE = Vector<double>.Build.Dense(m, i => _residualSum[cells[i]] / root[i]);
            var s = a.PointwiseMultiply(root).DotProduct(adjust * scaledE);
            variance += s * s;
            w[g] = (adjust * a.PointwiseMultiply(root)).PointwiseDivide(root);
            var nw = w[g].PointwiseMultiply(root).PointwiseMultiply(root);
            diagonal[g] = w[g].DotProduct(nw);
            projected[g] = xg.TransposeThisAndMultiply(nw);
        }

        var omega = Matrix<double>.Build.Dense(groups.Length, groups.Length);
        for (var g = 0; g < groups.Length; g++)
        {
            var mp = _bread * projected[g];
            for (var h = 0; h < groups.Length; h++)
            {
                omega[g, h] = (g == h ? diagonal[g] : 0) - mp.DotProduct(projected[h]);
            }
        }

        var trace = omega.Trace();
        var dof = trace * trace / (omega * omega).Trace();
        return (contrast.DotProduct(Coefficients), Math.Sqrt(variance), dof);
    }

    /// <summary>The CR2 variance of c'b with clusters of person-months that need not be unions of cells (persons), and
    /// the HC2 variance (every person-month its own cluster); the two terms of a two-way CR2 covariance that the cell
    /// clusters cannot give.</summary>
    /// <remarks>The hat block of a cluster of rows i, j is x_c(i)' M x_c(j), read off the cell hat matrix X M X'.</remarks>
    public (double Clusters, double Singletons) Cr2Rows(Vector<double> contrast, int[] clusterOfRow)
    {
        var xm = _x * _bread;
        var a = xm * contrast;
        var hat = xm.TransposeAndMultiply(_x);
        var singletons = 0.0;
        for (var i = 0; i < _rowCell.Length; i++)
        {
            var c = _rowCell[i];
            var leverage = 1 - hat[c, c];
            if (leverage > Tolerance)
            {
                var s = a[c] * _rowResidual[i];
                singletons += s * s / leverage;
            }
        }

        var order = Enumerable.Range(0, _rowCell.Length).OrderBy(i => clusterOfRow[i]).ThenBy(i => i).ToArray();
        var clusters = 0.0;
        for (var start = 0; start < order.Length;)
        {
            var end = start + 1;
            while (end < order.Length && clusterOfRow[order[end]] == clusterOfRow[order[start]])
            {
                end++;
            }

            var m = end - start;
            double score;
            if (m == 1)
            {
                var i = order[start];
                var leverage = 1 - hat[_rowCell[i], _rowCell[i]];
                score = leverage > Tolerance ? a[_rowCell[i]] * _rowResidual[i] / Math.Sqrt(leverage) : 0;
            }
            else
            {
                var k = Matrix<double>.Build.Dense(m, m, (i, j) => (i == j ? 1 : 0) - hat[_rowCell[order[start + i]], _rowCell[order[start + j]]]);
                var e = Vector<double>.Build.Dense(m, i => _rowResidual[order[start + i]]);
                var ag = Vector<double>.Build.Dense(m, i => a[_rowCell[order[start + i]]]);
                score = ag.DotProduct(InverseSquareRoot(k) * e);
            }

            clusters += score * score;
            start = end;
        }

        return (clusters, singletons);
    }

    private static Matrix<double> PseudoInverse(Matrix<double> symmetric)
    {
        var evd = symmetric.Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Real();
        var cut = Tolerance * values.AbsoluteMaximum();
        var inverse = values.Map(v => v > cut ? 1 / v : 0);
        return evd.EigenVectors * Matrix<double>.Build.DiagonalOfDiagonalVector(inverse) * evd.EigenVectors.Transpose();
    }

    /// <summary>The symmetric Moore-Penrose inverse square root of a positive semi-definite matrix.</summary>
    private static Matrix<double> InverseSquareRoot(Matrix<double> symmetric)
    {
        var evd = symmetric.Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Real();
        var root = values.Map(v => v > Tolerance ? 1 / Math.Sqrt(v) : 0);
        return evd.EigenVectors * Matrix<double>.Build.DiagonalOfDiagonalVector(root) * evd.EigenVectors.Transpose();
    }
}
