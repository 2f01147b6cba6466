using System.Numerics;

namespace Indikator.Core.Indicators.Work;

/// <summary>
/// The nested differences of a priority-group level (<see cref="GroupSuppression"/>, rule 2) over one fit's used rows,
/// for every ordered pair (A, B) of groups and for A the country, counted in one pass over the rows. They depend on
/// the rows, the memberships and the persons, not on the outcome, so the outcomes whose fits used the same rows share
/// one instance (<see cref="OutcomeContext.Aggregate"/>); it is not changed after it is built, so outcomes may read it
/// side by side.
/// </summary>
internal sealed class GroupDifferenceCounts
{
    private readonly int _groups;
    private readonly int _width;

    // Per pair, at ((A + 1) * groups + B) * width: per column (months, then pooled), the used rows of B outside A.
    private readonly int[] _outside;

    // Likewise: the distinct persons with a row in A but not in B.
    private readonly int[] _difference;

    private GroupDifferenceCounts(int groups, int width)
    {
        _groups = groups;
        _width = width;
        _outside = new int[(groups + 1) * groups * width];
        _difference = new int[(groups + 1) * groups * width];
    }

    /// <summary>
    /// Counts every pair in one pass over <paramref name="usedRows"/> (ascending, each person's rows contiguous, as
    /// <see cref="ModelSource"/> orders them), person by person. A row's memberships are a bit set, bit 0 the country
    /// (every row) and bit g + 1 group g, so that per person and month one set per B, the union of the memberships of
    /// the person's rows outside B, tells which A have a row in A but not in B: the persons are then counted once per
    /// pair, as a pass per pair counts them.
    /// </summary>
    /// <param name="members">Per group, per row of the source: the row's month when the row is in the group, else -1.</param>
    /// <param name="usedRows">The rows the fit used.</param>
    /// <param name="personStart">Person p's rows are personStart[p]..personStart[p + 1] - 1.</param>
    /// <param name="period">The month of each row, 0..months - 1.</param>
    /// <param name="months">The number of months.</param>
    public static GroupDifferenceCounts Count(int[][] members, int[] usedRows, int[] personStart, int[] period, int months)
    {
        var groups = members.Length;
        var counts = new GroupDifferenceCounts(groups, months + 1);
        var words = (groups + 64) / 64;
        var row = new ulong[words];
        var outsideB = new ulong[months * groups * words];
        var pooled = new ulong[groups * words];
        var touched = new int[months];
        var touchedCount = 0;
        var seen = new int[months];
        Array.Fill(seen, -1);
        var personEnd = 0;
        var p = 0;
        foreach (var r in usedRows)
        {
            if (r >= personEnd)
            {
                counts.AddPerson(outsideB, pooled, touched.AsSpan(0, touchedCount), words);
                touchedCount = 0;
                while (r >= personStart[p + 1])
                {
                    p++;
                }

                personEnd = personStart[p + 1];
            }

            Array.Clear(row);
            row[0] = 1;
            for (var g = 0; g < groups; g++)
            {
                if (members[g][r] >= 0)
                {
                    row[(g + 1) >> 6] |= 1UL << ((g + 1) & 63);
                }
            }

            var t = period[r];
            counts.AddRow(row, t);
            if (seen[t] != p)
            {
                seen[t] = p;
                touched[touchedCount++] = t;
            }

            var month = outsideB.AsSpan(t * groups * words, groups * words);
            for (var b = 0; b < groups; b++)
            {
                if ((row[(b + 1) >> 6] & (1UL << ((b + 1) & 63))) == 0)
                {
                    for (var w = 0; w < words; w++)
                    {
                        month[(b * words) + w] |= row[w];
                    }
                }
            }
        }

        counts.AddPerson(outsideB, pooled, touched.AsSpan(0, touchedCount), words);
        counts.AddPooledOutside();
        return counts;
    }

    /// <summary>Fills the counts of groups <paramref name="a"/> (-1: the country) and <paramref name="b"/>, as
    /// <see cref="GroupSuppression.GroupDifferences"/> asks.</summary>
    public void Fill(int a, int b, int[] outside, int[] difference)
    {
        var at = (((a + 1) * _groups) + b) * _width;
        Array.Copy(_outside, at, outside, 0, _width);
        Array.Copy(_difference, at, difference, 0, _width);
    }

    /// <summary>Counts a row of month <paramref name="t"/> outside every group A it is not in, for every group B it is in
    /// (never outside the country).</summary>
    private void AddRow(ulong[] row, int t)
    {
        for (var b = 0; b < _groups; b++)
        {
            if ((row[(b + 1) >> 6] & (1UL << ((b + 1) & 63))) == 0)
            {
                continue;
            }

            for (var a = 0; a < _groups; a++)
            {
                if ((row[(a + 1) >> 6] & (1UL << ((a + 1) & 63))) == 0)
                {
                    _outside[((((a + 1) * _groups) + b) * _width) + t]++;
                }
            }
        }
    }

    /// <summary>
    /// Counts a person once in every pair and month where one of its rows is in A but not in B, and once pooled where
    /// that holds in any month; clears the person's sets.
    /// </summary>
    private void AddPerson(ulong[] outsideB, ulong[] pooled, ReadOnlySpan<int> touched, int words)
    {
        if (touched.IsEmpty)
        {
            return;
        }

        var months = _width - 1;
        foreach (var t in touched)
        {
            var month = outsideB.AsSpan(t * _groups * words, _groups * words);
            for (var i = 0; i < month.Length; i++)
            {
                pooled[i] |= month[i];
                AddBits(month[i], i, t);
            }

            month.Clear();
        }

        for (var i = 0; i < pooled.Length; i++)
        {
            AddBits(pooled[i], i, months);
        }

        Array.Clear(pooled);

        // Word i of the sets is word i % words of B = i / words's set; bit j of it is A = 64 (i % words) + j - 1.
        void AddBits(ulong bits, int i, int column)
        {
            var b = i / words;
            var first = (i % words) * 64;
            while (bits != 0)
            {
                var a = first + BitOperations.TrailingZeroCount(bits) - 1;
                _difference[((((a + 1) * _groups) + b) * _width) + column]++;
                bits &= bits - 1;
            }
        }
    }

    /// <summary>The pooled rows outside are the sum of the monthly ones: rows, unlike persons, are not counted once.</summary>
    private void AddPooledOutside()
    {
        for (var at = 0; at < _outside.Length; at += _width)
        {
            var sum = 0;
            for (var c = 0; c < _width - 1; c++)
            {
                sum += _outside[at + c];
            }

            _outside[at + _width - 1] = sum;
        }
    }
}
