using Indikator.Core.Data;

namespace Indikator.Core.Evaluation;

/// <summary>An office in a trial and the first month it worked the new way.</summary>
/// <param name="Office">The office as labelled in the office column.</param>
/// <param name="Start">The first treated month: person-months of this office from <paramref name="Start"/> on count as
/// treated, those before as pre-trial.</param>
/// <remarks>This type is immutable and thread safe.</remarks>
public sealed record TrialOffice(string Office, YearMonth Start);
