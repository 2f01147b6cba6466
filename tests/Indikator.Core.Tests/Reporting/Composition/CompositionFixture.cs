using Indikator.Core.Indicators;
using Indikator.Core.Data;
using Indikator.Core.Indicators.Work;
using Indikator.Core.Outcomes;
using Indikator.Core.Reporting;
using Indikator.Core.Reporting.Composition;
using Indikator.Core.Synthetic;
using Indikator.Core.Synthetic.Providers;

namespace Indikator.Core.Tests.Reporting.Composition;

/// <summary>One small synthetic run (about 150 000 person-months over 12 months), computed once per test run.</summary>
internal static class CompositionFixture
{
    /// <summary>A high threshold, so that the run has both primary and secondary suppression among the offices.</summary>
    public const int MinimumPersons = 40;

    public static readonly DateTimeOffset GeneratedAt = new(2026, 6, 30, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<Run> Value = new(Build);

    public static Run Data => Value.Value;

    public static IndicatorReportOptions Options => new(GeneratedAt, "Synthetic data (SyntheticNavData, seed 11); no real person is described.")
    {
        Providers = SyntheticProviderData.Generate(3),
        ProvidersAreSynthetic = true,
    };

    private static Run Build()
    {
        var data = SyntheticNavData.Generate(new SyntheticOptions { Seed = 11, TargetPersonMonths = 150_000, Months = 12 });
        var panel = WorkVolume.Compute(data.Stock, data.Employment, new WorkVolumeOptions(data.LastRecordMonth)).AddTo(data.Stock);
        var work = WorkIndicators.Compute(panel, new WorkIndicatorOptions { Outcomes = ["jobb3"], FixedEffectLevels = [], MinimumPersons = MinimumPersons });
        var legacy = LegacyTransition.Compute(data.Stock, data.Statuses, data.Employment, new LegacyTransitionOptions(data.LastRecordMonth, ColumnNames.Age));
        var report = IndicatorReport.Compose(work, legacy, Options);
        return new Run(data, panel, work, legacy, report);
    }

    internal sealed record Run(SyntheticNavData Data, PersonMonthPanel Panel, WorkIndicatorResult Work, LegacyTransitionResult Legacy, Report Report);
}
