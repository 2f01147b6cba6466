using Indikator.Core.Indicators;
namespace Indikator.Core.Synthetic;

/// <summary>The true effect of one office, on the employment probability and on the four outcomes.</summary>
/// <param name="Code">The office's code in the <see cref="ColumnNames.Office"/> column.</param>
/// <param name="Name">The office name.</param>
/// <param name="Region">The NAV region.</param>
/// <param name="LabourMarketRegion">The labour-market region.</param>
/// <param name="SizeShare">The expected share of new users.</param>
/// <param name="StockPersonMonths">The office's rows in the stock panel (the centring weights).</param>
/// <param name="CompositionIndex">How hard to place the office's users are (standard normal scale; higher means more users in high need categories, with less prior work).</param>
/// <param name="Effect">The effect u on the monthly probability of any work, centred so that the mean weighted by <paramref name="StockPersonMonths"/> is zero.</param>
/// <param name="Jobb3Effect">The implied effect on <c>jobb3</c>: q * u.</param>
/// <param name="Atid3Effect">The implied effect on <c>atid3</c> (weekly hours): m * u.</param>
/// <param name="Jobb12Effect">The implied effect on <c>jobb12</c>: q * u.</param>
/// <param name="Atid12Effect">The implied effect on <c>atid12</c>: m * u.</param>
/// <remarks>This record is immutable and thread safe.</remarks>
public sealed record SyntheticOfficeTruth(
    int Code,
    string Name,
    string Region,
    string LabourMarketRegion,
    double SizeShare,
    long StockPersonMonths,
    double CompositionIndex,
    double Effect,
    double Jobb3Effect,
    double Atid3Effect,
    double Jobb12Effect,
    double Atid12Effect);
