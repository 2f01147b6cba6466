using System.Globalization;
using System.Runtime.CompilerServices;
using Indikator.Core.Data;

namespace Indikator.Core.Outcomes;

/// <summary>
/// Employment aggregated to one entry per person and month: total weekly hours of all jobs (capped) and
/// total earnings, stored contiguously per person and sorted by month.
/// </summary>
/// <remarks>
/// <para>Built in O(n): records are coded to dense person codes, counting-sorted by person, then each
/// person's few records are sorted by (month, hours, earnings) and summed. Sorting by value as well as
/// month makes the floating-point sums independent of the input order of records.</para>
/// <para>Read-only after construction, so kernels may read it from several threads.</para>
/// </remarks>
internal sealed class MonthlyEmployment
{
    private MonthlyEmployment(int[] start, int[] length, MonthEntry[] entries)
    {
        Start = start;
        Length = length;
        Entries = entries;
    }

    /// <summary>The first entry of each person in <see cref="Entries"/>.</summary>
    public int[] Start { get; }

    /// <summary>The number of months with employment of each person.</summary>
    public int[] Length { get; }

    /// <summary>Per person, one entry per month with records, ascending by month.</summary>
    public MonthEntry[] Entries { get; }

    public int RecordsUsed { get; private init; }

    public int RecordsOfUnknownPersons { get; private init; }

    public int RecordsBeforeFirstMonth { get; private init; }

    public int RecordsAfterLastMonth { get; private init; }

    /// <summary>Validates and aggregates the records of known persons in months <paramref name="firstMonth"/>..<paramref name="lastMonth"/> (month indices).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static MonthlyEmployment Build(
        EmploymentRecords records, PersonIndex persons, int firstMonth, int lastMonth, double? hoursCap, bool validateEarnings, int maxDegreeOfParallelism)
    {
        var keys = records.PersonKeyArray;
        var months = records.MonthArray;
        var hours = records.WeeklyHoursArray;
        var earnings = records.EarningsArray;
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

                if (validateEarnings && earnings is not null && !(double.IsFinite(earnings[row]) && earnings[row] >= 0))
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

        var personCount = persons.Count;
        var start = new int[personCount + 1];
        for (var row = 0; row < n; row++)
        {
            var code = codes[row];
            if (code >= 0)
            {
                start[code + 1]++;
            }
        }

        for (var p = 0; p < personCount; p++)
        {
            start[p + 1] += start[p];
        }

        var used = start[personCount];
        var entries = new MonthEntry[used];
        var cursor = new int[personCount];
        Array.Copy(start, cursor, personCount);
        for (var row = 0; row < n; row++)
        {
            var code = codes[row];
            if (code >= 0)
            {
                entries[cursor[code]++] = new MonthEntry(months[row].Index, hours[row], earnings is null ? 0 : earnings[row]);
            }
        }

        var length = new int[personCount];
        var cap = hoursCap ?? double.PositiveInfinity;
        var personBlocks = Blocks.Count(personCount);
        Blocks.For(personBlocks, maxDegreeOfParallelism, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (b) =>
        {
            for (var p = Blocks.Start(b, personCount); p < Blocks.End(b, personCount); p++)
            {
                length[p] = Aggregate(entries.AsSpan(start[p], start[p + 1] - start[p]), cap);
            }
        });

        return new MonthlyEmployment(start, length, entries)
        {
            RecordsUsed = used,
            RecordsOfUnknownPersons = Sum(unknown),
            RecordsBeforeFirstMonth = Sum(before),
            RecordsAfterLastMonth = Sum(after),
        };
    }

    /// <summary>Index of the first entry of person <paramref name="person"/> with a month after <paramref name="month"/>.</summary>
    public int FirstAfter(int person, int month)
    {
        var lo = Start[person];
        var hi = lo + Length[person];
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Entries[mid].Month <= month)
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
        return i < Start[person] + Length[person] && Entries[i].Month == month ? Entries[i].Hours : 0;
    }

    /// <summary>Whether the person has an employment record in the month, whatever its hours (0 included).</summary>
    public bool HasRecordIn(int person, int month)
    {
        var i = FirstAfter(person, month - 1);
        return i < Start[person] + Length[person] && Entries[i].Month == month;
    }

    private static int Aggregate(Span<MonthEntry> span, double cap)
    {
        if (span.IsEmpty)
        {
            return 0;
        }

        span.Sort(default(MonthEntryOrder));
        var write = 0;
        var month = span[0].Month;
        var hours = span[0].Hours;
        var earnings = span[0].Earnings;
        for (var i = 1; i < span.Length; i++)
        {
            if (span[i].Month == month)
            {
                hours += span[i].Hours;
                earnings += span[i].Earnings;
                continue;
            }

            span[write++] = new MonthEntry(month, Math.Min(hours, cap), earnings);
            month = span[i].Month;
            hours = span[i].Hours;
            earnings = span[i].Earnings;
        }

        span[write++] = new MonthEntry(month, Math.Min(hours, cap), earnings);
        return write;
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

/// <summary>One person-month of employment: month index, capped total weekly hours, total earnings.</summary>
internal readonly record struct MonthEntry(int Month, double Hours, double Earnings);
