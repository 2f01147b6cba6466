using Indikator.Core.Data;

namespace Indikator.Core.Outcomes;

/// <summary>Counting sort of rows by dense person code, then by month within each person.</summary>
internal static class PersonGroups
{
    /// <summary>Rows with a code of 0 or more, ordered by code and, within a code, by row; <paramref name="start"/> has one more entry than persons.</summary>
    public static int[] Group(int[] codes, int personCount, out int[] start)
    {
        start = new int[personCount + 1];
        foreach (var code in codes)
        {
            if (code >= 0)
            {
                start[code + 1]++;
            }
        }

        for (var p = 0; p < personCount; p++)
        {
            start[p + 1] += start[p];
        }

        var order = new int[start[personCount]];
        var cursor = new int[personCount];
        Array.Copy(start, cursor, personCount);
        for (var row = 0; row < codes.Length; row++)
        {
            var code = codes[row];
            if (code >= 0)
            {
                order[cursor[code]++] = row;
            }
        }

        return order;
    }

    /// <summary>Sorts each person's rows by month and rejects a second row for the same person and month.</summary>
    /// <exception cref="InvalidRecordException">Two rows share person and month; the later row and the first are named.</exception>
    public static void SortByMonth(int[] order, int[] start, YearMonth[] months, string column, int maxDegreeOfParallelism)
    {
        var personCount = start.Length - 1;
        var blocks = Blocks.Count(personCount);
        var duplicate = new long[blocks];
        Blocks.For(blocks, maxDegreeOfParallelism, b =>
        {
            duplicate[b] = -1;
            var comparer = new ByMonth(months);
            for (var p = Blocks.Start(b, personCount); p < Blocks.End(b, personCount); p++)
            {
                var span = order.AsSpan(start[p], start[p + 1] - start[p]);
                span.Sort(comparer);
                for (var i = 1; i < span.Length; i++)
                {
                    if (months[span[i]] == months[span[i - 1]] && duplicate[b] < 0)
                    {
                        duplicate[b] = ((long)span[i] << 32) | (uint)span[i - 1];
                    }
                }
            }
        });

        var first = long.MaxValue;
        foreach (var d in duplicate)
        {
            if (d >= 0 && (d >> 32) < (first >> 32))
            {
                first = d;
            }
        }

        if (first != long.MaxValue)
        {
            throw new InvalidRecordException(
                column, (int)(first >> 32), $"a second row for the same person and month (the first is row {(int)(first & 0xFFFFFFFF)}).");
        }
    }

    private readonly struct ByMonth(YearMonth[] months) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var c = months[x].Index.CompareTo(months[y].Index);
            return c != 0 ? c : x.CompareTo(y);
        }
    }
}
