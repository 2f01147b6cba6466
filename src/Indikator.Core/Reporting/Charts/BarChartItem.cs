namespace Indikator.Core.Reporting.Charts;

/// <summary>One bar of a <see cref="BarChart"/>: a label, its value and optionally its previous value.</summary>
/// <param name="Label">The bar's label, such as a provider's name.</param>
/// <param name="Value">The current value.</param>
/// <param name="Previous">The previous result, drawn as a marker; null when there is none.</param>
/// <remarks>The type is an immutable value and safe to share between threads.</remarks>
public readonly record struct BarChartItem(string Label, double Value, double? Previous = null);
