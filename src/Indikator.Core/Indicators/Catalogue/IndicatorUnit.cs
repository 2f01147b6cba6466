namespace Indikator.Core.Indicators.Catalogue;

/// <summary>The unit in which an indicator is reported.</summary>
/// <remarks>This enumeration is immutable and thread safe.</remarks>
public enum IndicatorUnit
{
    /// <summary>A share between 0 and 1 (for example the share of persons in work).</summary>
    Share = 0,

    /// <summary>A percentage between 0 and 100.</summary>
    Percent = 1,

    /// <summary>Hours per week.</summary>
    HoursPerWeek = 2,

    /// <summary>Days (training days of 7.5 hours per staff member per year).</summary>
    Days = 3,

    /// <summary>An integer count.</summary>
    Count = 4,

    /// <summary>Weeks.</summary>
    Weeks = 5,

    /// <summary>A mean score on the six-point scale 1 (to a very small degree) to 6 (to a very large degree).</summary>
    Score1To6 = 6,
}
