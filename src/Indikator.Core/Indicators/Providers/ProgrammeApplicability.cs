using Indikator.Core.Indicators.Catalogue;
using Indikator.Core.Internal;

namespace Indikator.Core.Indicators.Providers;

/// <summary>
/// Which provider indicators apply to a programme code from the data: the benchmarking report's table for its six
/// programmes (<see cref="IndicatorDefinition.ApplicableProgrammes"/>), and for any other code (today's AFT, IPS,
/// oppfølging, lønnstilskudd, ...) "not applicable" unless the user says which indicators apply.
/// </summary>
/// <remarks>
/// <para>Source: the working group's report on benchmarking of programme providers, section 1 and the table
/// «Forslag til indikatorer per tiltak», which covers VTA, TiA, Avklaring, APS, KiA and AB only. Programmes created
/// since have no row there, so the library does not guess one: <see cref="With"/> gives a code its own list, for
/// example <c>ProgrammeApplicability.Benchmarking.With("AFT", ...)</c> with the indicators of APS and KiA, which AFT replaced.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public sealed class ProgrammeApplicability
{
    private readonly Dictionary<string, ProviderIndicator[]> _given;

    private ProgrammeApplicability(Dictionary<string, ProviderIndicator[]> given) => _given = given;

    /// <summary>Gets the report's table for its six programmes; every other code is not applicable.</summary>
    public static ProgrammeApplicability Benchmarking { get; } = new(new Dictionary<string, ProviderIndicator[]>(StringComparer.OrdinalIgnoreCase));

    /// <summary>Gets the programme codes given their own applicability, in no particular order.</summary>
    public IReadOnlyCollection<string> GivenCodes => _given.Keys;

    /// <summary>Returns a copy in which <paramref name="code"/> has the given indicators (replacing the report's row when the code is one of the six).</summary>
    /// <param name="code">The programme code as in the data (compared without regard to case).</param>
    /// <param name="indicators">The provider indicators that apply to it; none means that no indicator applies.</param>
    /// <returns>The new applicability.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="indicators"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty, or an indicator is not a defined provider indicator (named in the message).</exception>
    public ProgrammeApplicability With(string code, params ProviderIndicator[] indicators)
    {
        Guard.NotEmpty(code);
        Guard.NotNull(indicators);
        foreach (var indicator in indicators)
        {
            if (indicator == ProviderIndicator.None || !Enum.IsDefined(indicator))
            {
                throw new ArgumentException($"Programme '{code}': {indicator} is not a provider indicator.", nameof(indicators));
            }
        }

        var given = new Dictionary<string, ProviderIndicator[]>(_given, StringComparer.OrdinalIgnoreCase) { [code.Trim()] = [.. indicators.Distinct()] };
        return new ProgrammeApplicability(given);
    }

    /// <summary>Returns whether <paramref name="indicator"/> applies to the programme <paramref name="code"/>.</summary>
    /// <param name="indicator">The provider indicator.</param>
    /// <param name="code">The programme code as in the data.</param>
    /// <returns>True when a given list contains it, or, without one, when the code is one of the six and the report's table says so; false otherwise.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public bool AppliesTo(ProviderIndicator indicator, string code) => NotApplicableReason(indicator, code) is null;

    /// <summary>Explains why <paramref name="indicator"/> does not apply to <paramref name="code"/>, for a "not applicable" cell or message.</summary>
    /// <param name="indicator">The provider indicator.</param>
    /// <param name="code">The programme code as in the data.</param>
    /// <returns>Null when it applies; otherwise a sentence naming the code, the indicator and where the rule comes from.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public string? NotApplicableReason(ProviderIndicator indicator, string code)
    {
        Guard.NotNull(code);
        var definition = IndicatorCatalogue.Get(indicator);
        var name = $"indicator {(int)indicator} '{definition.Id}'";
        if (_given.TryGetValue(code.Trim(), out var given))
        {
            return given.Contains(indicator) ? null : $"Not applicable: {name} is not among the indicators given for programme '{code}'.";
        }

        if (ProgrammeNames.TryParse(code, out var programme))
        {
            return definition.AppliesTo(programme)
                ? null
                : $"Not applicable: the benchmarking report does not define {name} for {ProgrammeNames.Code(programme)}; it applies to {string.Join(", ", definition.ApplicableProgrammes.Select(ProgrammeNames.Code))}.";
        }

        return $"Not applicable: '{code}' is not one of the six programmes of the benchmarking report ({string.Join(", ", ProgrammeNames.All.Select(ProgrammeNames.Code))}); give its indicators with ProgrammeApplicability.With.";
    }
}
