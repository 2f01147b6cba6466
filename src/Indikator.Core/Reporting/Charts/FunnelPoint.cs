namespace Indikator.Core.Reporting.Charts;

/// <summary>One unit in a <see cref="FunnelPlot"/>: its label, its number of persons (x) and its value (y).</summary>
/// <param name="Label">The unit's name, such as an office.</param>
/// <param name="Persons">The number of persons behind the value; the x coordinate.</param>
/// <param name="Value">The unit's value, such as its NAV contribution or share; the y coordinate.</param>
/// <remarks>The type is an immutable value and safe to share between threads.</remarks>
public readonly record struct FunnelPoint(string Label, double Persons, double Value);
