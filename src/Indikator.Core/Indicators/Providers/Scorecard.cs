using Indikator.Core.Indicators.Catalogue;

namespace Indikator.Core.Indicators.Providers;

/// <summary>
/// The scorecard (målkort) of one provider for one indicator, programme and year: the best providers
/// nationally, the national average, the provider's own result and its own previous-year result.
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
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
[Reporting.Notebooks.TypeFormatterSource(typeof(Reporting.Notebooks.NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class Scorecard
{
    private Scorecard(
        IndicatorDefinition definition,
        Programme? programme,
        int year,
        string ownProviderId,
        IndicatorDirection direction,
        IReadOnlyList<ScorecardEntry> top,
        double nationalAverage,
        int providerCount,
        ScorecardEntry? own,
        double? ownPrevious,
        string? note)
    {
        Definition = definition;
        Programme = programme;
        Year = year;
        OwnProviderId = ownProviderId;
        RankingDirection = direction;
        Top = top;
        NationalAverage = nationalAverage;
        ProviderCount = providerCount;
        OwnResult = own?.Value;
        OwnRank = own?.Rank;
        OwnPreviousResult = ownPrevious;
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

    /// <summary>Gets the best providers nationally, best first.</summary>
    public IReadOnlyList<ScorecardEntry> Top { get; }

    /// <summary>Gets the national average: the unweighted mean of all providers' results for the indicator, programme and year.</summary>
    public double NationalAverage { get; }

    /// <summary>Gets the number of providers behind <see cref="NationalAverage"/>.</summary>
    public int ProviderCount { get; }

    /// <summary>Gets the own provider's result, or null when it has none this year.</summary>
    public double? OwnResult { get; }

    /// <summary>Gets the own provider's competition rank, or null when it has no result this year.</summary>
    public int? OwnRank { get; }

    /// <summary>Gets the own provider's result the year before, or null when it has none.</summary>
    public double? OwnPreviousResult { get; }

    /// <summary>Gets whether the indicator may be read as a norm for this programme; false for length of stay and for indicators that are not normative for VTA and TiA.</summary>
    public bool IsNormative => Note is null;

    /// <summary>Gets the warning to show with the scorecard when it is not normative, or null.</summary>
    public string? Note { get; }

    /// <summary>Creates a scorecard from the results of all providers.</summary>
    /// <param name="results">Results for at least the year and, for the previous result, the year before (other indicators, programmes and years are ignored), for example from <see cref="ProviderIndicatorCalculator.ComputeAll"/>.</param>
    /// <param name="indicator">The indicator.</param>
    /// <param name="programme">The programme; required for programme-level indicators, optional (checked, then ignored) for provider-level ones.</param>
    /// <param name="year">The reporting year.</param>
    /// <param name="ownProviderId">The provider the scorecard is for.</param>
    /// <param name="options">The options, or null for the defaults (top five).</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> or <paramref name="ownProviderId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="indicator"/> is not one of the thirteen, or the top count is not positive.</exception>
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

        var current = Ranked(relevant.Where(r => r.Year == year), direction, definition);
        if (current.Count == 0)
        {
            throw new ArgumentException(
                $"No provider has a result for indicator {(int)indicator} '{definition.Id}'{ProgrammeText(resultProgramme)} in {year}.", nameof(results));
        }

        var average = current.Average(e => e.Value);
        var own = current.FirstOrDefault(e => string.Equals(e.ProviderId, ownProviderId, StringComparison.Ordinal));
        var previous = relevant.FirstOrDefault(r => r.Year == year - 1 && string.Equals(r.ProviderId, ownProviderId, StringComparison.Ordinal));
        return new Scorecard(
            definition,
            programme,
            year,
            ownProviderId,
            direction,
            [.. current.Take(options.TopCount)],
            average,
            current.Count,
            own,
            previous?.Value,
            definition.IsNormativeFor(programme) ? null : definition.NormativeNote);
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

    private static List<ScorecardEntry> Ranked(IEnumerable<ProviderIndicatorResult> results, IndicatorDirection direction, IndicatorDefinition definition)
    {
        var sign = direction == IndicatorDirection.LowerIsBetter ? 1.0 : -1.0;
        var ordered = results
            .OrderBy(r => sign * r.Value)
            .ThenBy(r => r.ProviderId, StringComparer.Ordinal)
            .ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<ScorecardEntry>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            if (!seen.Add(ordered[i].ProviderId))
            {
                throw new ArgumentException(
                    $"Provider '{ordered[i].ProviderId}' has two results for indicator '{definition.Id}' in {ordered[i].Year}.", nameof(results));
            }

            // Competition ranking: a tie keeps the rank of the first provider with the same value.
            var rank = i > 0 && ordered[i].Value == ordered[i - 1].Value ? entries[i - 1].Rank : i + 1;
            entries.Add(new ScorecardEntry(rank, ordered[i].ProviderId, ordered[i].Value, ordered[i].Basis));
        }

        return entries;
    }

    private static string ProgrammeText(Programme? programme)
        => programme is { } p ? " for " + ProgrammeNames.Code(p) : string.Empty;
}
