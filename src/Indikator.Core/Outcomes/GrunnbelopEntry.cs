using Indikator.Core.Data;

namespace Indikator.Core.Outcomes;

/// <summary>One amount of the basic amount G and the first month it is in force.</summary>
/// <param name="EffectiveFrom">The first month in force (normally May: G is adjusted on 1 May).</param>
/// <param name="Amount">The amount in NOK per year.</param>
/// <remarks>This type is an immutable value type and is thread safe.</remarks>
public readonly record struct GrunnbelopEntry(YearMonth EffectiveFrom, double Amount);
