using Indikator.Core.Numerics;

namespace Indikator.Core.RiskAdjustment;

/// <summary>
/// Least squares from the cross-product of the demeaned design and outcome: the normal-equation solve shared by the
/// in-memory fit (<see cref="LinearModel"/>) and the fit pushed down into a database, which has only sums.
/// </summary>
/// <remarks>
/// <para>The candidate columns are scaled to unit diagonal, collinear ones dropped by a pivoted Cholesky factor with the
/// collinearity tolerance, and the kept ones solved. Iterative refinement (Bjorck 1996, section 2.9) recomputes
/// X~'W(y~ - X~b) from the data through a callback, so that each caller gets it from where its rows are.</para>
/// </remarks>
internal static class GramSolver
{
    private const double RefinementThreshold = 100;
    private const int RefinementSteps = 2;

    /// <summary>The solution over the kept columns.</summary>
    /// <param name="Kept">Design columns kept, in order.</param>
    /// <param name="Coefficients">Coefficients of all p design columns (zero for those not kept).</param>
    /// <param name="Bread">(X~'WX~)^-1 over the kept columns, row-major.</param>
    /// <param name="Collinear">Candidate columns dropped as collinear with the columns before them.</param>
    /// <param name="Condition">1-norm condition number of the scaled factor.</param>
    public sealed record Result(int[] Kept, double[] Coefficients, double[] Bread, int[] Collinear, double Condition);

    /// <summary>Solves the normal equations.</summary>
    /// <param name="gram">The (p + 1) x (p + 1) cross-product, row-major, the outcome last.</param>
    /// <param name="m">p + 1.</param>
    /// <param name="candidates">Design columns not already dropped (absorbed away), in order.</param>
    /// <param name="tolerance">The collinearity tolerance.</param>
    /// <param name="conditionLimit">Above this condition number no solution is returned (the caller has another solver).</param>
    /// <param name="residualCrossProduct">X~'W(y~ - X~b) over the kept columns, for coefficients b (all p) and the kept columns.</param>
    /// <returns>The solution, or null when the condition number exceeds the limit.</returns>
    public static Result? Solve(double[] gram, int m, IReadOnlyList<int> candidates, double tolerance, double conditionLimit, Func<double[], int[], double[]> residualCrossProduct)
    {
        var p = m - 1;
        var c = candidates.Count;
        var d = new double[c];
        var scaled = new double[c * c];
        for (var i = 0; i < c; i++)
        {
            d[i] = Math.Sqrt(gram[(candidates[i] * m) + candidates[i]]);
        }

        for (var i = 0; i < c; i++)
        {
            for (var j = 0; j < c; j++)
            {
                scaled[(i * c) + j] = gram[(candidates[i] * m) + candidates[j]] / (d[i] * d[j]);
            }
        }

        var (_, drop) = SymmetricSolver.CholeskyWithDrop(scaled, c, tolerance);
        var kept = new List<int>();
        var keptLocal = new List<int>();
        var collinear = new List<int>();
        for (var i = 0; i < c; i++)
        {
            if (drop[i])
            {
                collinear.Add(candidates[i]);
            }
            else
            {
                kept.Add(candidates[i]);
                keptLocal.Add(i);
            }
        }

        var k = kept.Count;
        var sk = new double[k * k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                sk[(i * k) + j] = scaled[(keptLocal[i] * c) + keptLocal[j]];
            }
        }

        var (lower, _) = SymmetricSolver.CholeskyWithDrop(sk, k, 0);
        var upper = new double[k * k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                upper[(j * k) + i] = lower[(i * k) + j];
            }
        }

        var condition = SymmetricSolver.ConditionOfUpper(upper, k);
        if (condition > conditionLimit)
        {
            return null;
        }

        var rhs = new double[k];
        for (var i = 0; i < k; i++)
        {
            rhs[i] = gram[(kept[i] * m) + p] / d[keptLocal[i]];
        }

        SymmetricSolver.CholeskySolve(lower, k, new bool[k], rhs);
        var coefficients = new double[p];
        for (var i = 0; i < k; i++)
        {
            coefficients[kept[i]] = rhs[i] / d[keptLocal[i]];
        }

        // The normal equations alone lose cond^2 x eps; the refined solution is as accurate as QR's for condition
        // numbers up to the limit. Below a condition of 100 the plain solution already has about 12 correct digits,
        // and a refinement pass would cost as much as half the cross-product.
        int[] keptArray = [.. kept];
        for (var step = 0; step < (condition > RefinementThreshold ? RefinementSteps : 0); step++)
        {
            var correction = residualCrossProduct(coefficients, keptArray);
            for (var i = 0; i < k; i++)
            {
                correction[i] /= d[keptLocal[i]];
            }

            SymmetricSolver.CholeskySolve(lower, k, new bool[k], correction);
            for (var i = 0; i < k; i++)
            {
                coefficients[kept[i]] += correction[i] / d[keptLocal[i]];
            }
        }

        var bread = SymmetricSolver.InverseFromUpper(upper, k);
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                bread[(i * k) + j] /= d[keptLocal[i]] * d[keptLocal[j]];
            }
        }

        return new Result(keptArray, coefficients, bread, [.. collinear], condition);
    }
}
