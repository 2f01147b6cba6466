using System.Runtime.CompilerServices;

namespace Indikator.Core.Numerics;

/// <summary>
/// Connected components of the bipartite graph whose nodes are the levels of two fixed effects and whose edges are the
/// rows, for the alternating-projections path (the exact path finds them on its cell grid in <see cref="TwoWaySolver"/>).
/// </summary>
internal static class LevelComponents
{
    /// <summary>Finds the components from the rows' level codes.</summary>
    /// <param name="first">Codes of the first fixed effect, one per row.</param>
    /// <param name="second">Codes of the second fixed effect, one per row.</param>
    /// <param name="levels0">Levels of the first fixed effect.</param>
    /// <param name="levels1">Levels of the second fixed effect.</param>
    /// <returns>The number of components and the component of each level, [fe][level], numbered in order of first
    /// appearance over the levels of the first fixed effect and then the second, as <see cref="TwoWaySolver"/> numbers them.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (int Count, int[][] ComponentOfLevel) FromRows(int[] first, int[] second, int levels0, int levels1)
    {
        var parent = new int[levels0 + levels1];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        for (var i = 0; i < first.Length; i++)
        {
            DisjointSets.Union(parent, first[i], levels0 + second[i]);
        }

        var id = new int[parent.Length];
        Array.Fill(id, -1);
        int[][] componentOfLevel = [new int[levels0], new int[levels1]];
        var count = 0;
        for (var node = 0; node < parent.Length; node++)
        {
            var root = DisjointSets.Find(parent, node);
            if (id[root] < 0)
            {
                id[root] = count++;
            }

            var fe = node < levels0 ? 0 : 1;
            componentOfLevel[fe][node - (fe * levels0)] = id[root];
        }

        return (count, componentOfLevel);
    }
}
