using Indikator.Core.Data;
using Indikator.Core.Evaluation;
using MathNet.Numerics.LinearAlgebra;

namespace Indikator.Core.Tests.Evaluation;

public partial class TrialEvaluationTests
{
    /// <summary>The CR2 covariance by hand on a small unbalanced design (4 offices, 5 months, 1-3 person-months per cell,
    /// office 0 treated from month 2): the full person-month design with office and month dummies and the trial dummy,
    /// M = (X'X)^-1, and per cluster g the adjustment A_g = (I - H_gg)^(+1/2), H_gg = X_g M X_g', computed with MathNet's
    /// eigendecomposition; Var = sum_g (c'M X_g' A_g e_g)^2. Per office the covariance is two-way, persons plus office x
    /// month cells minus person-months, and the degrees of freedom the trial office's 5 cells minus 1; pooled the clusters are the offices and the degrees of
    /// freedom Imbens and Kolesar's (2016) (tr Omega)^2 / tr(Omega^2), Omega = G'G with column g of G equal to
    /// (I - H)_(.,g) A_g X_g M c. The library works on cell sums instead (CellRegression); equal to 1e-9 relative.</summary>
    [Fact]
    public void Cr2_standard_errors_and_degrees_of_freedom_equal_a_hand_computation_on_the_full_design()
    {
        var starts = new Dictionary<int, int> { [0] = 2 };
        var full = TrialPanels.Build(4, 5, 3, starts, (_, k) => 0.3 + (0.1 * k), 1.0, seed: 41);
        var keep = Enumerable.Range(0, full.RowCount).Where(i => i % 7 != 3 && i % 11 != 5).ToArray();
        var data = Subset(full, keep);
        var spec = TrialPanels.Spec(starts) with { Controls = ["o01", "o02", "o03"], Leads = 2, Lags = 2 };
        var result = TrialEvaluation.Evaluate(data, spec);

        var y = data.Numeric("y").Values.ToArray();
        var office = data.Categorical("office").CodeArray;
        var period = data.Categorical("period").CodeArray;
        var n = y.Length;
        var x = Matrix<double>.Build.Dense(n, 4 + 4 + 1);
        for (var i = 0; i < n; i++)
        {
            x[i, office[i]] = 1;
            if (period[i] > 0)
            {
                x[i, 3 + period[i]] = 1;
            }

            x[i, 8] = office[i] == 0 && period[i] >= 2 ? 1 : 0;
        }

        var yv = Vector<double>.Build.DenseOfArray(y);
        var m = (x.TransposeThisAndMultiply(x)).Inverse();
        var b = m * x.TransposeThisAndMultiply(yv);
        var e = yv - (x * b);
        var c = Vector<double>.Build.Dense(9);
        c[8] = 1;

        var person = data.Categorical("person").CodeArray;
        var (cellVariance, _) = HandCr2(x, m, e, c, [.. Enumerable.Range(0, n).Select(i => (office[i] * 5) + period[i])]);
        var (personVariance, _) = HandCr2(x, m, e, c, person);
        var (rowVariance, _) = HandCr2(x, m, e, c, [.. Enumerable.Range(0, n)]);
        var twoWay = cellVariance + personVariance - rowVariance;
        Assert.True(twoWay > 0);
        var perOffice = result.Offices[0].Effect;
        Assert.Equal(b[8], perOffice.Estimate, 1e-9 * Math.Abs(b[8]));
        Assert.Equal(Math.Sqrt(twoWay), perOffice.StandardError, 1e-9 * Math.Sqrt(twoWay));
        Assert.Equal(4, perOffice.DegreesOfFreedom);

        var (officeVariance, dof) = HandCr2(x, m, e, c, office);
        var pooled = result.TwoWayFixedEffects;
        Assert.Equal(b[8], pooled.Estimate, 1e-9 * Math.Abs(b[8]));
        Assert.Equal(Math.Sqrt(officeVariance), pooled.StandardError, 1e-9 * Math.Sqrt(officeVariance));
        Assert.Equal(dof, pooled.DegreesOfFreedom, 1e-9 * dof);
        Assert.InRange(dof, 1, 3);
    }

    private static (double Variance, double Dof) HandCr2(Matrix<double> x, Matrix<double> m, Vector<double> e, Vector<double> c, int[] cluster)
    {
        var n = x.RowCount;
        var hat = x * m * x.Transpose();
        var residualMaker = Matrix<double>.Build.DenseIdentity(n) - hat;
        var groups = Enumerable.Range(0, n).GroupBy(i => cluster[i]).Select(g => g.ToArray()).ToArray();
        var g = Matrix<double>.Build.Dense(n, groups.Length);
        var variance = 0.0;
        for (var k = 0; k < groups.Length; k++)
        {
            var rows = groups[k];
            var xg = Matrix<double>.Build.Dense(rows.Length, x.ColumnCount, (i, j) => x[rows[i], j]);
            var hgg = xg * m * xg.Transpose();
            var evd = (Matrix<double>.Build.DenseIdentity(rows.Length) - hgg).Evd(Symmetricity.Symmetric);
            var root = evd.EigenValues.Real().Map(v => v > 1e-10 ? 1 / Math.Sqrt(v) : 0);
            var a = evd.EigenVectors * Matrix<double>.Build.DiagonalOfDiagonalVector(root) * evd.EigenVectors.Transpose();
            var eg = Vector<double>.Build.Dense(rows.Length, i => e[rows[i]]);
            var s = (m * c).DotProduct(xg.TransposeThisAndMultiply(a * eg));
            variance += s * s;
            var v = a * xg * m * c;
            for (var r = 0; r < n; r++)
            {
                var sum = 0.0;
                for (var i = 0; i < rows.Length; i++)
                {
                    sum += residualMaker[r, rows[i]] * v[i];
                }

                g[r, k] = sum;
            }
        }

        var omega = g.TransposeThisAndMultiply(g);
        var trace = omega.Trace();
        return (variance, trace * trace / (omega * omega).Trace());
    }

    private static ColumnTable Subset(ColumnTable data, int[] rows)
    {
        var builder = new ColumnTableBuilder();
        foreach (var column in data.NumericColumns)
        {
            var values = column.Values.ToArray();
            builder.AddNumeric(column.Name, [.. rows.Select(i => values[i])]);
        }

        foreach (var column in data.CategoricalColumns)
        {
            var codes = column.Codes.ToArray();
            builder.AddCategorical(column.Name, [.. rows.Select(i => codes[i])], column.Levels);
        }

        return builder.Build();
    }
}
