using Indikator.Core.Data;
using Indikator.Core.Indicators.Disclosure;

namespace Indikator.Core.Indicators.Work;

/// <summary>One published row of a work-indicator table: a unit in a month, or pooled over all months.</summary>
/// <param name="Unit">The unit (office, region, ..., a crossed unit such as <c>Oslo 01 / standard</c>, or <see cref="WorkUnitLevel.CountryUnit"/>); <see cref="WorkIndicatorTable.Labels"/> splits a crossed unit into its categories.</param>
/// <param name="Month">The measurement month, or null for the pooled row over all months.</param>
/// <param name="Status">Whether the row is published or suppressed (primary or secondary).</param>
/// <param name="Persons">Distinct persons; null when suppressed.</param>
/// <param name="PersonMonths">Person-months (stock rows with an observed outcome); null when suppressed.</param>
/// <param name="Actual">Mean actual outcome; null when suppressed.</param>
/// <param name="Expected">Mean expected outcome (actual minus contribution); null when suppressed.</param>
/// <param name="Contribution">The contribution (NAV-bidraget), actual minus expected; null when suppressed.</param>
/// <param name="StandardError">Standard error of the contribution (clustered by person, with the model's uncertainty); null when suppressed.</param>
/// <param name="Lower">Lower confidence limit; null when suppressed.</param>
/// <param name="Upper">Upper confidence limit; null when suppressed.</param>
/// <param name="RelativeContribution">The contribution divided by the national mean actual outcome of the same month (or pooled); null when suppressed.</param>
/// <remarks>Suppressed values are null, never zero. This record is immutable and thread safe.</remarks>
public sealed record WorkIndicatorRow(
    string Unit,
    YearMonth? Month,
    SuppressionStatus Status,
    int? Persons,
    int? PersonMonths,
    double? Actual,
    double? Expected,
    double? Contribution,
    double? StandardError,
    double? Lower,
    double? Upper,
    double? RelativeContribution);
