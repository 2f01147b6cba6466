using Indikator.Core.Internal;

namespace Indikator.Core.Data;

/// <summary>
/// Monthly employment records in columns: one row per job and month, with the weekly contracted
/// hours of that job (a person may hold several jobs in a month) and optionally its earnings.
/// </summary>
/// <remarks>
/// <para>The constructor takes ownership of the column arrays instead of copying them: register extracts are the
/// largest inputs (tens of millions of rows), and copying every column at once would hold two copies of all of them
/// until the caller let go of its arrays. Do not change an array after passing it in; the records, and results
/// computed from them later, would see the change. What the records give back is read-only
/// (<see cref="ReadOnlyMemory{T}"/>), and <see cref="PersonMonthPanelBuilder"/> copies instead, one column at a
/// time.</para>
/// <para>This type is immutable and thread safe. Person keys are confidential: never print them.</para>
/// </remarks>
[Reporting.Notebooks.TypeFormatterSource(typeof(Reporting.Notebooks.NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class EmploymentRecords
{
    private readonly long[] _personKeys;
    private readonly YearMonth[] _months;
    private readonly double[] _weeklyHours;
    private readonly double[]? _earnings;

    /// <summary>Creates the records from columns of equal length.</summary>
    /// <param name="personKeys">The person of each record.</param>
    /// <param name="months">The month of each record.</param>
    /// <param name="weeklyHours">Weekly contracted hours of the job in that month.</param>
    /// <param name="earnings">Earnings of the job in that month (NOK), or null when not available.</param>
    /// <exception cref="ArgumentNullException">A required column is null.</exception>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    public EmploymentRecords(long[] personKeys, YearMonth[] months, double[] weeklyHours, double[]? earnings = null)
    {
        _personKeys = Guard.NotNull(personKeys);
        _months = Guard.NotNull(months);
        _weeklyHours = Guard.NotNull(weeklyHours);
        Guard.SameLength(personKeys.Length, months.Length, "month");
        Guard.SameLength(personKeys.Length, weeklyHours.Length, "weekly hours");
        if (earnings is not null)
        {
            Guard.SameLength(personKeys.Length, earnings.Length, "earnings");
        }

        _earnings = earnings;
    }

    /// <summary>Gets the number of records.</summary>
    public int Count => _personKeys.Length;

    /// <summary>Gets the person of each record. Confidential: never print it.</summary>
    public ReadOnlyMemory<long> PersonKeys => _personKeys;

    /// <summary>Gets the month of each record.</summary>
    public ReadOnlyMemory<YearMonth> Months => _months;

    /// <summary>Gets the weekly contracted hours of each record.</summary>
    public ReadOnlyMemory<double> WeeklyHours => _weeklyHours;

    /// <summary>Gets whether earnings are present.</summary>
    public bool HasEarnings => _earnings is not null;

    /// <summary>Gets the monthly earnings (NOK) of each record, or an empty memory when absent.</summary>
    public ReadOnlyMemory<double> Earnings => _earnings;

    internal long[] PersonKeyArray => _personKeys;

    internal YearMonth[] MonthArray => _months;

    internal double[] WeeklyHoursArray => _weeklyHours;

    internal double[]? EarningsArray => _earnings;
}
