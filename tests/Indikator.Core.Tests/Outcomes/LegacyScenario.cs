using Indikator.Core.Data;
using Indikator.Core.Outcomes;
using static Indikator.Core.Tests.Outcomes.OutcomeData;

namespace Indikator.Core.Tests.Outcomes;

/// <summary>Builds hand-made status histories with matching stock rows and employment for the legacy measure.</summary>
internal sealed class LegacyScenario
{
    public static readonly string[] Programmes = ["Avklaring", "AB"];

    private readonly List<(long Person, string Month, RegisterStatus Status, int Programme, bool Benefit)> _status = [];
    private readonly List<(long Person, string Month, double Age, string Office)> _stock = [];
    private readonly List<(long Person, string Month, double Hours)> _jobs = [];

    /// <summary>Registers the person in every month from..to, with a stock row for each month.</summary>
    public LegacyScenario Registered(
        long person, string from, string to, RegisterStatus status, int programme = Indikator.Core.Data.StatusRecords.NoProgramme, bool benefit = true, double age = 30, string office = "A")
    {
        foreach (var month in Months(from, to))
        {
            _status.Add((person, month, status, programme, benefit));
            _stock.Add((person, month, age, office));
        }

        return this;
    }

    public LegacyScenario Job(long person, string month, double hours)
    {
        _jobs.Add((person, month, hours));
        return this;
    }

    public LegacyTransitionResult Run(LegacyTransitionOptions? options = null)
        => LegacyTransition.Compute(StockPanel(), StatusRecords(), Jobs([.. _jobs]), options ?? new LegacyTransitionOptions(M("2024-12"), "age"));

    public PersonMonthPanel StockPanel() => Stock([.. _stock]);

    public Indikator.Core.Data.StatusRecords StatusRecords() => Statuses(Programmes, [.. _status]);

    public EmploymentRecords Employment() => Jobs([.. _jobs]);

    /// <summary>The exits as (month, status exited, outcome) in table order.</summary>
    public static (string Month, string Exited, string Outcome)[] Exits(LegacyTransitionResult result)
    {
        var table = result.Exits;
        return Enumerable.Range(0, table.RowCount)
            .Select(row => (
                table.Categorical(LegacyTransition.ExitMonthColumn).LabelAt(row)!,
                table.Categorical(LegacyTransition.StatusExitedColumn).LabelAt(row)!,
                table.Categorical(LegacyTransition.OutcomeColumn).LabelAt(row)!))
            .ToArray();
    }
}
