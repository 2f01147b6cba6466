namespace Indikator.Core.Indicators.Catalogue;

/// <summary>How the observations behind an indicator are combined into one value.</summary>
/// <remarks>This enumeration is immutable and thread safe.</remarks>
public enum AggregationRule
{
    /// <summary>Mean over the person-months of the unit's stock in the measurement month (actual, expected, and actual minus expected).</summary>
    MeanOverPersonMonths = 0,

    /// <summary>Share of an exit cohort with the outcome.</summary>
    ShareOfExitCohort = 1,

    /// <summary>Mean over all answers to all questions; answers outside the scale (NAV survey 7 = don't know) excluded.</summary>
    MeanOfAnswers = 2,

    /// <summary>Total over counted staff divided by the number of counted staff.</summary>
    MeanPerStaffMember = 3,

    /// <summary>A count of qualifying units (not persons).</summary>
    Count = 4,

    /// <summary>Percent of the programme's participants in the year.</summary>
    PercentOfParticipants = 5,

    /// <summary>Percent of yes/no sub-indicators answered yes.</summary>
    PercentOfYesAnswers = 6,

    /// <summary>Percent of the participants who ended the programme in the year (leavers).</summary>
    PercentOfLeavers = 7,

    /// <summary>Mean over the leavers of the year to whom the measure applies.</summary>
    MeanOverLeavers = 8,
}
