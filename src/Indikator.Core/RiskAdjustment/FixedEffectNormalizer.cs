using System.Runtime.CompilerServices;

namespace Indikator.Core.RiskAdjustment;

/// <summary>Pins down fixed-effect values: only the sum of one level of each fixed effect per row is identified, so a
/// constant may move between fixed effects within a connected component without changing the fit.</summary>
internal static class FixedEffectNormalizer
{
    /// <param name="values">Values per fixed effect and level (not modified).</param>
    /// <param name="codes">Dense codes per fixed effect over the used rows.</param>
    /// <param name="weights">Row weights or null.</param>
    /// <param name="componentOfLevel">Component of each level per fixed effect, or null for a single component.</param>
    /// <param name="rule">The rule.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double[][] Normalize(double[][] values, int[][] codes, double[]? weights, int[][]? componentOfLevel, FixedEffectNormalization rule)
    {
        var result = values.Select(v => (double[])v.Clone()).ToArray();
        var k = result.Length;
        if (k < 2)
        {
            return result;
        }

        var rows = codes[0].Length;
        var components = componentOfLevel is null ? 1 : componentOfLevel[0].Max() + 1;
        for (var f = 1; f < k; f++)
        {
            var shift = new double[components];
            if (rule == FixedEffectNormalization.FirstRowReference)
            {
                var seen = new bool[components];
                var left = components;
                for (var i = 0; i < rows && left > 0; i++)
                {
                    var c = componentOfLevel is null ? 0 : componentOfLevel[0][codes[0][i]];
                    if (!seen[c])
                    {
                        seen[c] = true;
                        left--;
                        shift[c] = result[f][codes[f][i]];
                    }
                }
            }
            else
            {
                var total = new double[components];
                for (var i = 0; i < rows; i++)
                {
                    var c = componentOfLevel is null ? 0 : componentOfLevel[0][codes[0][i]];
                    var w = weights is null ? 1.0 : weights[i];
                    shift[c] += w * result[f][codes[f][i]];
                    total[c] += w;
                }

                for (var c = 0; c < components; c++)
                {
                    shift[c] /= total[c];
                }
            }

            var levelComponent = componentOfLevel is null || f > 1 ? null : componentOfLevel[f];
            for (var l = 0; l < result[f].Length; l++)
            {
                result[f][l] -= shift[levelComponent is null ? 0 : levelComponent[l]];
            }

            var firstComponent = componentOfLevel?[0];
            for (var l = 0; l < result[0].Length; l++)
            {
                result[0][l] += shift[firstComponent is null ? 0 : firstComponent[l]];
            }
        }

        return result;
    }
}
