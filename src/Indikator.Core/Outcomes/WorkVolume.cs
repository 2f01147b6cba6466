using System.Globalization;
using Indikator.Core.Data;
using Indikator.Core.Internal;

namespace Indikator.Core.Outcomes;

/// <summary>
/// Computes the work-volume outcomes of arbeidsindikatoren (<c>atidH</c>, <c>jobbH</c> and variants) for
/// every person-month of the stock from monthly employment records.
/// </summary>
/// <remarks>
/// <para>Algorithm: person keys get dense codes; employment records are counting-sorted by person and summed
/// to one entry per person and month (several jobs in a month add up; two identical records are two jobs);
/// then, in parallel over fixed blocks of stock rows, each row finds its first month after <c>t</c> by binary
/// search in its person's months and sums at most <c>H</c> entries. Time O(n + N log m) for n records,
/// N stock rows and m months per person; no per-row objects. Results do not depend on the thread count or
/// on the order of the records.</para>
/// <para>Records of persons not in the stock, before the first needed month (the first stock month + 1) or
/// after the last needed month (the earlier of <see cref="WorkVolumeOptions.LastCompleteMonth"/> and the last
/// stock month + the longest horizon) are ignored and counted in the result.</para>
/// <para>This type is stateless and thread safe.</para>
/// </remarks>
public static class WorkVolume
{
    /// <summary>Computes the outcomes for every row of <paramref name="stock"/>.</summary>
    /// <param name="stock">The stock: one row per person and measurement month.</param>
    /// <param name="employment">Monthly employment records (weekly contracted hours per job, optional earnings).</param>
    /// <param name="options">Outcomes, thresholds and the last complete month.</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <returns>One value per stock row and outcome (<see cref="double.NaN"/> when censored) with counts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid (names repeat, non-positive full time or cap, negative threshold), or an earnings outcome is requested without earnings or before the first month of the G table.</exception>
    /// <exception cref="InvalidRecordException">A record has negative or non-finite hours (or earnings, when an earnings outcome is requested); the column and 0-based row are named.</exception>
    /// <exception cref="OperationCanceledException">The computation was cancelled.</exception>
    public static WorkVolumeResult Compute(PersonMonthPanel stock, EmploymentRecords employment, WorkVolumeOptions options, CancellationToken cancellationToken = default)
        => Compute(stock, employment, options, maxDegreeOfParallelism: -1, cancellationToken);

    /// <summary>As <see cref="Compute(PersonMonthPanel, EmploymentRecords, WorkVolumeOptions, CancellationToken)"/> on at most <paramref name="maxDegreeOfParallelism"/> threads (-1: no limit), so tests can compare thread counts.</summary>
    internal static WorkVolumeResult Compute(
        PersonMonthPanel stock, EmploymentRecords employment, WorkVolumeOptions options, int maxDegreeOfParallelism, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(stock);
        Guard.NotNull(employment);
        Guard.NotNull(options);
        var outcomes = Validate(options);
        var needsEarnings = outcomes.Any(o => o.NeedsEarnings);
        if (needsEarnings && !employment.HasEarnings)
        {
            throw new ArgumentException("An earnings outcome was requested, but the employment records have no earnings column.", nameof(employment));
        }

        var rows = stock.RowCount;
        var values = new double[outcomes.Length][];
        for (var o = 0; o < outcomes.Length; o++)
        {
            values[o] = new double[rows];
        }

        var censored = new int[outcomes.Length];
        if (rows == 0)
        {
            return new WorkVolumeResult(outcomes, values, censored, new WorkVolumeRecordCounts(0, employment.Count, 0, 0));
        }

        var periods = stock.PeriodArray;
        var minPeriod = int.MaxValue;
        var maxPeriod = int.MinValue;
        foreach (var period in periods)
        {
            minPeriod = Math.Min(minPeriod, period.Index);
            maxPeriod = Math.Max(maxPeriod, period.Index);
        }

        var maxHorizon = outcomes.Max(o => o.Horizon);
        var firstMonth = minPeriod + 1;
        var lastMonth = Math.Min(options.LastCompleteMonth.Index, maxPeriod + maxHorizon);
        var gMonthly = needsEarnings ? MonthlyG(options.Grunnbelop, firstMonth, lastMonth) : [];

        var persons = PersonIndex.Build(stock.PersonKeyArray, out var stockCodes);
        var monthly = MonthlyEmployment.Build(employment, persons, firstMonth, lastMonth, options.MonthlyHoursCap, needsEarnings, maxDegreeOfParallelism);

        cancellationToken.ThrowIfCancellationRequested();
        var kernel = new Kernel(outcomes, options, monthly, gMonthly, firstMonth);
        var blockCount = Blocks.Count(rows);
        var blockCensored = new int[blockCount * outcomes.Length];
        Blocks.For(blockCount, maxDegreeOfParallelism, b =>
            kernel.Run(stockCodes, periods, Blocks.Start(b, rows), Blocks.End(b, rows), values, blockCensored.AsSpan(b * outcomes.Length, outcomes.Length)),
            cancellationToken);
        for (var b = 0; b < blockCount; b++)
        {
            for (var o = 0; o < outcomes.Length; o++)
            {
                censored[o] += blockCensored[(b * outcomes.Length) + o];
            }
        }

        var counts = new WorkVolumeRecordCounts(
            monthly.RecordsUsed, monthly.RecordsOfUnknownPersons, monthly.RecordsBeforeFirstMonth, monthly.RecordsAfterLastMonth);
        return new WorkVolumeResult(outcomes, values, censored, counts);
    }

