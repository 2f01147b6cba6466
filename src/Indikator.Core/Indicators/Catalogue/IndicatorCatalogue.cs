using System.Collections.Frozen;
using Indikator.Core.Indicators.Providers;

namespace Indikator.Core.Indicators.Catalogue;

/// <summary>
/// Every indicator the library knows, as immutable <see cref="IndicatorDefinition"/> records: the
/// four outcomes of the new work indicator (<c>jobb3</c>, <c>atid3</c>, <c>jobb12</c>, <c>atid12</c>),
/// the legacy six-month measure (<c>arbeid6mnd</c>) and the thirteen provider quality indicators.
/// </summary>
/// <remarks>
/// <para>Sources: Meld. St. 33 (2023–2024) box 7.2 and NAV's published description of
/// arbeidsindikatoren; NAV's statistics "overgang til arbeid og stønad"; the working-group report on
/// benchmarking of programme providers (sections 4.1-4.12 and the table "Forslag til indikatorer per
/// tiltak"). <c>docs/indicators.md</c> lists the same definitions.</para>
/// <para>This type is immutable and thread safe.</para>
/// </remarks>
public static partial class IndicatorCatalogue
{
    private static readonly IReadOnlyList<IndicatorDefinition> AllDefinitions = [.. WorkDefinitions(), .. ProviderDefinitions()];

    private static readonly FrozenDictionary<string, IndicatorDefinition> ById =
        AllDefinitions.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>Gets every definition: work indicators, the legacy measure, then provider indicators 1-13.</summary>
    public static IReadOnlyList<IndicatorDefinition> All => AllDefinitions;

    /// <summary>Gets every id, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Ids { get; } = [.. AllDefinitions.Select(d => d.Id)];

    /// <summary>Returns the definition with the id <paramref name="id"/> (exact, case-sensitive).</summary>
    /// <param name="id">The id, for example <c>jobb3</c>.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="IndicatorNotFoundException">No indicator has this id; the message lists the known ids.</exception>
    public static IndicatorDefinition Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ById.TryGetValue(id, out var definition)
            ? definition
            : throw new IndicatorNotFoundException(id, Ids);
    }

    /// <summary>Looks up the definition with the id <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <param name="definition">The definition when found.</param>
    /// <returns>True when found.</returns>
    public static bool TryGet(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IndicatorDefinition? definition)
    {
        if (id is null)
        {
            definition = null;
            return false;
        }

        return ById.TryGetValue(id, out definition);
    }

    /// <summary>Returns the definition of provider indicator <paramref name="indicator"/>.</summary>
    /// <param name="indicator">The provider indicator.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="indicator"/> is <see cref="ProviderIndicator.None"/> or undefined.</exception>
    public static IndicatorDefinition Get(ProviderIndicator indicator)
    {
        var number = (int)indicator;
        if (number is < 1 or > 13)
        {
            throw new ArgumentOutOfRangeException(nameof(indicator), indicator, "The value is not one of the thirteen provider indicators.");
        }

        return AllDefinitions[AllDefinitions.Count - 13 + number - 1];
    }

    /// <summary>Returns the definitions of one group, in catalogue order.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The definitions.</returns>
    public static IReadOnlyList<IndicatorDefinition> InGroup(IndicatorGroup group)
        => [.. AllDefinitions.Where(d => d.Group == group)];

    private static System.Collections.ObjectModel.ReadOnlyCollection<Programme> Programmes(params Programme[] programmes) => Array.AsReadOnly(programmes);

    private static IReadOnlyList<Programme> AllProgrammes() => ProgrammeNames.All;
}
