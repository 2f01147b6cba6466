using System.Globalization;
using Indikator.Core.Data;
using Indikator.Core.Internal;

namespace Indikator.Core.Outcomes;

/// <summary>
/// The basic amount of the National Insurance Scheme, grunnbeløpet (G), with the month each amount
/// takes effect, so that a person-month's income can be compared with the G in force in that month.
/// </summary>
/// <remarks>
/// <para>G is adjusted on 1 May each year: the G of year <c>Y</c> applies from May <c>Y</c> to April
/// <c>Y+1</c>. The amount in force in a month is the amount of the latest entry whose
/// <see cref="GrunnbelopEntry.EffectiveFrom"/> is not later than that month; the last entry stays in
/// force until a later one is added.</para>
/// <para><see cref="Official"/> is the table shipped with the package (2000-2025, from NAV's G service
/// <c>github.com/navikt/g</c>, checked against published notices; see <c>docs/outcomes.md</c>). Add later
/// years with <see cref="WithAmount(int, double)"/> or load a file with <see cref="Load(TextReader)"/>,
/// without waiting for a new release.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed class GrunnbelopTable
{
    private const string ResourceName = "Indikator.Core.Outcomes.grunnbelop.csv";

    private static readonly Lazy<GrunnbelopTable> OfficialTable = new(LoadOfficial, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly int[] _monthIndex;
    private readonly double[] _amounts;

    // Made on first use and kept, read-only: the table is immutable, so every caller may share one list. Two threads
    // may both make it; either list is correct.
    private ValueList<GrunnbelopEntry>? _entries;

    private GrunnbelopTable(int[] monthIndex, double[] amounts)
    {
        _monthIndex = monthIndex;
        _amounts = amounts;
    }

    /// <summary>Gets the table shipped with the package: G from 1 May 2000 to 1 May 2025.</summary>
    /// <value>The official amounts, read once from the embedded <c>grunnbelop.csv</c>.</value>
    public static GrunnbelopTable Official => OfficialTable.Value;

    /// <summary>Gets the entries in order of their effective month.</summary>
    public IReadOnlyList<GrunnbelopEntry> Entries => _entries ??= BuildEntries();

    /// <summary>Gets the first month for which the table knows G.</summary>
    public YearMonth FirstEffectiveMonth => YearMonth.FromIndex(_monthIndex[0]);

    /// <summary>Gets the effective month of the latest amount in the table.</summary>
    public YearMonth LastEffectiveMonth => YearMonth.FromIndex(_monthIndex[^1]);

    /// <summary>Creates a table from entries.</summary>
    /// <param name="entries">At least one entry; effective months must be distinct, amounts finite and positive.</param>
    /// <returns>The table, ordered by effective month.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no entries, an effective month repeats, or an amount is not finite and positive.</exception>
    public static GrunnbelopTable FromEntries(IEnumerable<GrunnbelopEntry> entries)
    {
        Guard.NotNull(entries);
        var sorted = entries.OrderBy(e => e.EffectiveFrom).ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("A G table needs at least one amount.", nameof(entries));
        }

        var months = new int[sorted.Length];
        var amounts = new double[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            var amount = sorted[i].Amount;
            if (!double.IsFinite(amount) || amount <= 0)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The G amount effective from {sorted[i].EffectiveFrom} is {amount}; it must be finite and positive."),
                    nameof(entries));
            }

            if (i > 0 && sorted[i].EffectiveFrom == sorted[i - 1].EffectiveFrom)
            {
                throw new ArgumentException($"Two G amounts take effect in {sorted[i].EffectiveFrom}.", nameof(entries));
            }

            months[i] = sorted[i].EffectiveFrom.Index;
            amounts[i] = amount;
        }

        return new GrunnbelopTable(months, amounts);
    }

    /// <summary>
    /// Reads a table from CSV text: a header <c>effective_from,amount</c>, then one line per amount such as
    /// <c>2026-05,135000</c>. Lines starting with <c>#</c> and blank lines are skipped; numbers use a dot as
    /// decimal separator whatever the culture.
    /// </summary>
    /// <param name="reader">The CSV text.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="FormatException">The header is missing or a line is malformed (the 1-based line is named).</exception>
    /// <exception cref="ArgumentException">An effective month repeats or an amount is not finite and positive.</exception>
    public static GrunnbelopTable Load(TextReader reader)
    {
        Guard.NotNull(reader);
        var entries = new List<GrunnbelopEntry>();
        var headerSeen = false;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var text = line.Trim();
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            if (!headerSeen)
            {
                if (!string.Equals(text.Replace(" ", string.Empty, StringComparison.Ordinal), "effective_from,amount", StringComparison.OrdinalIgnoreCase))
                {
                    throw new FormatException($"Line {lineNumber}: expected the header 'effective_from,amount'.");
                }

                headerSeen = true;
                continue;
            }

            var comma = text.IndexOf(',', StringComparison.Ordinal);
            if (comma < 0
                || !YearMonth.TryParse(text.AsSpan(0, comma), CultureInfo.InvariantCulture, out var month)
                || !double.TryParse(text.AsSpan(comma + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
            {
                throw new FormatException($"Line {lineNumber}: expected 'yyyy-MM,amount', for example '2025-05,130160'.");
            }

            entries.Add(new GrunnbelopEntry(month, amount));
        }

        if (!headerSeen)
        {
            throw new FormatException("The G file has no header 'effective_from,amount'.");
        }

        return FromEntries(entries);
    }

    /// <summary>Returns the G in force in <paramref name="month"/>.</summary>
    /// <param name="month">The month.</param>
    /// <returns>G in NOK per year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month is before <see cref="FirstEffectiveMonth"/>.</exception>
    public double AmountFor(YearMonth month)
    {
        var position = Array.BinarySearch(_monthIndex, month.Index);
        if (position < 0)
        {
            position = ~position - 1;
        }

        if (position < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(month), month, $"The G table starts in {FirstEffectiveMonth}; it has no amount for {month}. Add earlier amounts with WithAmount.");
        }

        return _amounts[position];
    }

    /// <summary>Returns a new table with G for <paramref name="year"/>, in force from 1 May of that year.</summary>
    /// <param name="year">The year of the adjustment.</param>
    /// <param name="amount">G in NOK per year, finite and positive.</param>
    /// <returns>A new table; an existing amount for May of that year is replaced.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    /// <exception cref="ArgumentException">The amount is not finite and positive.</exception>
    public GrunnbelopTable WithAmount(int year, double amount) => WithAmount(new YearMonth(year, 5), amount);

    /// <summary>Returns a new table with an amount in force from <paramref name="effectiveFrom"/>.</summary>
    /// <param name="effectiveFrom">The first month in force.</param>
    /// <param name="amount">G in NOK per year, finite and positive.</param>
    /// <returns>A new table; an existing amount with the same effective month is replaced.</returns>
    /// <exception cref="ArgumentException">The amount is not finite and positive.</exception>
    public GrunnbelopTable WithAmount(YearMonth effectiveFrom, double amount)
    {
        var entries = Entries.Where(e => e.EffectiveFrom != effectiveFrom).Append(new GrunnbelopEntry(effectiveFrom, amount));
        return FromEntries(entries);
    }

    private static GrunnbelopTable LoadOfficial()
    {
        using var stream = typeof(GrunnbelopTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Load(reader);
    }

    private ValueList<GrunnbelopEntry> BuildEntries()
    {
        var entries = new GrunnbelopEntry[_amounts.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = new GrunnbelopEntry(YearMonth.FromIndex(_monthIndex[i]), _amounts[i]);
        }

        return ValueList.Wrap(entries);
    }
}
