using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Indikator.Core.Data;

namespace Indikator.Core.Outcomes;

/// <summary>
/// Employment aggregated to one entry per person and month: total weekly hours of all jobs (capped) and, when asked
/// for, total earnings, stored in columns contiguously per person and sorted by month.
/// </summary>
/// <remarks>
/// <para>Built in O(n): records are coded to dense person codes, counting-sorted by person, then each person's few
/// records are sorted by (month, hours, earnings) and summed. Sorting by value as well as month makes the
/// floating-point sums independent of the input order of records.</para>
/// <para>In columns, and earnings only when a caller needs them: at NAV's scale (57 million records) a row of
/// month, hours and earnings as one struct took 24 bytes, the columns take 12 without earnings (the legacy measure
/// and the hours outcomes) and 20 with.</para>
/// <para>Read-only after construction, so kernels may read it from several threads.</para>
/// </remarks>
internal sealed class MonthlyEmployment
{
    private MonthlyEmployment(int[] start, int[] length, int[] months, double[] hours, double[]? earnings)
    {
        Start = start;
        Length = length;
        Months = months;
        Hours = hours;
        Earnings = earnings;
    }

    /// <summary>The first entry of each person in the entry columns.</summary>
    public int[] Start { get; }

    /// <summary>The number of months with employment of each person.</summary>
    public int[] Length { get; }

    /// <summary>Per person, one entry per month with records, ascending by month: the month index.</summary>
    public int[] Months { get; }

    /// <summary>The capped total weekly hours of each entry.</summary>
    public double[] Hours { get; }

    /// <summary>The total earnings of each entry, or null when the builder was not asked for them.</summary>
    public double[]? Earnings { get; }

    public int RecordsUsed { get; private init; }

    public int RecordsOfUnknownPersons { get; private init; }

    public int RecordsBeforeFirstMonth { get; private init; }

    public int RecordsAfterLastMonth { get; private init; }

