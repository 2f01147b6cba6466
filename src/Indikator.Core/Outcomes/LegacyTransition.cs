using System.Globalization;
using Indikator.Core.Data;
using Indikator.Core.Internal;

namespace Indikator.Core.Outcomes;

/// <summary>
/// The legacy measure "share in work six months after exit" (NAV's "overgang til arbeid og stønad"): finds
/// exits in the status records, classifies each exit's situation at the end of month t+6, and returns the
/// exits as a table for breakdowns and risk adjustment.
/// </summary>
/// <remarks>
/// <para>Exit in month t (status variant): the person is a job seeker, or has reduced work capacity, in month t
/// and is not in that status in any of months t+1..t+2 (<see cref="LegacyTransitionOptions.ExitGapMonths"/>).
/// A move from one of the statuses to the other is therefore an exit from the status left. An exit from job
/// seeker by someone who had reduced work capacity in any of the five months before t
/// (<see cref="LegacyTransitionOptions.ReducedCapacityLookbackMonths"/>) is counted as an exit from reduced
/// work capacity, as NAV does ("Om statistikken - overgang til arbeid og stønad", section 4.1). Programme variant: the person takes part in programme k in month t and not in
/// k in months t+1..t+2, so a move to another programme is an exit from k.</para>
/// <para>An exit is decided only when t+2 is observed (t + gap &lt;= <see cref="LegacyTransitionOptions.LastObservedMonth"/>).
/// Filters, counted in this order: exits with t+6 after the last observed month (censored); exits without a
/// stock row for the person in month t; exits with a missing age; exits with an age outside 20-66.</para>
/// <para>Outcome precedence: see <see cref="TransitionOutcome"/>. Employed means an employment record in t+6 whatever
/// its hours, as NAV's "arbeidstaker" (registered employee); with <see cref="LegacyTransitionOptions.EmploymentHoursThreshold"/>
/// set, total weekly hours in t+6 (jobs in a month add up) above it.</para>
/// <para>This type is stateless and thread safe.</para>
/// </remarks>
public static class LegacyTransition
{
    /// <summary>The categorical exit-table column with the exit month (<c>yyyy-MM</c>).</summary>
    public const string ExitMonthColumn = "exitMonth";

    /// <summary>The categorical exit-table column with the exit quarter (<c>yyyyQq</c>, for example <c>2024Q2</c>).</summary>
    public const string ExitQuarterColumn = "exitQuarter";

    /// <summary>The categorical exit-table column with the status or programme exited.</summary>
    public const string StatusExitedColumn = "statusExited";

    /// <summary>The categorical exit-table column with the <see cref="TransitionOutcome"/> at the end of t+6.</summary>
    public const string OutcomeColumn = "outcome6";

    /// <summary>The numeric exit-table column: 1 when employed at the end of t+6 (any of the three employed categories), else 0.</summary>
    public const string EmployedColumn = "employed6";

    /// <summary>The categorical exit-table column with NAV's age group at exit: 20-24, 25-29, 30-39, 40-49, 50-59, 60+ (and &lt;20 when <see cref="LegacyTransitionOptions.MinAge"/> is lowered).</summary>
    public const string AgeGroupColumn = "ageGroup";

    private static readonly string[] AgeGroupLevels = ["<20", "20-24", "25-29", "30-39", "40-49", "50-59", "60+"];

    private static readonly string[] StatusLevels = [nameof(RegisterStatus.JobSeeker), nameof(RegisterStatus.ReducedWorkCapacity)];

