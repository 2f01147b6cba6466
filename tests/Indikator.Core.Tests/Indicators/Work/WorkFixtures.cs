using Indikator.Core.Data;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Outcomes;
using Indikator.Core.Synthetic;

namespace Indikator.Core.Tests.Indicators.Work;

/// <summary>Data sets and indicator results shared by the work-indicator tests, computed once per test run.</summary>
internal static class WorkFixtures
{
    private static readonly Lazy<(SyntheticNavData Data, PersonMonthPanel Panel)> SmallData = new(() => Build(new SyntheticOptions { Seed = 5, TargetPersonMonths = 60_000, Months = 12 }));
    private static readonly Lazy<(SyntheticNavData Data, PersonMonthPanel Panel)> ProofData = new(() => Build(new SyntheticOptions { Seed = 1, TargetPersonMonths = 300_000, Months = 36 }));
    private static readonly Lazy<WorkIndicatorResult> SmallResultValue = new(() => WorkIndicators.Compute(SmallData.Value.Panel, SmallOptions));
    private static readonly Lazy<WorkIndicatorResult> ProofResultValue = new(() => WorkIndicators.Compute(ProofData.Value.Panel, new WorkIndicatorOptions { Outcomes = ["jobb3"] }));

    /// <summary>Gets options for the small data set: two outcomes, office and region fixed effects.</summary>
    public static WorkIndicatorOptions SmallOptions => new() { Outcomes = ["jobb3", "atid3"], FixedEffectLevels = ["office", "region"] };

    /// <summary>Gets about 60 000 person-months over 12 months.</summary>
    public static SyntheticNavData Small => SmallData.Value.Data;

    /// <summary>Gets the small data set's stock with the four NAV outcomes.</summary>
    public static PersonMonthPanel SmallPanel => SmallData.Value.Panel;

    /// <summary>Gets the indicators of <see cref="SmallPanel"/> with <see cref="SmallOptions"/>.</summary>
    public static WorkIndicatorResult SmallResult => SmallResultValue.Value;

    /// <summary>Gets about 300 000 person-months over 36 months (seed 1): the proof data of the default suite.</summary>
    public static SyntheticNavData Proof => ProofData.Value.Data;

    /// <summary>Gets the jobb3 indicators of <see cref="Proof"/> with default options.</summary>
    public static WorkIndicatorResult ProofResult => ProofResultValue.Value;

    public static (SyntheticNavData Data, PersonMonthPanel Panel) Build(SyntheticOptions options)
    {
        var data = SyntheticNavData.Generate(options);
        var outcomes = WorkVolume.Compute(data.Stock, data.Employment, new WorkVolumeOptions(data.LastRecordMonth));
        return (data, outcomes.AddTo(data.Stock));
    }
}
