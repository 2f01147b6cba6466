namespace Indikator.Core.Reporting.Charts;

/// <summary>One unit in a <see cref="FunnelPlot"/>: its label, its size (x) and its value (y).</summary>
/// <param name="Label">The unit's name, such as an office.</param>
/// <param name="Size">The unit's size, the x coordinate: a number of persons or of person-months, as the plot's <see cref="FunnelPlot.SizeMeasure"/> says.</param>
/// <param name="Value">The unit's value, such as its NAV contribution or share; the y coordinate.</param>
/// <param name="Persons">The number of distinct persons behind the value, shown in the tooltip beside a size in
/// person-months; null when unknown or when the size already counts persons.</param>
/// <remarks>The type is an immutable value and safe to share between threads.</remarks>
public readonly record struct FunnelChartPoint(string Label, double Size, double Value, int? Persons = null);