    /// <summary>Finds the exits and their outcomes.</summary>
    /// <param name="stock">The stock panel: gives each exit's characteristics (all its columns are copied) and the age column.</param>
    /// <param name="status">Monthly status records (at most one per person and month).</param>
    /// <param name="employment">Monthly employment records.</param>
    /// <param name="options">The variant, the last observed month, the age column and the rule parameters.</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <returns>The exits (one row each, no person keys) with counts of what was left out.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An option is out of range, or a stock column has the name of an exit-table column.</exception>
    /// <exception cref="KeyNotFoundException">The stock has no numeric column named <see cref="LegacyTransitionOptions.AgeColumn"/>.</exception>
    /// <exception cref="InvalidRecordException">A status record has an unknown status or programme code, two status records (or stock rows) share person and month, or an employment record has negative or non-finite hours.</exception>
    /// <exception cref="OperationCanceledException">The computation was cancelled.</exception>
    public static LegacyTransitionResult Compute(
        PersonMonthPanel stock, StatusRecords status, EmploymentRecords employment, LegacyTransitionOptions options, CancellationToken cancellationToken = default)
        => Compute(stock, status, employment, options, maxDegreeOfParallelism: -1, cancellationToken);

    /// <summary>As <see cref="Compute(PersonMonthPanel, StatusRecords, EmploymentRecords, LegacyTransitionOptions, CancellationToken)"/> on at most <paramref name="maxDegreeOfParallelism"/> threads (-1: no limit), so tests can compare thread counts.</summary>
    internal static LegacyTransitionResult Compute(
        PersonMonthPanel stock, StatusRecords status, EmploymentRecords employment, LegacyTransitionOptions options, int maxDegreeOfParallelism,
        CancellationToken cancellationToken = default)
    {
        Guard.NotNull(stock);
        Guard.NotNull(status);
        Guard.NotNull(employment);
        Guard.NotNull(options);
        ValidateOptions(options);
        var age = stock.Numeric(options.AgeColumn).Array;
        CheckColumnNames(stock);
        ValidateStatus(status);

        var months = status.MonthArray;
        var persons = PersonIndex.Build(status.PersonKeyArray, out var statusCodes);
        var statusOrder = PersonGroups.Group(statusCodes, persons.Count, out var statusStart);
        PersonGroups.SortByMonth(statusOrder, statusStart, months, "month", maxDegreeOfParallelism);

        var stockCodes = persons.Encode(stock.PersonKeyArray, maxDegreeOfParallelism);
        var stockOrder = PersonGroups.Group(stockCodes, persons.Count, out var stockStart);
        PersonGroups.SortByMonth(stockOrder, stockStart, stock.PeriodArray, "period", maxDegreeOfParallelism);

        var firstStatusMonth = int.MaxValue;
        foreach (var month in months)
        {
            firstStatusMonth = Math.Min(firstStatusMonth, month.Index);
        }

        var last = options.LastObservedMonth.Index;
        var monthly = MonthlyEmployment.Build(
            employment, persons, firstStatusMonth == int.MaxValue ? last + 1 : firstStatusMonth, last, hoursCap: null, withEarnings: false, maxDegreeOfParallelism);

        cancellationToken.ThrowIfCancellationRequested();
        var finder = new ExitFinder(status, options, monthly, stock.PeriodArray, stockOrder, stockStart, age);
        var personCount = persons.Count;
        var blocks = Blocks.Count(personCount);
        var found = new List<ExitRow>[blocks];
        var counts = new int[blocks * 4];
        Blocks.For(blocks, maxDegreeOfParallelism, b =>
        {
            var list = new List<ExitRow>();
            var blockCounts = counts.AsSpan(b * 4, 4);
            for (var p = Blocks.Start(b, personCount); p < Blocks.End(b, personCount); p++)
            {
                finder.Person(p, statusOrder.AsSpan(statusStart[p], statusStart[p + 1] - statusStart[p]), list, blockCounts);
            }

            found[b] = list;
        }, cancellationToken);

        var exits = new List<ExitRow>();
        var left = new int[4];
        for (var b = 0; b < blocks; b++)
        {
            exits.AddRange(found[b]);
            for (var c = 0; c < 4; c++)
            {
                left[c] += counts[(b * 4) + c];
            }
        }

        // Stock-row order makes the exit table independent of the order of the status records.
        var rows = exits.ToArray();
        Array.Sort(rows, static (x, y) => x.StockRow != y.StockRow ? x.StockRow.CompareTo(y.StockRow) : x.Stratum.CompareTo(y.Stratum));
        var table = BuildTable(stock, rows, age, options.Variant == TransitionVariant.Status ? StatusLevels : [.. status.ProgrammeLevels], maxDegreeOfParallelism);
        var outcomeCounts = new int[Enum.GetValues<TransitionOutcome>().Length];
        foreach (var row in rows)
        {
            outcomeCounts[(int)row.Outcome]++;
        }

        return new LegacyTransitionResult(table, outcomeCounts, left[0], left[1], left[2], left[3]);
    }

