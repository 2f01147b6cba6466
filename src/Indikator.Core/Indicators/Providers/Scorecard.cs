using Indikator.Core.Internal;
using Indikator.Core.Indicators.Catalogue;
using Indikator.Core.Indicators.Disclosure;

namespace Indikator.Core.Indicators.Providers;

/// <summary>
/// The scorecard (målkort) of one provider for one indicator, programme and year: the best providers
/// nationally, the national average, the provider's own result and its own previous result (its latest earlier
/// measurement), with disclosure control.
/// </summary>
/// <remarks>
/// <para>Source: the working-group report, section 4.12 ("the results of the three or five providers
/// that do best in the country, the national average, the result for the own provider and the previous
/// measurement for the own provider").</para>
/// <para>National average: the unweighted mean of the providers' results (each provider counts once),
/// as in the report's example scorecard, whose indicator (a count of partners per provider) has no
/// pooled form. It is therefore a benchmark among providers, not a mean over participants.</para>
/// <para>Ranking: by value in the indicator's direction (lower is better for times to placement); ties
/// are broken by provider id in ordinal order, and tied values share a competition rank. The top list is
/// cut at exactly <see cref="ScorecardOptions.TopCount"/> entries.</para>
/// <para>Previous result: the provider's latest earlier measurement, the result in the latest year before the reporting
/// year that has one (not only the year before: the report's "the previous measurement for the own provider").</para>
/// <para>Disclosure control (docs/disclosure-control.md): for results that describe persons
/// (<see cref="ProviderIndicatorResult.Persons"/>), each year's results form a one-way table of persons per provider whose
/// margin is the national average. <see cref="DisclosureControl"/> suppresses providers with fewer than
/// <see cref="ScorecardOptions.MinimumPersons"/> persons (primary) and, where exactly one would be hidden, the next smallest
/// (secondary), so the national average cannot reveal a hidden result by subtraction. A suppressed result is shown nowhere:
/// not in the top list, not as the own result, not as a previous result; ranks count published results only, so a gap in
/// the ranks does not betray a hidden provider.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
[Reporting.Notebooks.TypeFormatterSource(typeof(Reporting.Notebooks.NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class Scorecard
{
    private readonly Dictionary<string, ScorecardPrevious> _previous;

    private Scorecard(
        IndicatorDefinition definition,
        Programme? programme,
        int year,
        string ownProviderId,
        IndicatorDirection direction,
        IReadOnlyList<ScorecardEntry> top,
        double nationalAverage,
        int providerCount,
        int suppressedCount,
        ScorecardEntry? own,
        bool ownSuppressed,
        Dictionary<string, ScorecardPrevious> previous,
        string? note)
    {
        _previous = previous;
        Definition = definition;
        Programme = programme;
        Year = year;
        OwnProviderId = ownProviderId;
        RankingDirection = direction;
        Top = ValueList.Of(top);
        NationalAverage = nationalAverage;
        ProviderCount = providerCount;
        SuppressedProviderCount = suppressedCount;
        OwnResult = own?.Value;
        OwnRank = own?.Rank;
        IsOwnResultSuppressed = ownSuppressed;
        OwnPrevious = PreviousOf(ownProviderId);
        Note = note;
    }

    /// <summary>Gets the indicator's catalogue definition.</summary>
    public IndicatorDefinition Definition { get; }

    /// <summary>Gets the indicator.</summary>
    public ProviderIndicator Indicator => (ProviderIndicator)Definition.ProviderNumber!.Value;

    /// <summary>Gets the programme, or null for a provider-level indicator asked without one.</summary>
    public Programme? Programme { get; }

    /// <summary>Gets the reporting year.</summary>
    public int Year { get; }

    /// <summary>Gets the provider the scorecard is for.</summary>
    public string OwnProviderId { get; }

    /// <summary>Gets the direction used for ranking.</summary>
    public IndicatorDirection RankingDirection { get; }

    /// <summary>Gets the best providers nationally among the published results, best first; suppressed results are never listed.</summary>
    public IReadOnlyList<ScorecardEntry> Top { get; }

    /// <summary>Gets the national average: the unweighted mean of all providers' results for the indicator, programme and year (suppressed ones included), or <see cref="double.NaN"/> when <see cref="IsNationalAverageSuppressed"/>.</summary>
    public double NationalAverage { get; }

    /// <summary>Gets whether the national average is withheld because all providers together describe fewer persons than the minimum.</summary>
    public bool IsNationalAverageSuppressed => double.IsNaN(NationalAverage);

    /// <summary>Gets the number of providers behind <see cref="NationalAverage"/>.</summary>
    public int ProviderCount { get; }

    /// <summary>Gets how many of the <see cref="ProviderCount"/> providers' results are suppressed (primary and secondary) this year.</summary>
    public int SuppressedProviderCount { get; }

    /// <summary>Gets the own provider's result, or null when it has none this year or it is suppressed (see <see cref="IsOwnResultSuppressed"/>).</summary>
    public double? OwnResult { get; }

    /// <summary>Gets the own provider's competition rank among the published results, or null when it has no published result this year.</summary>
    public int? OwnRank { get; }

    /// <summary>Gets whether the own provider has a result this year that is suppressed.</summary>
    public bool IsOwnResultSuppressed { get; }

    /// <summary>Gets the own provider's latest earlier measurement (the latest year before <see cref="Year"/> with a result), or null when it has none.</summary>
    public ScorecardPrevious? OwnPrevious { get; }

    /// <summary>Gets the own provider's previous result (<see cref="OwnPrevious"/>), or null when it has none or it is suppressed.</summary>
    public double? OwnPreviousResult => OwnPrevious?.Value;

    /// <summary>Gets whether the indicator may be read as a norm for this programme; false for length of stay and for indicators that are not normative for VTA and TiA.</summary>
    public bool IsNormative => Note is null;

    /// <summary>Gets the warning to show with the scorecard when it is not normative, or null.</summary>
    public string? Note { get; }

    /// <summary>Returns a provider's latest earlier measurement: its result in the latest year before <see cref="Year"/> that has one, suppressed as that year's table is.</summary>
    /// <param name="providerId">The provider.</param>
    /// <returns>The previous measurement, or null when the provider has no earlier result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="providerId"/> is null.</exception>
    public ScorecardPrevious? PreviousOf(string providerId)
    {
        ArgumentNullException.ThrowIfNull(providerId);
        return _previous.TryGetValue(providerId, out var previous) ? previous : null;
    }

    /// <summary>Creates a scorecard from the results of all providers.</summary>
    /// <param name="results">Results for at least the year and, for the previous results, earlier years (other indicators and programmes, and later years, are ignored), for example from <see cref="ProviderIndicatorCalculator.ComputeAll"/>.</param>
    /// <param name="indicator">The indicator.</param>
    /// <param name="programme">The programme; required for programme-level indicators, optional (checked, then ignored) for provider-level ones.</param>
    /// <param name="year">The reporting year.</param>
    /// <param name="ownProviderId">The provider the scorecard is for.</param>
    /// <param name="options">The options, or null for the defaults (top five).</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> or <paramref name="ownProviderId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="indicator"/> is not one of the thirteen, the top count is not positive, or the minimum persons is less than 1.</exception>
    /// <exception cref="IndicatorNotApplicableException">The indicator does not apply to the programme.</exception>
    /// <exception cref="ArgumentException">The programme is missing for a programme-level indicator; a not-normative indicator has no ranking direction in the options; a result is null or not finite; a provider has two results; or no provider has a result for the year.</exception>
    public static Scorecard Create(
        IEnumerable<ProviderIndicatorResult> results,
        ProviderIndicator indicator,
        Programme? programme,
        int year,
        string ownProviderId,
        ScorecardOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(ownProviderId);
        options ??= new ScorecardOptions();
        if (options.TopCount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.TopCount, "ScorecardOptions.TopCount must be positive.");
        }

        if (options.MinimumPersons < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MinimumPersons, "ScorecardOptions.MinimumPersons must be at least 1 (1 suppresses nothing).");
        }

        var definition = IndicatorCatalogue.Get(indicator);
        Programme? resultProgramme = null;
        if (programme is { } p)
        {
            IndicatorNotApplicableException.ThrowIfNotApplicable(indicator, p);
            resultProgramme = definition.Level == ReportingLevel.Provider ? null : p;
        }
        else if (definition.Level == ReportingLevel.ProviderProgramme)
        {
            throw new ArgumentException($"Indicator {(int)indicator} '{definition.Id}' is reported per programme; give the programme.", nameof(programme));
        }

        var direction = Direction(definition, options);
        var relevant = new List<ProviderIndicatorResult>();
        var index = 0;
        foreach (var result in results)
        {
            if (result is null || !double.IsFinite(result.Value))
            {
                throw new ArgumentException(
                    $"results[{index}] is {(result is null ? "null" : "not a finite number")}; give only computed results.", nameof(results));
            }

            if (result.Indicator == indicator && result.Programme == resultProgramme)
            {
                relevant.Add(result);
            }

            index++;
        }

        var thisYear = relevant.Where(r => r.Year == year).ToList();
        if (thisYear.Count == 0)
        {
            throw new ArgumentException(
                $"No provider has a result for indicator {(int)indicator} '{definition.Id}'{ProgrammeText(resultProgramme)} in {year}.", nameof(results));
        }

        CheckUnique(relevant, definition);
        var hidden = Hidden(thisYear, options.MinimumPersons, out var averageHidden);
        var current = Ranked(thisYear.Where(r => !hidden.Contains(r.ProviderId)), direction);
        var average = averageHidden ? double.NaN : thisYear.Average(r => r.Value);
        var own = current.FirstOrDefault(e => string.Equals(e.ProviderId, ownProviderId, StringComparison.Ordinal));
        return new Scorecard(
            definition,
            programme,
            year,
            ownProviderId,
            direction,
            [.. current.Take(options.TopCount)],
            average,
            thisYear.Count,
            hidden.Count,
            own,
            hidden.Contains(ownProviderId),
            Previous(relevant, year, options.MinimumPersons),
            definition.IsNormativeFor(programme) ? null : definition.NormativeNote);
    }

    /// <summary>The providers whose result this year is suppressed: primary below the minimum persons, secondary so that the national average (a margin over all providers) does not reveal one.</summary>
    private static HashSet<string> Hidden(List<ProviderIndicatorResult> year, int minimumPersons, out bool averageHidden)
    {
        var hidden = new HashSet<string>(StringComparer.Ordinal);
        averageHidden = false;
        var counted = year.Where(r => r.Persons is not null).ToList();
        if (counted.Count == 0)
        {
            return hidden;
        }

        // A result without a persons count (made by hand) among counted ones is published; a count far above any real one
        // keeps it from being picked for secondary suppression before a counted result.
        var table = CountTable.OneWay(year.Select(r => new KeyValuePair<string, int>(r.ProviderId, r.Persons ?? int.MaxValue / (year.Count + 1))), withTotal: true);
        var control = DisclosureControl.Suppress(table, new SuppressionOptions { MinimumCount = minimumPersons });
        foreach (var r in year)
        {
            if (!control.Cell(string.Empty, r.ProviderId).IsPublished)
            {
                hidden.Add(r.ProviderId);
            }
        }

        averageHidden = !control.RowTotal(string.Empty).IsPublished;
        return hidden;
    }

    /// <summary>Each provider's latest earlier measurement, suppressed as its own year's table is.</summary>
    private static Dictionary<string, ScorecardPrevious> Previous(List<ProviderIndicatorResult> relevant, int year, int minimumPersons)
    {
        var latest = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in relevant)
        {
            if (r.Year < year && (!latest.TryGetValue(r.ProviderId, out var y) || r.Year > y))
            {
                latest[r.ProviderId] = r.Year;
            }
        }

        var previous = new Dictionary<string, ScorecardPrevious>(StringComparer.Ordinal);
        foreach (var earlier in latest.Values.Distinct().Order())
        {
            var results = relevant.Where(r => r.Year == earlier).ToList();
            var hidden = Hidden(results, minimumPersons, out _);
            foreach (var r in results)
            {
                if (latest[r.ProviderId] == earlier)
                {
                    previous[r.ProviderId] = new ScorecardPrevious(earlier, hidden.Contains(r.ProviderId) ? null : r.Value);
                }
            }
        }

        return previous;
    }

    private static void CheckUnique(List<ProviderIndicatorResult> results, IndicatorDefinition definition)
    {
        var seen = new HashSet<(string, int)>();
        foreach (var r in results)
        {
            if (!seen.Add((r.ProviderId, r.Year)))
            {
                throw new ArgumentException($"Provider '{r.ProviderId}' has two results for indicator '{definition.Id}' in {r.Year}.", nameof(results));
            }
        }
    }

    private static IndicatorDirection Direction(IndicatorDefinition definition, ScorecardOptions options)
    {
        if (definition.Direction != IndicatorDirection.NotNormative)
        {
            return definition.Direction;
        }

        return options.RankingDirection is IndicatorDirection.HigherIsBetter or IndicatorDirection.LowerIsBetter
            ? options.RankingDirection.Value
            : throw new ArgumentException(
                $"Indicator '{definition.Id}' is not normative (no better direction); set ScorecardOptions.RankingDirection to HigherIsBetter or LowerIsBetter to rank it.",
                nameof(options));
    }

    private static List<ScorecardEntry> Ranked(IEnumerable<ProviderIndicatorResult> results, IndicatorDirection direction)
    {
        var sign = direction == IndicatorDirection.LowerIsBetter ? 1.0 : -1.0;
        var ordered = results
            .OrderBy(r => sign * r.Value)
            .ThenBy(r => r.ProviderId, StringComparer.Ordinal)
            .ToList();
        var entries = new List<ScorecardEntry>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            // Competition ranking: a tie keeps the rank of the first provider with the same value.
            var rank = i > 0 && ordered[i].Value == ordered[i - 1].Value ? entries[i - 1].Rank : i + 1;
            entries.Add(new ScorecardEntry(rank, ordered[i].ProviderId, ordered[i].Value, ordered[i].Basis));
        }

        return entries;
    }

    private static string ProgrammeText(Programme? programme)
        => programme is { } p ? " for " + ProgrammeNames.Code(p) : string.Empty;
}
