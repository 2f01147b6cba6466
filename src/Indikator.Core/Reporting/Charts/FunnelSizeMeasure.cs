namespace Indikator.Core.Reporting.Charts;

/// <summary>What the size axis of a <see cref="FunnelPlot"/> counts; it names the axis and the unit in tooltips in both report languages.</summary>
public enum FunnelSizeMeasure
{
    /// <summary>Distinct persons ("Number of persons", "Antall personer").</summary>
    Persons,

    /// <summary>Person-months: one per person and measurement month ("Person-months", "Personmåneder"); the size of the work indicators.</summary>
    PersonMonths,
}
