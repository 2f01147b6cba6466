using Indikator.Core.Indicators.Disclosure;

namespace Indikator.Core.Indicators.Work;

/// <summary>The disclosure status of every cell of one level for one outcome, by unit code: monthly (unit * T + month) and pooled.</summary>
/// <remarks>Cells with no person (a unit absent in a month) are published zeros: they have no row, and their emptiness is visible.</remarks>
internal sealed record LevelStatus(SuppressionStatus[] Monthly, SuppressionStatus[] Pooled);

/// <summary>A coarser published level whose cells are sums of a finer level's cells: the coarse unit of each fine unit, and the coarse statuses, which are fixed.</summary>
internal sealed record CoarseMargin(int[] CoarseOf, LevelStatus Status);

/// <summary>
/// Secondary suppression of a crossed level against the margins that other published tables show: each coarse cell
/// (an office in a month, a need category pooled, the country in a month, ...) is the sum of the fine cells that map
/// to it (an office's need-category cells), so a line of fine cells plus that coarse cell must end with zero or at
/// least two hidden cells, or one hidden cell could be recovered by subtraction (or a hidden coarse cell by addition).
/// </summary>
/// <remarks>
/// <para>Naming: the fine level has U units and T months; its cells form a U x (T + 1) grid, column T being the
/// pooled row. A line is a unit's row (its months and its pooled cell, as in <see cref="TableSuppression"/>), or, for
/// a coarse margin, coarse unit q and column t: every fine cell (u, t) with CoarseOf[u] = q, bound by the coarse
/// cell (q, t). Coarse cells are never changed (their tables are already final); a hidden coarse cell counts as one
/// hidden cell of its line.</para>
/// <para>Rule (as <see cref="DisclosureControl"/>): while some line has exactly one hidden cell, hide the published
/// fine cell of that line with the fewest persons (ties by position: units in level order, months before the pooled
/// cell), sweeping the lines in a fixed order, so the result does not depend on the row order of the data. Fine cells
/// without persons are never chosen: they have no row to hide. A line with one hidden fine cell and no other fine cell
/// with persons is left as it is: that cell holds every row of its coarse cell, whose values are published anyway.</para>
/// </remarks>
internal static class LinkedSuppression
{
    public static void Apply(int units, int months, int[] monthlyPersons, int[] pooledPersons, SuppressionStatus[] monthly, SuppressionStatus[] pooled, IReadOnlyList<CoarseMargin> margins)
    {
        var width = months + 1;
        var persons = new int[units * width];
        var status = new SuppressionStatus[units * width];
        for (var u = 0; u < units; u++)
        {
            Array.Copy(monthlyPersons, u * months, persons, u * width, months);
            Array.Copy(monthly, u * months, status, u * width, months);
            persons[(u * width) + months] = pooledPersons[u];
            status[(u * width) + months] = pooled[u];
        }

        var (lines, fixedHidden) = Lines(units, width, persons, margins);
        bool changed;
        do
        {
            changed = false;
            for (var l = 0; l < lines.Count; l++)
            {
                var line = lines[l];
                var hidden = fixedHidden[l];
                foreach (var cell in line)
                {
                    hidden += status[cell] == SuppressionStatus.Published ? 0 : 1;
                }

                if (hidden != 1)
                {
                    continue;
                }

                var best = -1;
                foreach (var cell in line)
                {
                    if (status[cell] == SuppressionStatus.Published && persons[cell] > 0 && (best < 0 || persons[cell] < persons[best]))
                    {
                        best = cell;
                    }
                }

                if (best >= 0)
                {
                    status[best] = SuppressionStatus.SecondarySuppressed;
                    changed = true;
                }
            }
        }
        while (changed);

        for (var u = 0; u < units; u++)
        {
            Array.Copy(status, u * width, monthly, u * months, months);
            pooled[u] = status[(u * width) + months];
        }
    }

    /// <summary>The lines (fine cells in position order) and the number of hidden coarse cells bound to each; lines without persons are left out.</summary>
    private static (List<int[]> Lines, List<int> FixedHidden) Lines(int units, int width, int[] persons, IReadOnlyList<CoarseMargin> margins)
    {
        var lines = new List<int[]>();
        var fixedHidden = new List<int>();
        for (var u = 0; u < units; u++)
        {
            lines.Add([.. Enumerable.Range(u * width, width)]);
            fixedHidden.Add(0);
        }

        var months = width - 1;
        foreach (var margin in margins)
        {
            var coarseUnits = margin.Status.Pooled.Length;
            var members = new List<int>[coarseUnits];
            for (var u = 0; u < units; u++)
            {
                // A unit without rows (-1) has only empty cells.
                if (margin.CoarseOf[u] is var q and >= 0)
                {
                    (members[q] ??= []).Add(u);
                }
            }

            for (var q = 0; q < coarseUnits; q++)
            {
                if (members[q] is not { } fine)
                {
                    continue;
                }

                for (var t = 0; t < width; t++)
                {
                    var line = new int[fine.Count];
                    var any = false;
                    for (var i = 0; i < fine.Count; i++)
                    {
                        line[i] = (fine[i] * width) + t;
                        any |= persons[line[i]] > 0;
                    }

                    if (!any)
                    {
                        continue;
                    }

                    var coarse = t < months ? margin.Status.Monthly[(q * months) + t] : margin.Status.Pooled[q];
                    lines.Add(line);
                    fixedHidden.Add(coarse == SuppressionStatus.Published ? 0 : 1);
                }
            }
        }

        return (lines, fixedHidden);
    }
}
