namespace Indikator.Core.Indicators.Work;

/// <summary>A point of the funnel-plot control limits around the national value as a function of size.</summary>
/// <param name="PersonMonths">The size n (person-months).</param>
/// <param name="Lower95">Lower 95 percent limit.</param>
/// <param name="Upper95">Upper 95 percent limit.</param>
/// <param name="Lower998">Lower 99.8 percent limit.</param>
/// <param name="Upper998">Upper 99.8 percent limit.</param>
/// <remarks>This record is immutable and thread safe.</remarks>
public sealed record FunnelPoint(double PersonMonths, double Lower95, double Upper95, double Lower998, double Upper998);