    private static void ValidateOptions(LegacyTransitionOptions options)
    {
        if (options.MinAge < 0 || options.MaxAge < options.MinAge)
        {
            throw new ArgumentException($"The age range {options.MinAge}-{options.MaxAge} is empty or negative.", nameof(options));
        }

        if (options.ExitGapMonths < 1 || options.FollowUpMonths < 1 || options.ReducedCapacityLookbackMonths < 0)
        {
            throw new ArgumentException("ExitGapMonths and FollowUpMonths must be at least 1, ReducedCapacityLookbackMonths not negative.", nameof(options));
        }

        if (options.EmploymentHoursThreshold is { } threshold && (!double.IsFinite(threshold) || threshold < 0))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"EmploymentHoursThreshold is {options.EmploymentHoursThreshold}; it must be finite and not negative."),
                nameof(options));
        }

        if (options.Variant is not (TransitionVariant.Status or TransitionVariant.Programme))
        {
            throw new ArgumentException($"Unknown variant {(int)options.Variant}.", nameof(options));
        }
    }

    private static void CheckColumnNames(PersonMonthPanel stock)
    {
        string[] reserved = [ExitMonthColumn, ExitQuarterColumn, StatusExitedColumn, OutcomeColumn, EmployedColumn, AgeGroupColumn];
        foreach (var name in reserved)
        {
            if (stock.TryGetNumeric(name, out _) || stock.TryGetCategorical(name, out _))
            {
                throw new ArgumentException($"The stock has a column '{name}', a name the exit table uses for its own column. Rename it.", nameof(stock));
            }
        }
    }

    private static void ValidateStatus(StatusRecords status)
    {
        // The arrays are adopted by StatusRecords, so they are checked again here rather than trusted.
        var statuses = status.StatusArray;
        var programmes = status.ProgrammeArray;
        var levels = status.ProgrammeLevels.Count;
        for (var row = 0; row < statuses.Length; row++)
        {
            if (statuses[row] > RegisterStatus.Disability)
            {
                throw new InvalidRecordException("status", row, "not a known status code (expected a RegisterStatus value; the value is not shown).");
            }

            if (programmes[row] < StatusRecords.NoProgramme || programmes[row] >= levels)
            {
                throw new InvalidRecordException("programme", row, $"the programme code is outside 0..{levels - 1} (or -1 for none; the value is not shown).");
            }
        }
    }

    private static ColumnTable BuildTable(PersonMonthPanel stock, ExitRow[] rows, double[] age, string[] strataLevels, int maxDegreeOfParallelism)
    {
        var n = rows.Length;
        var builder = ColumnTableBuilder.Adopting();

        var monthIndices = rows.Select(r => r.Month).Distinct().Order().ToArray();
        var quarterLabels = monthIndices.Select(m => Quarter(YearMonth.FromIndex(m))).Distinct(StringComparer.Ordinal).ToArray();
        // A month's quarter once per month, not a label per row.
        var quarterOfMonth = monthIndices.Select(m => Array.IndexOf(quarterLabels, Quarter(YearMonth.FromIndex(m)))).ToArray();
        var monthCodes = new int[n];
        var quarterCodes = new int[n];
        var strata = new int[n];
        var outcomes = new int[n];
        var ageGroups = new int[n];
        var employed = new double[n];
        for (var i = 0; i < n; i++)
        {
            var row = rows[i];
            monthCodes[i] = Array.BinarySearch(monthIndices, row.Month);
            quarterCodes[i] = quarterOfMonth[monthCodes[i]];
            strata[i] = row.Stratum;
            outcomes[i] = (int)row.Outcome;
            ageGroups[i] = AgeGroup(age[row.StockRow]);
            employed[i] = IsEmployed(row.Outcome) ? 1 : 0;
        }

        builder.AddCategorical(ExitMonthColumn, monthCodes, monthIndices.Select(m => YearMonth.FromIndex(m).ToString()).ToArray());
        builder.AddCategorical(ExitQuarterColumn, quarterCodes, quarterLabels);
        builder.AddCategorical(StatusExitedColumn, strata, strataLevels);
        builder.AddOrderedCategorical(OutcomeColumn, outcomes, Enum.GetNames<TransitionOutcome>());
        builder.AddCategorical(AgeGroupColumn, ageGroups, AgeGroupLevels);
        builder.AddNumeric(EmployedColumn, employed);

        // The stock's columns at the exit rows, each gathered on its own, side by side; added in the stock's order.
        var numeric = stock.NumericColumns.ToArray();
        var categorical = stock.CategoricalColumns.ToArray();
        var values = new double[numeric.Length][];
        var codes = new int[categorical.Length][];
        Parallel.For(0, numeric.Length + categorical.Length, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, c =>
        {
            if (c < numeric.Length)
            {
                values[c] = Gather(numeric[c].Array, rows);
            }
            else
            {
                codes[c - numeric.Length] = Gather(categorical[c - numeric.Length].CodeArray, rows);
            }
        });
        for (var c = 0; c < numeric.Length; c++)
        {
            builder.AddNumeric(numeric[c].Name, values[c]);
        }

        for (var c = 0; c < categorical.Length; c++)
        {
            builder.AddCategorical(categorical[c].Name, codes[c], categorical[c].Levels);
        }

        return builder.Build();
    }

    private static T[] Gather<T>(T[] source, ExitRow[] rows)
    {
        var result = new T[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            result[i] = source[rows[i].StockRow];
        }

        return result;
    }

    /// <summary>Whether a category counts as employed in the headline share: the three "arbeidstaker" categories.</summary>
    internal static bool IsEmployed(TransitionOutcome outcome)
        => outcome is TransitionOutcome.OnlyEmployed or TransitionOutcome.EmployedWithDisabilityBenefit or TransitionOutcome.EmployedWithOtherBenefit;

    private static string Quarter(YearMonth month)
        => string.Create(CultureInfo.InvariantCulture, $"{month.Year:D4}Q{((month.Month - 1) / 3) + 1}");

    private static int AgeGroup(double age)
    {
        var years = Math.Floor(age);
        return years switch
        {
            < 20 => 0,
            < 25 => 1,
            < 30 => 2,
            < 40 => 3,
            < 50 => 4,
            < 60 => 5,
            _ => 6,
        };
    }

    private readonly record struct ExitRow(int StockRow, int Month, int Stratum, TransitionOutcome Outcome);

    /// <summary>Applies the exit rule to one person's status rows (sorted by month); reads shared arrays only.</summary>
    private sealed class ExitFinder(
        StatusRecords status,
        LegacyTransitionOptions options,
        MonthlyEmployment monthly,
        YearMonth[] stockPeriods,
        int[] stockOrder,
        int[] stockStart,
        double[] age)
    {
        private readonly YearMonth[] _months = status.MonthArray;
        private readonly RegisterStatus[] _statuses = status.StatusArray;
        private readonly int[] _programmes = status.ProgrammeArray;
        private readonly bool[] _benefit = status.ReceivesBenefitArray;
        private readonly int _last = options.LastObservedMonth.Index;
        private readonly bool _byStatus = options.Variant == TransitionVariant.Status;

        /// <summary>Counts: 0 censored, 1 without stock row, 2 missing age, 3 outside the age range.</summary>
        public void Person(int person, ReadOnlySpan<int> rows, List<ExitRow> exits, Span<int> counts)
        {
            for (var i = 0; i < rows.Length; i++)
            {
                var row = rows[i];
                var t = _months[row].Index;
                if (t + options.ExitGapMonths > _last)
                {
                    break;
                }

                var stratum = _byStatus ? StatusExit(rows, i) : ProgrammeExit(rows, i);
                if (stratum < 0)
                {
                    continue;
                }

                var target = t + options.FollowUpMonths;
                if (target > _last)
                {
                    counts[0]++;
                    continue;
                }

                var stockRow = StockRow(person, t);
                if (stockRow < 0)
                {
                    counts[1]++;
                    continue;
                }

                var a = age[stockRow];
                if (double.IsNaN(a))
                {
                    counts[2]++;
                    continue;
                }

                var years = Math.Floor(a);
                if (years < options.MinAge || years > options.MaxAge)
                {
                    counts[3]++;
                    continue;
                }

                exits.Add(new ExitRow(stockRow, t, stratum, Outcome(person, rows, i, target)));
            }
        }

        private int StatusExit(ReadOnlySpan<int> rows, int i)
        {
            var t = _months[rows[i]].Index;
            var s = _statuses[rows[i]];
            if (s is not (RegisterStatus.JobSeeker or RegisterStatus.ReducedWorkCapacity))
            {
                return -1;
            }

            for (var j = i + 1; j < rows.Length && _months[rows[j]].Index <= t + options.ExitGapMonths; j++)
            {
                if (_statuses[rows[j]] == s)
                {
                    return -1;
                }
            }

            if (s == RegisterStatus.ReducedWorkCapacity)
            {
                return 1;
            }

            for (var j = i - 1; j >= 0 && _months[rows[j]].Index >= t - options.ReducedCapacityLookbackMonths; j--)
            {
                if (_statuses[rows[j]] == RegisterStatus.ReducedWorkCapacity)
                {
                    return 1;
                }
            }

            return 0;
        }

        private int ProgrammeExit(ReadOnlySpan<int> rows, int i)
        {
            var t = _months[rows[i]].Index;
            var k = _programmes[rows[i]];
            if (k < 0)
            {
                return -1;
            }

            for (var j = i + 1; j < rows.Length && _months[rows[j]].Index <= t + options.ExitGapMonths; j++)
            {
                if (_programmes[rows[j]] == k)
                {
                    return -1;
                }
            }

            return k;
        }

        private TransitionOutcome Outcome(int person, ReadOnlySpan<int> rows, int i, int target)
        {
            var registered = RegisterStatus.NotRegistered;
            var benefit = false;
            for (var j = i + 1; j < rows.Length && _months[rows[j]].Index <= target; j++)
            {
                if (_months[rows[j]].Index == target)
                {
                    registered = _statuses[rows[j]];
                    benefit = _benefit[rows[j]];
                }
            }

            var employed = options.EmploymentHoursThreshold is { } threshold
                ? monthly.HoursIn(person, target) > threshold
                : monthly.HasRecordIn(person, target);
            if (employed)
            {
                return registered switch
                {
                    RegisterStatus.Disability => TransitionOutcome.EmployedWithDisabilityBenefit,
                    RegisterStatus.NotRegistered when !benefit => TransitionOutcome.OnlyEmployed,
                    _ => TransitionOutcome.EmployedWithOtherBenefit,
                };
            }

            return registered switch
            {
                RegisterStatus.Disability => TransitionOutcome.Disability,
                RegisterStatus.ReducedWorkCapacity => TransitionOutcome.ReducedWorkCapacity,
                RegisterStatus.JobSeeker => TransitionOutcome.JobSeeker,
                _ when benefit => TransitionOutcome.OtherBenefit,
                _ => TransitionOutcome.Unknown,
            };
        }

        private int StockRow(int person, int month)
        {
            var lo = stockStart[person];
            var hi = stockStart[person + 1];
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                var m = stockPeriods[stockOrder[mid]].Index;
                if (m == month)
                {
                    return stockOrder[mid];
                }

                if (m < month)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return -1;
        }
    }
}
