namespace Indikator.Core.Numerics;

/// <summary>
/// Union-find over levels, for the connected components of the bipartite graph of two fixed effects:
/// each component needs its own reference level.
/// </summary>
internal static class DisjointSets
{
    /// <summary>The root of <paramref name="x"/>, halving the path on the way.</summary>
    public static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    /// <summary>Joins the sets of <paramref name="x"/> and <paramref name="y"/>; the smaller root wins, so the result does not depend on the order of unions.</summary>
    public static void Union(int[] parent, int x, int y)
    {
        var rx = Find(parent, x);
        var ry = Find(parent, y);
        if (rx != ry)
        {
            parent[Math.Max(rx, ry)] = Math.Min(rx, ry);
        }
    }
}
