namespace Indikator.Core.Numerics;

/// <summary>
/// The projection of each working column onto the fixed-effect dummies: for column j and fixed effect f,
/// <c>Values[j][f][level]</c>, so that the fixed-effect part of row i is sum_f Values[j][f][code_f(i)].
/// </summary>
/// <remarks>The projection is linear, so the fixed effects of the model are those of y minus sum_j b_j those of x_j.</remarks>
internal sealed class FixedEffectCoefficients
{
    public FixedEffectCoefficients(double[]?[][] values)
    {
        Values = values;
    }

    /// <summary>Gets Values[column][fe][level]; null for a column that is not demeaned (the constant).</summary>
    public double[]?[][] Values { get; }

    /// <summary>The projections of some of the columns, in the given order.</summary>
    /// <param name="columns">Indices of the columns to keep.</param>
    public FixedEffectCoefficients Select(int[] columns) => new([.. columns.Select(c => Values[c])]);

    /// <summary>Combines the per-column projections: result[f] = values[outcome][f] - sum_j b_j values[j][f].</summary>
    public double[][] Combine(int outcome, ReadOnlySpan<double> coefficients, int feCount)
    {
        var result = new double[feCount][];
        for (var f = 0; f < feCount; f++)
        {
            var y = Values[outcome][f]!;
            var r = (double[])y.Clone();
            for (var j = 0; j < coefficients.Length; j++)
            {
                var xf = Values[j][f];
                if (xf is null || coefficients[j] == 0)
                {
                    continue;
                }

                DenseKernels.SubtractScaled(r, coefficients[j], xf);
            }

            result[f] = r;
        }

        return result;
    }
}
