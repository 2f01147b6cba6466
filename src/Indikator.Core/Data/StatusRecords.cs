using Indikator.Core.Internal;

namespace Indikator.Core.Data;

/// <summary>
/// Monthly status records in columns: one row per person and month registered with NAV, with the
/// main status, the labour-market programme the person takes part in (if any) and whether the
/// person receives a benefit that month. Months without a row mean not registered.
/// </summary>
/// <remarks>
/// <para>Status is the status at the end of the month, as in NAV's statistics. Programme codes index
/// <see cref="ProgrammeLevels"/>; <see cref="NoProgramme"/> means no programme.</para>
/// <para>The constructor takes ownership of the column arrays instead of copying them: register extracts are the
/// largest inputs (tens of millions of rows), and copying every column at once would hold two copies of all of them
/// until the caller let go of its arrays. Do not change an array after passing it in; the records, and results
/// computed from them later, would see the change. What the records give back is read-only
/// (<see cref="ReadOnlyMemory{T}"/>), and <see cref="PersonMonthPanelBuilder"/> copies instead, one column at a
/// time.</para>
/// <para>This type is immutable and thread safe. Person keys are confidential: never print them.</para>
/// </remarks>
[Reporting.Notebooks.TypeFormatterSource(typeof(Reporting.Notebooks.NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class StatusRecords
{
    /// <summary>The programme code of a month without programme participation.</summary>
    public const int NoProgramme = -1;

    private readonly long[] _personKeys;
    private readonly YearMonth[] _months;
    private readonly RegisterStatus[] _statuses;
    private readonly int[] _programmes;
    private readonly string[] _programmeLevels;
    private readonly bool[] _receivesBenefit;

    /// <summary>Creates the records from columns of equal length.</summary>
    /// <param name="personKeys">The person of each record.</param>
    /// <param name="months">The month of each record.</param>
    /// <param name="statuses">The main status at the end of the month.</param>
    /// <param name="programmes">The programme code, an index into <paramref name="programmeLevels"/>, or <see cref="NoProgramme"/>.</param>
    /// <param name="programmeLevels">Programme names (for example <c>Avklaring</c>, <c>AB</c>); copied.</param>
    /// <param name="receivesBenefit">Whether the person receives a NAV benefit in the month.</param>
    /// <exception cref="ArgumentNullException">A column is null.</exception>
    /// <exception cref="ArgumentException">The columns differ in length, or a programme code or status is out of range (the row is named).</exception>
    public StatusRecords(
        long[] personKeys,
        YearMonth[] months,
        RegisterStatus[] statuses,
        int[] programmes,
        IReadOnlyList<string> programmeLevels,
        bool[] receivesBenefit)
    {
        _personKeys = Guard.NotNull(personKeys);
        _months = Guard.NotNull(months);
        _statuses = Guard.NotNull(statuses);
        _programmes = Guard.NotNull(programmes);
        _programmeLevels = [.. Guard.NotNull(programmeLevels)];
        _receivesBenefit = Guard.NotNull(receivesBenefit);
        ProgrammeLevels = ValueList.Wrap(_programmeLevels);
        Guard.SameLength(personKeys.Length, months.Length, "month");
        Guard.SameLength(personKeys.Length, statuses.Length, "status");
        Guard.SameLength(personKeys.Length, programmes.Length, "programme");
        Guard.SameLength(personKeys.Length, receivesBenefit.Length, "receives benefit");
        for (var row = 0; row < programmes.Length; row++)
        {
            if (programmes[row] < NoProgramme || programmes[row] >= _programmeLevels.Length)
            {
                throw new ArgumentException(
                    $"Column 'programme', row {row}: code {programmes[row]} is outside 0..{_programmeLevels.Length - 1} (or -1 for none).", nameof(programmes));
            }

            if (!Enum.IsDefined(statuses[row]))
            {
                throw new ArgumentException($"Column 'status', row {row}: unknown status code {(byte)statuses[row]}.", nameof(statuses));
            }
        }
    }

    /// <summary>Gets the number of records.</summary>
    public int Count => _personKeys.Length;

    /// <summary>Gets the person of each record. Confidential: never print it.</summary>
    public ReadOnlyMemory<long> PersonKeys => _personKeys;

    /// <summary>Gets the month of each record.</summary>
    public ReadOnlyMemory<YearMonth> Months => _months;

    /// <summary>Gets the main status of each record.</summary>
    public ReadOnlyMemory<RegisterStatus> Statuses => _statuses;

    /// <summary>Gets the programme code of each record, or <see cref="NoProgramme"/>.</summary>
    public ReadOnlyMemory<int> Programmes => _programmes;

    /// <summary>Gets the programme names; a programme's code is its index here.</summary>
    public IReadOnlyList<string> ProgrammeLevels { get; }

    /// <summary>Gets whether the person receives a NAV benefit in the month of each record.</summary>
    public ReadOnlyMemory<bool> ReceivesBenefit => _receivesBenefit;

    internal long[] PersonKeyArray => _personKeys;

    internal YearMonth[] MonthArray => _months;

    internal RegisterStatus[] StatusArray => _statuses;

    internal int[] ProgrammeArray => _programmes;

    internal bool[] ReceivesBenefitArray => _receivesBenefit;
}
