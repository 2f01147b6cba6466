namespace Indikator.Core.Evaluation;

/// <summary>A control office of a trial office and how close it was on the matching features.</summary>
/// <param name="TrialOffice">The trial office.</param>
/// <param name="ControlOffice">The control office.</param>
/// <param name="Distance">The standardized Euclidean distance on pre-trial level, trend and size; NaN for a control
/// given by the caller.</param>
/// <param name="Level">The control's pre-trial mean risk-adjusted outcome (NaN for a given control).</param>
/// <param name="Trend">The control's pre-trial slope of the monthly means, per month (NaN for a given control).</param>
/// <param name="PersonMonthsPerMonth">The control's mean person-months per month before the start (NaN for a given control).</param>
/// <remarks>This type is immutable and thread safe.</remarks>
public sealed record MatchedControl(string TrialOffice, string ControlOffice, double Distance, double Level, double Trend, double PersonMonthsPerMonth);