    /// <summary>Validates and aggregates the records of known persons in months <paramref name="firstMonth"/>..<paramref name="lastMonth"/> (month indices).</summary>
    /// <param name="records">The records.</param>
    /// <param name="persons">The persons to keep.</param>
    /// <param name="firstMonth">The first month index kept.</param>
    /// <param name="lastMonth">The last month index kept.</param>
    /// <param name="hoursCap">The cap on a month's total weekly hours, or null.</param>
    /// <param name="withEarnings">Whether earnings are validated and summed (when the records have them).</param>
    /// <param name="maxDegreeOfParallelism">The most threads to use.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static MonthlyEmployment Build(
        EmploymentRecords records, PersonIndex persons, int firstMonth, int lastMonth, double? hoursCap, bool withEarnings, int maxDegreeOfParallelism)
    {
        var keys = records.PersonKeyArray;
        var months = records.MonthArray;
        var hours = records.WeeklyHoursArray;
        var earnings = withEarnings ? records.EarningsArray : null;
        var n = keys.Length;
        var codes = new int[n];
        var blockCount = Blocks.Count(n);
        var firstBad = new int[blockCount];
        var badColumn = new string?[blockCount];
        var unknown = new int[blockCount];
        var before = new int[blockCount];
        var after = new int[blockCount];
        Blocks.For(blockCount, maxDegreeOfParallelism, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (b) =>
        {
            var from = Blocks.Start(b, n);
            var to = Blocks.End(b, n);
            persons.Encode(keys, codes, from, to);
            firstBad[b] = -1;
            for (var row = from; row < to; row++)
            {
                var h = hours[row];
                if (!double.IsFinite(h) || h < 0)
                {
                    firstBad[b] = row;
                    badColumn[b] = "weekly hours";
                    return;
                }

                if (earnings is not null && !(double.IsFinite(earnings[row]) && earnings[row] >= 0))
                {
                    firstBad[b] = row;
                    badColumn[b] = "earnings";
                    return;
                }

                if (codes[row] < 0)
                {
                    unknown[b]++;
                    continue;
                }

                var m = months[row].Index;
                if (m < firstMonth)
                {
                    before[b]++;
                    codes[row] = -1;
                }
                else if (m > lastMonth)
                {
                    after[b]++;
                    codes[row] = -1;
                }
            }
        });

        for (var b = 0; b < blockCount; b++)
        {
            if (firstBad[b] >= 0)
            {
                var row = firstBad[b];
                var column = badColumn[b]!;
                throw new InvalidRecordException(
                    column, row, $"{column} must be a finite number, not negative (the value is not shown).");
            }
        }

        // A stable counting sort by person, in parts of the records side by side: each part counts its records per
        // person, and person p's records of part 0 go before those of part 1, so the entries are in record order
        // within each person, as a sequential scatter leaves them, whatever the number of parts.
        var personCount = persons.Count;
        var parts = Math.Clamp(maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount, 1, 8);
        var cursors = new int[parts][];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        Parallel.For(0, parts, parallel, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (part) =>
        {
            var count = new int[personCount];
            for (var row = PartStart(part, parts, n); row < PartStart(part + 1, parts, n); row++)
            {
                if (codes[row] >= 0)
                {
                    count[codes[row]]++;
                }
            }

            cursors[part] = count;
        });

        var start = new int[personCount + 1];
        for (var p = 0; p < personCount; p++)
        {
            var at = start[p];
            foreach (var cursor in cursors)
            {
                var count = cursor[p];
                cursor[p] = at;
                at += count;
            }

            start[p + 1] = at;
        }

        var used = start[personCount];
        var entryMonths = new int[used];
        var entryHours = new double[used];
        var entryEarnings = earnings is null ? null : new double[used];
        Parallel.For(0, parts, parallel, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (part) =>
        {
            var cursor = cursors[part];
            for (var row = PartStart(part, parts, n); row < PartStart(part + 1, parts, n); row++)
            {
                var code = codes[row];
                if (code >= 0)
                {
                    var at = cursor[code]++;
                    entryMonths[at] = months[row].Index;
                    entryHours[at] = hours[row];
                    if (entryEarnings is not null)
                    {
                        entryEarnings[at] = earnings![row];
                    }
                }
            }
        });

        var length = new int[personCount];
        var cap = hoursCap ?? double.PositiveInfinity;
        var personBlocks = Blocks.Count(personCount);
        Blocks.For(personBlocks, maxDegreeOfParallelism, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (b) =>
        {
            var buffer = new List<MonthEntry>();
            for (var p = Blocks.Start(b, personCount); p < Blocks.End(b, personCount); p++)
            {
                length[p] = Aggregate(start[p], start[p + 1] - start[p], entryMonths, entryHours, entryEarnings, cap, buffer);
            }
        });

        return new MonthlyEmployment(start, length, entryMonths, entryHours, entryEarnings)
        {
            RecordsUsed = used,
            RecordsOfUnknownPersons = Sum(unknown),
            RecordsBeforeFirstMonth = Sum(before),
            RecordsAfterLastMonth = Sum(after),
        };
    }

    private static int PartStart(int part, int parts, int n) => (int)((long)n * part / parts);

    /// <summary>Index of the first entry of person <paramref name="person"/> with a month after <paramref name="month"/>.</summary>
    public int FirstAfter(int person, int month)
    {
        var lo = Start[person];
        var hi = lo + Length[person];
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Months[mid] <= month)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Capped total weekly hours of a person in a month (0 without records).</summary>
    public double HoursIn(int person, int month)
    {
        var i = FirstAfter(person, month - 1);
        return i < Start[person] + Length[person] && Months[i] == month ? Hours[i] : 0;
    }

    /// <summary>Whether the person has an employment record in the month, whatever its hours (0 included).</summary>
    public bool HasRecordIn(int person, int month)
    {
        var i = FirstAfter(person, month - 1);
        return i < Start[person] + Length[person] && Months[i] == month;
    }

    /// <summary>Sorts one person's entries at <paramref name="from"/> by (month, hours, earnings), sums each month's
    /// entries into the first places, and returns the number of months.</summary>
    private static int Aggregate(int from, int count, int[] months, double[] hours, double[]? earnings, double cap, List<MonthEntry> buffer)
    {
        if (count == 0)
        {
            return 0;
        }

        buffer.Clear();
        for (var i = from; i < from + count; i++)
        {
            buffer.Add(new MonthEntry(months[i], hours[i], earnings is null ? 0 : earnings[i]));
        }

        var span = CollectionsMarshal.AsSpan(buffer);
        span.Sort(default(MonthEntryOrder));
        var write = from;
        var month = span[0].Month;
        var h = span[0].Hours;
        var e = span[0].Earnings;
        for (var i = 1; i < span.Length; i++)
        {
            if (span[i].Month == month)
            {
                h += span[i].Hours;
                e += span[i].Earnings;
                continue;
            }

            Write(write++, month, h, e);
            month = span[i].Month;
            h = span[i].Hours;
            e = span[i].Earnings;
        }

        Write(write++, month, h, e);
        return write - from;

        void Write(int at, int m, double sumHours, double sumEarnings)
        {
            months[at] = m;
            hours[at] = Math.Min(sumHours, cap);
            if (earnings is not null)
            {
                earnings[at] = sumEarnings;
            }
        }
    }

    private static int Sum(int[] counts)
    {
        var total = 0;
        foreach (var c in counts)
        {
            total += c;
        }

        return total;
    }

    private readonly struct MonthEntryOrder : IComparer<MonthEntry>
    {
        public int Compare(MonthEntry x, MonthEntry y)
        {
            var c = x.Month.CompareTo(y.Month);
            if (c != 0)
            {
                return c;
            }

            c = x.Hours.CompareTo(y.Hours);
            return c != 0 ? c : x.Earnings.CompareTo(y.Earnings);
        }
    }
}

/// <summary>One record while a person's records are sorted and summed: month index, weekly hours, earnings.</summary>
internal readonly record struct MonthEntry(int Month, double Hours, double Earnings);
