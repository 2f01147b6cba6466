using Indikator.Core.Internal;

namespace Indikator.Core.Outcomes;

/// <summary>One breakdown level of the legacy measure.</summary>
/// <param name="Levels">The level of each group-by column, in the order given; null where the value is missing.</param>
/// <param name="Exits">The number of exits.</param>
/// <param name="Employed">The number employed at the end of t+6.</param>
/// <param name="Share">Employed / exits, in [0, 1].</param>
/// <remarks>This type is immutable and thread safe.</remarks>
public sealed record TransitionShareRow(IReadOnlyList<string?> Levels, int Exits, int Employed, double Share)
{
    /// <summary>Gets the level of each group-by column, a copy of the list given; rows with equal levels and counts are
    /// equal.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public IReadOnlyList<string?> Levels { get; init => field = ValueList.Of(value); } = ValueList.Of(Levels, nameof(Levels));
}
