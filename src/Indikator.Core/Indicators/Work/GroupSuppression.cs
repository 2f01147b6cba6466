using Indikator.Core.Indicators.Disclosure;

namespace Indikator.Core.Indicators.Work;

/// <summary>
/// Disclosure control of a priority-group level, whose units overlap: the group x (months + pooled) table is not a
/// partition, so the margins of <see cref="TableSuppression"/> do not apply. Three rules, in this order:
/// </summary>
/// <remarks>
/// <para>1. Primary: a cell (group and month, or group pooled) with 1 to minimum - 1 distinct persons is hidden.</para>
/// <para>2. Nested differences: when a group B lies inside a published set A in a column (every row of B in that month,
/// or pooled, is also in A), where A is another group or the country, then A minus B can be computed from the two
/// published cells (sums are means times person-months); when A \ B has 1 to minimum - 1 distinct persons, B's cell is
/// hidden. Pairs are visited in a fixed order (B by group order, then A: the country, then the groups in order).</para>
/// <para>3. Month margin per group: a group's pooled cell is the person-month-weighted mean of its months, so each
/// group's row (months and pooled) must end with zero or at least two hidden cells; while a row has exactly one, the
/// published cell of that row with the fewest persons is hidden (ties: the earlier month, the pooled cell last).</para>
/// <para>Not covered: differences of three or more published cells (A minus two disjoint groups inside it), and links
/// between groups and other levels' units (a group defined as a union of need categories, against the need-category
/// table). docs/arbeidsindikatoren.md, section 2b, says so to users.</para>
/// </remarks>
internal static class GroupSuppression
{
    /// <summary>Fills, per column (months, then pooled), the used rows of group <paramref name="b"/> outside group
    /// <paramref name="a"/> (-1: the country) and the distinct persons with a row in A but not in B.</summary>
    public delegate void GroupDifferences(int a, int b, int[] outside, int[] difference);

    /// <summary>
    /// Disclosure control with the nested differences given by <paramref name="differences"/>: for groups A (-1: the
    /// country) and B, per column (months, then pooled), the used rows of B outside A and the distinct persons with a
    /// row in A but not in B. The in-memory path counts them over the fit's rows (<see cref="GroupDifferenceCounts"/>),
    /// the push-down path inside the database.
    /// </summary>
    public static LevelStatus Apply(LevelCodes level, LevelAggregate aggregate, int months, LevelStatus country, int minimum, GroupDifferences differences)
    {
        var groups = level.Units.Length;
        var width = months + 1;
        var persons = new int[groups * width];
        var status = new SuppressionStatus[groups * width];
        for (var g = 0; g < groups; g++)
        {
            Array.Copy(aggregate.Cells.Persons, g * months, persons, g * width, months);
            persons[(g * width) + months] = aggregate.Pooled.Persons[g];
        }

        for (var i = 0; i < persons.Length; i++)
        {
            if (persons[i] > 0 && persons[i] < minimum)
            {
                status[i] = SuppressionStatus.PrimarySuppressed;
            }
        }

        var outside = new int[width];
        var difference = new int[width];
        for (var b = 0; b < groups; b++)
        {
            for (var a = -1; a < groups; a++)
            {
                if (a == b)
                {
                    continue;
                }

                differences(a, b, outside, difference);
                for (var c = 0; c < width; c++)
                {
                    var cell = (b * width) + c;
                    var aPublished = a < 0
                        ? (c < months ? country.Monthly[c] : country.Pooled[0]) == SuppressionStatus.Published
                        : status[(a * width) + c] == SuppressionStatus.Published;
                    if (persons[cell] > 0 && outside[c] == 0 && difference[c] > 0 && difference[c] < minimum
                        && aPublished && status[cell] == SuppressionStatus.Published)
                    {
                        status[cell] = SuppressionStatus.SecondarySuppressed;
                    }
                }
            }
        }

        bool changed;
        do
        {
            changed = false;
            for (var g = 0; g < groups; g++)
            {
                var hidden = 0;
                var best = -1;
                for (var c = g * width; c < (g + 1) * width; c++)
                {
                    if (persons[c] == 0)
                    {
                        continue;
                    }

                    if (status[c] != SuppressionStatus.Published)
                    {
                        hidden++;
                    }
                    else if (best < 0 || persons[c] < persons[best])
                    {
                        best = c;
                    }
                }

                if (hidden == 1 && best >= 0)
                {
                    status[best] = SuppressionStatus.SecondarySuppressed;
                    changed = true;
                }
            }
        }
        while (changed);

        var result = new LevelStatus(new SuppressionStatus[groups * months], new SuppressionStatus[groups]);
        for (var g = 0; g < groups; g++)
        {
            Array.Copy(status, g * width, result.Monthly, g * months, months);
            result.Pooled[g] = status[(g * width) + months];
        }

        return result;
    }
}
