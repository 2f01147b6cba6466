using Indikator.Core.Indicators;
using Indikator.Core.Data;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Synthetic;

namespace Indikator.Cli;

/// <summary>
/// NAV-like priority groups (prioriterte grupper, Meld. St. 33 (2023-2024), box 7.2) on the synthetic panel's columns,
/// for the demo: under 30, immigrants from outside the EEA, reduced work capacity, and registered 12 months or more.
/// docs/configuration.md shows the same groups in a job file.
/// </summary>
internal static class NavPriorityGroups
{
    /// <summary>The level name of the priority groups in tables and file names.</summary>
    public const string LevelName = "priority_group";

    /// <summary>The groups whose columns the panel has (immigrants from outside the EEA need <see cref="ColumnNames.ImmigrantOrigin"/>).</summary>
    public static WorkUnitLevel For(PersonMonthPanel panel)
    {
        var groups = new List<PriorityGroup>
        {
            new("Under 30 år", GroupCondition.Compare(ColumnNames.Age, GroupOperator.LessThan, 30)),
        };
        if (panel.TryGetCategorical(ColumnNames.ImmigrantOrigin, out _))
        {
            groups.Add(new("Innvandrere utenfor EØS", GroupCondition.OneOf(ColumnNames.ImmigrantOrigin, "utenfor_eos")));
        }

        groups.Add(new("Nedsatt arbeidsevne", GroupCondition.OneOf(ColumnNames.Status, "nedsatt_arbeidsevne")));
        groups.Add(new("Registrert 12 måneder eller mer", GroupCondition.Compare(ColumnNames.MonthsSinceRegistration, GroupOperator.AtLeast, 12)));
        return WorkUnitLevel.PriorityGroups(LevelName, [.. groups]);
    }
}