    private static WorkOutcome[] Validate(WorkVolumeOptions options)
    {
        var outcomes = Guard.NotNull(options.Outcomes).ToArray();
        if (outcomes.Length == 0)
        {
            throw new ArgumentException("Request at least one outcome.", nameof(options));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var outcome in outcomes)
        {
            if (outcome is null)
            {
                throw new ArgumentException("The outcome list contains null.", nameof(options));
            }

            if (!names.Add(outcome.Name))
            {
                throw new ArgumentException($"Two outcomes are named '{outcome.Name}'.", nameof(options));
            }
        }

        if (!double.IsFinite(options.InWorkHoursThreshold) || options.InWorkHoursThreshold < 0)
        {
            throw new ArgumentException(Invariant($"InWorkHoursThreshold is {options.InWorkHoursThreshold}; it must be finite and not negative."), nameof(options));
        }

        if (!double.IsFinite(options.FullTimeHours) || options.FullTimeHours <= 0)
        {
            throw new ArgumentException(Invariant($"FullTimeHours is {options.FullTimeHours}; it must be finite and positive."), nameof(options));
        }

        if (options.MonthlyHoursCap is { } cap && (double.IsNaN(cap) || cap <= 0))
        {
            throw new ArgumentException(Invariant($"MonthlyHoursCap is {cap}; it must be positive, or null for no cap."), nameof(options));
        }

        Guard.NotNull(options.Grunnbelop);
        return outcomes;
    }

    private static double[] MonthlyG(GrunnbelopTable table, int firstMonth, int lastMonth)
    {
        if (lastMonth < firstMonth)
        {
            return [];
        }

        var first = YearMonth.FromIndex(firstMonth);
        if (first < table.FirstEffectiveMonth)
        {
            throw new ArgumentException(
                $"Earnings outcomes need G from {first}, but the G table starts in {table.FirstEffectiveMonth}. Add earlier amounts with GrunnbelopTable.WithAmount.");
        }

        var g = new double[lastMonth - firstMonth + 1];
        for (var i = 0; i < g.Length; i++)
        {
            g[i] = table.AmountFor(YearMonth.FromIndex(firstMonth + i)) / 12.0;
        }

        return g;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The per-row loop; reads shared immutable arrays and writes only its own rows.</summary>
    private sealed class Kernel(WorkOutcome[] outcomes, WorkVolumeOptions options, MonthlyEmployment monthly, double[] gMonthly, int firstMonth)
    {
        private readonly int _last = options.LastCompleteMonth.Index;
        private readonly double _threshold = options.InWorkHoursThreshold;
        private readonly double _fullTime = options.FullTimeHours;

        public void Run(int[] codes, YearMonth[] periods, int from, int to, double[][] values, Span<int> censored)
        {
            var months = monthly.Months;
            var hours = monthly.Hours;
            var earnings = monthly.Earnings ?? [];
            for (var row = from; row < to; row++)
            {
                var person = codes[row];
                var t = periods[row].Index;
                var end = monthly.Start[person] + monthly.Length[person];
                var lo = monthly.FirstAfter(person, t);
                for (var o = 0; o < outcomes.Length; o++)
                {
                    var outcome = outcomes[o];
                    var horizon = outcome.Horizon;
                    var target = t + horizon;
                    if (target > _last)
                    {
                        values[o][row] = double.NaN;
                        censored[o]++;
                        continue;
                    }

                    values[o][row] = outcome.Kind switch
                    {
                        WorkOutcomeKind.AverageWeeklyHours => SumOver(hours, months, lo, end, target) / horizon,
                        WorkOutcomeKind.AverageShareOfFullTime => SumOver(hours, months, lo, end, target) / horizon / _fullTime,
                        WorkOutcomeKind.InWork => ValueAt(hours, months, lo, end, target) > _threshold ? 1.0 : 0.0,
                        WorkOutcomeKind.EarningsAboveGInMonth =>
                            ValueAt(earnings, months, lo, end, target) > outcome.GMultiple * gMonthly[target - firstMonth] ? 1.0 : 0.0,
                        _ => SumOver(earnings, months, lo, end, target) > outcome.GMultiple * SumG(t + 1, target) ? 1.0 : 0.0,
                    };
                }
            }
        }

        /// <summary>The sum of <paramref name="values"/> over a person's entries lo..end-1 up to month <paramref name="target"/>.</summary>
        private static double SumOver(double[] values, int[] months, int lo, int end, int target)
        {
            var sum = 0.0;
            for (var i = lo; i < end && months[i] <= target; i++)
            {
                sum += values[i];
            }

            return sum;
        }

        /// <summary>The value of a person's entry in month <paramref name="target"/>, 0 without one.</summary>
        private static double ValueAt(double[] values, int[] months, int lo, int end, int target)
        {
            for (var i = lo; i < end && months[i] <= target; i++)
            {
                if (months[i] == target)
                {
                    return values[i];
                }
            }

            return 0;
        }

        private double SumG(int fromMonth, int toMonth)
        {
            var sum = 0.0;
            for (var m = fromMonth; m <= toMonth; m++)
            {
                sum += gMonthly[m - firstMonth];
            }

            return sum;
        }
    }
}
