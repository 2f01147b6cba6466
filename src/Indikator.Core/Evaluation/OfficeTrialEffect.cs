using Indikator.Core.Data;
using Indikator.Core.Internal;

namespace Indikator.Core.Evaluation;

/// <summary>One trial office's effect against its own controls.</summary>
/// <param name="Office">The trial office.</param>
/// <param name="Start">Its start month.</param>
/// <param name="Effect">The difference-in-differences of the office against its controls, with intervals from the
/// two-way CR2 covariance by person and by office x month and t with the office's cells - 1 degrees of freedom
/// (docs/evaluation.md, "Per office").</param>
/// <param name="Verdict">Better, worse, or as good as the controls, from the interval.</param>
/// <remarks>This type is immutable and thread safe.</remarks>
public sealed record OfficeTrialEffect(string Office, YearMonth Start, TrialEffect Effect, TrialVerdict Verdict)
{
    /// <summary>Gets the control offices it was compared with.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<string> Controls { get; init => field = ValueList.Of(value); } = ValueList<string>.Empty;
}
