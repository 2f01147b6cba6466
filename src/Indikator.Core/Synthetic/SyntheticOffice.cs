using Indikator.Core.Indicators;
namespace Indikator.Core.Synthetic;

/// <summary>A synthetic NAV office and where it lies.</summary>
/// <param name="Code">The office's code in the <see cref="ColumnNames.Office"/> column (0..249).</param>
/// <param name="Name">The office name, for example <c>Oslo 03</c>.</param>
/// <param name="Region">The NAV region.</param>
/// <param name="LabourMarketRegion">The labour-market region, for example <c>BAR-017</c>.</param>
/// <param name="SizeShare">The office's expected share of new users (sums to 1 over offices).</param>
/// <remarks>This record is immutable and thread safe.</remarks>
public sealed record SyntheticOffice(int Code, string Name, string Region, string LabourMarketRegion, double SizeShare);
